import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getRouteHandlers, getRoutePath, isRouteHandlerFile } from "../../../src/routes/route-handlers.ts";
import { makeTree, packageJson, parseModule, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

/** `"GET function"` lines: each exported method and the type of the function that runs (or `null`). */
function handlersOf(code: string): string[] {
  return getRouteHandlers(parseModule(code, false)).map(({ method, body }) => `${method} ${body?.type ?? null}`);
}

describe("isRouteHandlerFile", () => {
  it.each(["/p/app/logout/route.ts", "/p/app/route.js", "/p/src/app/api/auth/signout/route.tsx", "/p/app/(auth)/logout/route.mjs", "/p/app/a/route.jsx"])(
    "accepts %s",
    (file) => {
      expect(isRouteHandlerFile(file)).toBe(true);
    },
  );

  it.each(["/p/app/logout/page.tsx", "/p/pages/api/logout.ts", "/p/lib/route.ts", "/p/app/logout/route.d.cts", "/p/myapp/logout/route.ts"])(
    "rejects %s",
    (file) => {
      expect(isRouteHandlerFile(file)).toBe(false);
    },
  );
});

describe("getRoutePath", () => {
  const root = makeTree({ "package.json": packageJson({}) });

  it("serves the folder path of app/", () => {
    expect(getRoutePath(path.join(root, "app/api/auth/signout/route.ts"))).toBe("/api/auth/signout");
  });

  it("serves the folder path of src/app/", () => {
    expect(getRoutePath(path.join(root, "src/app/logout/route.ts"))).toBe("/logout");
  });

  it("removes route groups and @slot folders", () => {
    expect(getRoutePath(path.join(root, "app/(auth)/@modal/log-out/route.ts"))).toBe("/log-out");
  });

  it("serves / for a route file at the top of app/", () => {
    expect(getRoutePath(path.join(root, "app/route.ts"))).toBe("/");
  });

  it("uses the app folder of the project, not an app folder above it", () => {
    const nested = makeTree({ "app/web/package.json": packageJson({}) });
    expect(getRoutePath(path.join(nested, "app/web/app/logout/route.ts"))).toBe("/logout");
  });

  it("falls back to the last app folder outside any package", () => {
    expect(getRoutePath("relative/app/signout/route.js")).toBe("/signout");
  });

  it("is null for files that are no route handlers", () => {
    expect(getRoutePath(path.join(root, "app/logout/page.tsx"))).toBeNull();
  });
});

describe("getRouteHandlers", () => {
  it("finds exported function declarations", () => {
    expect(handlersOf("export async function GET() {}\nexport function POST(request) {}")).toEqual([
      "GET FunctionDeclaration",
      "POST FunctionDeclaration",
    ]);
  });

  it("finds exported consts holding arrow functions and function expressions", () => {
    expect(handlersOf("export const POST = async (req) => new Response();\nexport const DELETE = function () {};")).toEqual([
      "POST ArrowFunctionExpression",
      "DELETE FunctionExpression",
    ]);
  });

  it("finds `export { handler as DELETE }` of a local function", () => {
    expect(handlersOf("async function handler() {}\nexport { handler as DELETE, handler as PUT };")).toEqual([
      "DELETE FunctionDeclaration",
      "PUT FunctionDeclaration",
    ]);
  });

  it("finds `export { GET }` of a local const arrow", () => {
    expect(handlersOf("const GET = async () => new Response();\nexport { GET };")).toEqual(["GET ArrowFunctionExpression"]);
  });

  it("sees through `satisfies` on an exported const", () => {
    expect(handlersOf("export const GET = (async () => new Response()) satisfies Handler;")).toEqual([
      "GET ArrowFunctionExpression",
    ]);
  });

  it("keeps a handler made by a call, with no body to analyse", () => {
    expect(handlersOf("export const GET = withAuth(handler);")).toEqual(["GET null"]);
  });

  it("ignores other exports and types", () => {
    expect(
      handlersOf('export const dynamic = "force-dynamic";\nexport function helper() {}\nexport type POST = () => void;\nexport default function PATCH() {}'),
    ).toEqual([]);
  });

  it("lists a re-exported handler without its body", () => {
    expect(handlersOf('export { GET } from "../shared";')).toEqual(["GET null"]);
  });

  it("lists handlers destructured from an object, as Auth.js exports them, without their bodies", () => {
    expect(handlersOf("export const { GET, POST: post } = handlers;")).toEqual(["GET null"]);
  });

  it("knows every HTTP method Next.js routes", () => {
    const code = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"].map((m) => `export function ${m}() {}`).join("\n");
    expect(handlersOf(code)).toHaveLength(7);
  });
});

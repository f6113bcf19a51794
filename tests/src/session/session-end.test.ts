import { describe, expect, it } from "vitest";
import { getRouteHandlers } from "../../../src/routes/route-handlers.ts";
import { collectSessionImports, findSessionEnds } from "../../../src/session/session-end.ts";
import { createTopLevelConstResolver, parseModule } from "../helpers.ts";

const HEADERS = 'import { cookies } from "next/headers";\nimport { NextResponse } from "next/server";\n';

/** `"cookie-deletion session"` / `"sign-out"` lines for the module's first exported handler. */
function sessionEndsOf(code: string, sessionCookies?: readonly string[]): string[] {
  const program = parseModule(code, false);
  const [handler] = getRouteHandlers(program);
  if (!handler?.body) throw new Error("the code must export a handler");
  return findSessionEnds(handler.body, collectSessionImports(program), createTopLevelConstResolver(program), sessionCookies).map(
    ({ kind, cookieName }) => (cookieName ? `${kind} ${cookieName}` : kind),
  );
}

describe("findSessionEnds: cookie deletions", () => {
  it("finds the seed article's sync cookies().delete of a const name", () => {
    expect(sessionEndsOf(`${HEADERS}const cookieName = "my-app-session";\nexport async function GET() {\n  cookies().delete(cookieName);\n}`)).toEqual([
      "cookie-deletion my-app-session",
    ]);
  });

  it("finds (await cookies()).delete", () => {
    expect(sessionEndsOf(`${HEADERS}export async function POST() {\n  (await cookies()).delete("session");\n}`)).toEqual([
      "cookie-deletion session",
    ]);
  });

  it("finds jar.delete after const jar = await cookies()", () => {
    expect(sessionEndsOf(`${HEADERS}export async function POST() {\n  const jar = await cookies();\n  jar.delete({ name: "sid", path: "/" });\n}`)).toEqual([
      "cookie-deletion sid",
    ]);
  });

  it("finds res.cookies.delete on a NextResponse", () => {
    expect(
      sessionEndsOf(`${HEADERS}export const GET = (request) => {\n  const res = NextResponse.redirect(new URL("/", request.url));\n  res.cookies.delete("token");\n  return res;\n};`),
    ).toEqual(["cookie-deletion token"]);
  });

  it("finds set(name, \"\") and set with maxAge 0", () => {
    expect(
      sessionEndsOf(`${HEADERS}export async function GET() {\n  const jar = await cookies();\n  jar.set("session", "");\n  jar.set("auth", "x", { maxAge: 0 });\n}`),
    ).toEqual(["cookie-deletion session", "cookie-deletion auth"]);
  });

  it("finds set({ value: \"\" }), a negative maxAge and expires: new Date(0)", () => {
    expect(
      sessionEndsOf(
        `${HEADERS}export async function GET() {\n  const jar = await cookies();\n  jar.set({ name: "a-session", value: "" });\n  jar.set({ name: "b-token", value: "x", maxAge: -1 });\n  jar.set({ name: "c-jwt", value: "x", expires: new Date(0) });\n}`,
      ),
    ).toEqual(["cookie-deletion a-session", "cookie-deletion b-token", "cookie-deletion c-jwt"]);
  });

  it("finds a raw Set-Cookie header that expires the cookie", () => {
    expect(
      sessionEndsOf(
        'export function GET() {\n  const headers = new Headers();\n  headers.append("Set-Cookie", "session=; Path=/; Max-Age=0");\n  return new Response(null, { headers: { "set-cookie": "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT" } });\n}',
      ),
    ).toEqual(["cookie-deletion session", "cookie-deletion sid"]);
  });

  it("uses the sessionCookies setting instead of the default words", () => {
    const code = `${HEADERS}export async function POST() {\n  const jar = await cookies();\n  jar.delete("portal");\n  jar.delete("session");\n}`;
    expect(sessionEndsOf(code, ["portal"])).toEqual(["cookie-deletion portal"]);
  });
});

describe("findSessionEnds: what is not a session end", () => {
  it("ignores deleting a theme cookie", () => {
    expect(sessionEndsOf(`${HEADERS}export async function POST() {\n  (await cookies()).delete("theme");\n}`)).toEqual([]);
  });

  it("ignores setting a session cookie to a value", () => {
    expect(sessionEndsOf(`${HEADERS}export async function POST() {\n  (await cookies()).set("session", crypto.randomUUID());\n}`)).toEqual([]);
  });

  it("ignores a cookie name known only at run time", () => {
    expect(sessionEndsOf(`${HEADERS}export async function POST(request) {\n  (await cookies()).delete(request.nextUrl.searchParams.get("name"));\n}`)).toEqual([]);
  });

  it("ignores delete on something that is not a cookie store", () => {
    expect(sessionEndsOf('export async function DELETE() {\n  const cache = new Map();\n  cache.delete("session");\n}')).toEqual([]);
  });

  it("ignores a cookies function not imported from next/headers", () => {
    expect(sessionEndsOf('import { cookies } from "../my-cookies";\nexport async function POST() {\n  cookies().delete("session");\n}')).toEqual([]);
  });

  it("ignores a Set-Cookie that sets a session", () => {
    expect(sessionEndsOf('export function GET() {\n  return new Response(null, { headers: { "Set-Cookie": "session=abc; Max-Age=3600" } });\n}')).toEqual([]);
  });
});

describe("findSessionEnds: sign-out APIs", () => {
  it("finds iron-session's session.destroy()", () => {
    expect(
      sessionEndsOf('import { getIronSession } from "iron-session";\nexport async function POST() {\n  const session = await getIronSession(await cookies(), options);\n  session.destroy();\n}'),
    ).toEqual(["sign-out"]);
  });

  it("finds Auth.js signOut() from the app's auth module", () => {
    expect(sessionEndsOf('import { signOut } from "@/auth";\nexport async function POST() {\n  await signOut({ redirect: false });\n}')).toEqual(["sign-out"]);
  });

  it("ignores next-auth/react's client signOut", () => {
    expect(sessionEndsOf('import { signOut } from "next-auth/react";\nexport async function POST() {\n  await signOut();\n}')).toEqual([]);
  });

  it("finds supabase.auth.signOut(), Lucia's invalidateSession and better-auth's auth.api.signOut", () => {
    expect(
      sessionEndsOf(
        "export async function POST(request) {\n  await supabase.auth.signOut();\n  await lucia.invalidateSession(id);\n  await auth.api.signOut({ headers: request.headers });\n}",
      ),
    ).toEqual(["sign-out", "sign-out", "sign-out"]);
  });

  it("ignores destroy() on anything but an iron-session session", () => {
    expect(sessionEndsOf("export async function POST() {\n  stream.destroy();\n}")).toEqual([]);
  });
});

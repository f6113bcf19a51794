import { describe, expect, it } from "vitest";
import { getLogoutHandlers } from "../../../src/routes/logout-handlers.ts";
import { parseSettings } from "../../../src/project/settings.ts";
import { createTopLevelConstResolver, parseModule } from "../helpers.ts";

const defaults = parseSettings(undefined);

function logoutMethodsOf(filename: string, code: string, settings = defaults): string[] {
  const program = parseModule(code, false);
  return getLogoutHandlers(program, filename, settings, createTopLevelConstResolver(program)).map(({ method }) => method);
}

const DELETES_SESSION = 'import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).delete("session");\n}\nexport function GET() {}';

describe("getLogoutHandlers", () => {
  it("takes every handler of a route whose path is a logout path", () => {
    expect(logoutMethodsOf("/p/app/(auth)/logout/route.ts", "export function GET() {}\nexport function POST() {}")).toEqual(["GET", "POST"]);
  });

  it("takes the handlers that end a session on any other path", () => {
    expect(logoutMethodsOf("/p/app/api/session/route.js", DELETES_SESSION)).toEqual(["POST"]);
  });

  it("takes nothing from a handler that deletes a theme cookie in /api/theme", () => {
    const code = 'import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).delete("theme");\n}';
    expect(logoutMethodsOf("/p/app/api/theme/route.ts", code)).toEqual([]);
  });

  it("takes nothing from files that are no route handlers", () => {
    expect(logoutMethodsOf("/p/app/logout/page.tsx", DELETES_SESSION)).toEqual([]);
  });

  it("follows logoutPaths", () => {
    const settings = parseSettings({ "next-logout": { logoutPaths: ["/session/end"] } });
    expect(logoutMethodsOf("/p/app/session/end/route.ts", "export function GET() {}", settings)).toEqual(["GET"]);
    expect(logoutMethodsOf("/p/app/logout/route.ts", "export function GET() {}", settings)).toEqual([]);
  });
});

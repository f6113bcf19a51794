import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSettings } from "../../../src/project/settings.ts";
import { createRouteSessionEndCheck } from "../../../src/routes/route-session-end.ts";
import { makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** Whether `method path` reaches a handler that ends the session, in a project whose session route is `route`. */
function endsSession(route: string, method: string, pathname = "/api/session", settings = parseSettings(undefined)): boolean {
  const root = makeTree({ "package.json": "{}", "app/api/session/route.ts": route });
  return createRouteSessionEndCheck(path.join(root, "components/menu.tsx"), settings)({ path: pathname, method });
}

const IRON_SESSION = lines(
  'import { getIronSession } from "iron-session";',
  'import { cookies } from "next/headers";',
  "export async function DELETE() {",
  "  const session = await getIronSession(await cookies(), { password: 'x', cookieName: 'app' });",
  "  session.destroy();",
  "  return Response.json({});",
  "}",
  "export async function GET() {",
  "  const session = await getIronSession(await cookies(), { password: 'x', cookieName: 'app' });",
  "  return Response.json(session);",
  "}",
);

describe("createRouteSessionEndCheck", () => {
  it("picks the handler by the request's method", () => {
    expect(endsSession(IRON_SESSION, "DELETE")).toBe(true);
    expect(endsSession(IRON_SESSION, "GET")).toBe(false);
    expect(endsSession(IRON_SESSION, "POST")).toBe(false);
  });

  it("reads cookie deletions, in a try block too", () => {
    const route = lines('import { cookies } from "next/headers";', "export async function POST() {", "  try {", '    (await cookies()).delete("session");', "  } catch {}", "  return new Response(null);", "}");
    expect(endsSession(route, "POST")).toBe(true);
  });

  it("leaves out deletions that only some paths run: an if, a catch, a callback", () => {
    const conditional = lines('import { cookies } from "next/headers";', "export async function GET() {", "  if (!valid()) {", '    (await cookies()).delete("session");', "  }", "  return new Response(null);", "}");
    const inCatch = lines('import { cookies } from "next/headers";', "export async function GET() {", "  try {", "    return Response.json(await load());", "  } catch {", '    (await cookies()).delete("session");', "  }", "}");
    const inCallback = lines('import { cookies } from "next/headers";', "export async function GET() {", "  const store = await cookies();", '  later(() => store.delete("session"));', "  return new Response(null);", "}");
    expect(endsSession(conditional, "GET")).toBe(false);
    expect(endsSession(inCatch, "GET")).toBe(false);
    expect(endsSession(inCallback, "GET")).toBe(false);
  });

  it("follows the sessionCookies setting, and answers false where no route file answers", () => {
    const route = lines('import { cookies } from "next/headers";', "export async function POST() {", '  (await cookies()).delete("theme");', "  return new Response(null);", "}");
    expect(endsSession(route, "POST")).toBe(false);
    expect(endsSession(route, "POST", "/api/session", parseSettings({ "next-logout": { sessionCookies: ["theme"] } }))).toBe(true);
    expect(endsSession(IRON_SESSION, "DELETE", "/api/other")).toBe(false);
  });
});

import noStore from "../../rules/require-logout-no-store.ts";
import clearSiteData from "../../rules/require-clear-site-data.ts";
import seeOther from "../../rules/require-logout-see-other.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

// The route-handler rules ask for their headers only on responses that can answer after the session ended: not an
// early "no session" return before anything is deleted, nor an error from a `catch`.
const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const IMPORTS = 'import { NextResponse } from "next/server";\nimport { cookies } from "next/headers";\n';
const HEADERS = '{ headers: { "Cache-Control": "no-store", "Clear-Site-Data": \'"cookies", "storage"\' } }';
const DONE = `NextResponse.json({ ok: true }, ${HEADERS})`;

/** A POST logout handler: `body`, one line each, indented by two. */
function handler(body: readonly string[]): string {
  return `${IMPORTS}export async function POST(request) {\n${body.map((line) => `  ${line}\n`).join("")}}\n`;
}

const earlyUnauthorized = handler([
  'if (!request.cookies.has("session")) return NextResponse.json({ error: "no session" }, { status: 401 });',
  '(await cookies()).delete("session");',
  `return ${DONE};`,
]);
const catchServerError = handler([
  "try {",
  '  (await cookies()).delete("session");',
  `  return ${DONE};`,
  "} catch {",
  '  return NextResponse.json({ error: "logout failed" }, { status: 500 });',
  "}",
]);
const earlyRedirect = handler([
  'if (!request.cookies.has("session")) return NextResponse.redirect(new URL("/login", request.url));',
  '(await cookies()).delete("session");',
  `return NextResponse.redirect(new URL("/", request.url), { status: 303, ...${HEADERS} });`,
]);
const unauthorizedAfterDeletion = handler([
  '(await cookies()).delete("session");',
  'if (!request.cookies.has("session")) return NextResponse.json({ error: "no session" }, { status: 401 });',
  `return ${DONE};`,
]);
const catchAnsweringOk = handler([
  "try {",
  '  (await cookies()).delete("session");',
  "} catch {",
  "  return NextResponse.json({ ok: false });",
  "}",
  `return ${DONE};`,
]);
const earlyReturnInLoop = handler([
  "for (const name of names) {",
  '  if (name === "done") return NextResponse.json({ ok: true }, { status: 401 });',
  '  (await cookies()).delete("session");',
  "}",
  `return ${DONE};`,
]);
const builtBeforeReturnedAfter = handler([
  'const response = NextResponse.json({ error: "no session" }, { status: 401 });',
  '(await cookies()).delete("session");',
  "return response;",
]);
const NO_STORE_ONLY = '{ headers: { "Cache-Control": "no-store" } }';

ruleTester.run("require-logout-no-store: responses after the session ends", noStore, {
  valid: [
    { name: "an early 401 before anything is deleted", filename: logoutRoute, code: earlyUnauthorized },
    { name: "a catch that answers 500", filename: logoutRoute, code: catchServerError },
    { name: "an early redirect before anything is deleted", filename: logoutRoute, code: earlyRedirect },
  ],
  invalid: [
    {
      name: "a 401 after the deletion",
      filename: logoutRoute,
      code: unauthorizedAfterDeletion,
      output: unauthorizedAfterDeletion.replace('{ status: 401 }', `{ status: 401, headers: { "Cache-Control": "no-store" } }`),
      errors: [{ messageId: "missingNoStore", line: 5, column: 47, endLine: 5, endColumn: 106 }],
    },
    {
      name: "a catch that answers 200",
      filename: logoutRoute,
      code: catchAnsweringOk,
      output: catchAnsweringOk.replace("NextResponse.json({ ok: false })", `NextResponse.json({ ok: false }, ${NO_STORE_ONLY})`),
      errors: [{ messageId: "missingNoStore", line: 7, column: 12, endLine: 7, endColumn: 44 }],
    },
    {
      name: "an early return in a loop whose earlier turn deleted the cookie",
      filename: logoutRoute,
      code: earlyReturnInLoop,
      output: earlyReturnInLoop.replace('{ status: 401 }', `{ status: 401, headers: { "Cache-Control": "no-store" } }`),
      errors: [{ messageId: "missingNoStore", line: 5, column: 33, endLine: 5, endColumn: 81 }],
    },
    {
      name: "a route that is a logout by its path alone: no session end shows where the early return stands",
      filename: logoutRoute,
      code: handler(["if (!request.cookies.size) return new Response(null, { status: 401 });", "await endSession(request);", `return ${DONE};`]),
      output: handler([
        `if (!request.cookies.size) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });`,
        "await endSession(request);",
        `return ${DONE};`,
      ]),
      errors: [{ messageId: "missingNoStore", line: 4, column: 37, endLine: 4, endColumn: 72 }],
    },
    {
      name: "a response built before the deletion and returned after it",
      filename: logoutRoute,
      code: builtBeforeReturnedAfter,
      output: builtBeforeReturnedAfter.replace('{ status: 401 }', `{ status: 401, headers: { "Cache-Control": "no-store" } }`),
      errors: [{ messageId: "missingNoStore", line: 4, column: 20, endLine: 4, endColumn: 79 }],
    },
  ],
});

ruleTester.run("require-clear-site-data: responses after the session ends", clearSiteData, {
  valid: [
    { name: "an early 401 before anything is deleted", filename: logoutRoute, code: earlyUnauthorized },
    { name: "a catch that answers 500", filename: logoutRoute, code: catchServerError },
  ],
  invalid: [
    {
      name: "a 401 after the deletion",
      filename: logoutRoute,
      code: unauthorizedAfterDeletion,
      output: unauthorizedAfterDeletion.replace('{ status: 401 }', `{ status: 401, headers: { "Clear-Site-Data": '"cookies", "storage"' } }`),
      errors: [{ messageId: "missingClearSiteData", line: 5, column: 47, endLine: 5, endColumn: 106 }],
    },
  ],
});

ruleTester.run("require-logout-see-other: responses after the session ends", seeOther, {
  valid: [{ name: "an early 307 redirect before anything is deleted", filename: logoutRoute, code: earlyRedirect }],
  invalid: [
    {
      name: "a 307 redirect after the deletion",
      filename: logoutRoute,
      code: handler(['(await cookies()).delete("session");', 'return NextResponse.redirect(new URL("/login", request.url));']),
      output: handler(['(await cookies()).delete("session");', 'return NextResponse.redirect(new URL("/login", request.url), { status: 303 });']),
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "POST", status: "307 (the default)" }, line: 5, column: 10, endLine: 5, endColumn: 63 }],
    },
  ],
});

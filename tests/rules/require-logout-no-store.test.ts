import rule from "../../rules/require-logout-no-store.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const SERVER = 'import { NextResponse } from "next/server";\n';
const NO_STORE = '"Cache-Control": "no-store"';

ruleTester.run("require-logout-no-store", rule, {
  valid: [
    {
      name: "no-store in the headers object",
      filename: logoutRoute,
      code: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { ${NO_STORE} } });\n}`,
    },
    {
      name: "no-store among other directives, any header case",
      filename: logoutRoute,
      code: 'export function GET() {\n  return new Response(null, { headers: { "cache-control": "private, no-store, max-age=0" } });\n}',
    },
    {
      name: "no-store set on the returned variable",
      filename: logoutRoute,
      code: `${SERVER}export function GET(request) {\n  const res = NextResponse.redirect(new URL("/", request.url));\n  res.headers.set("Cache-Control", "no-store");\n  return res;\n}`,
    },
    {
      name: "headers built elsewhere are not second-guessed",
      filename: logoutRoute,
      code: "export function GET() {\n  return new Response(null, { headers: noStoreHeaders() });\n}",
    },
    {
      name: "a handler that deletes a theme cookie is no logout",
      filename: fixtureFile("app-router", "app/api/theme/route.js"),
      code: 'import { cookies } from "next/headers";\nexport async function POST() {\n  (await cookies()).delete("theme");\n  return new Response(null);\n}',
    },
    {
      name: "a route that is no logout",
      filename: fixtureFile("app-router", "app/api/health/route.ts"),
      code: 'export function GET() {\n  return Response.json({ ok: true });\n}',
    },
    {
      name: "returns of nested functions are not the handler's",
      filename: logoutRoute,
      code: `export function GET() {\n  const make = () => new Response(null);\n  return new Response(null, { headers: { ${NO_STORE} } });\n}`,
    },
  ],
  invalid: [
    {
      name: "a redirect without init gets one",
      filename: logoutRoute,
      code: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}\n`,
      output: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { ${NO_STORE} } });\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 3, column: 10, endLine: 3, endColumn: 58 }],
    },
    {
      name: "a bare status becomes an init object",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), 303);\n}\n`,
      output: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303, headers: { ${NO_STORE} } });\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 3, column: 10, endLine: 3, endColumn: 63 }],
    },
    {
      name: "an init object without headers gains them",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303 });\n}\n`,
      output: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303, headers: { ${NO_STORE} } });\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 3, column: 10, endLine: 3, endColumn: 75 }],
    },
    {
      name: "a multi-line headers object gains a line",
      filename: logoutRoute,
      code: 'export function GET() {\n  return new Response(null, {\n    status: 204,\n    headers: {\n      "Clear-Site-Data": \'"cookies"\',\n    },\n  });\n}\n',
      output: `export function GET() {\n  return new Response(null, {\n    status: 204,\n    headers: {\n      "Clear-Site-Data": '"cookies"',\n      ${NO_STORE},\n    },\n  });\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 2, column: 10, endLine: 7, endColumn: 5 }],
    },
    {
      name: "new Headers({ … }) gains the property",
      filename: logoutRoute,
      code: 'export function GET() {\n  return new Response(null, { headers: new Headers({ Location: "/" }) });\n}\n',
      output: `export function GET() {\n  return new Response(null, { headers: new Headers({ Location: "/", ${NO_STORE} }) });\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 2, column: 10, endLine: 2, endColumn: 73 }],
    },
    {
      name: "new Response() without a body gets null first, and every return is checked",
      filename: logoutRoute,
      code: `${SERVER}export const GET = async () => {\n  if (Math.random()) return new Response();\n  return NextResponse.json({ ok: true });\n};\n`,
      output: `${SERVER}export const GET = async () => {\n  if (Math.random()) return new Response(null, { headers: { ${NO_STORE} } });\n  return NextResponse.json({ ok: true }, { headers: { ${NO_STORE} } });\n};\n`,
      errors: [
        { messageId: "missingNoStore", line: 3, column: 29, endLine: 3, endColumn: 43 },
        { messageId: "missingNoStore", line: 4, column: 10, endLine: 4, endColumn: 41 },
      ],
    },
    {
      name: "a returned const is followed to its response",
      filename: logoutRoute,
      code: `${SERVER}export function GET() {\n  const res = NextResponse.next();\n  return res;\n}\n`,
      output: `${SERVER}export function GET() {\n  const res = NextResponse.next({ headers: { ${NO_STORE} } });\n  return res;\n}\n`,
      errors: [{ messageId: "missingNoStore", line: 3, column: 15, endLine: 3, endColumn: 34 }],
    },
    {
      name: "a .js handler found by its session deletion, exported as { handler as POST }",
      filename: fixtureFile("app-router", "app/api/session/route.js"),
      code: 'import { cookies } from "next/headers";\nasync function handler() {\n  (await cookies()).delete("session");\n  return new Response(null, { status: 204 });\n}\nexport { handler as POST };\n',
      output: `import { cookies } from "next/headers";\nasync function handler() {\n  (await cookies()).delete("session");\n  return new Response(null, { status: 204, headers: { ${NO_STORE} } });\n}\nexport { handler as POST };\n`,
      errors: [{ messageId: "missingNoStore", line: 4, column: 10, endLine: 4, endColumn: 45 }],
    },
    {
      name: "a Cache-Control without no-store gets it first",
      filename: logoutRoute,
      code: 'export function GET() {\n  return new Response(null, { headers: { "Cache-Control": "private, max-age=0" } });\n}\n',
      output: 'export function GET() {\n  return new Response(null, { headers: { "Cache-Control": "no-store, private, max-age=0" } });\n}\n',
      errors: [{ messageId: "cacheableCacheControl", data: { value: "private, max-age=0" }, line: 2, column: 10, endLine: 2, endColumn: 84 }],
    },
    {
      name: "Response.redirect and next/navigation's redirect() carry no headers",
      filename: logoutRoute,
      code: 'import { redirect } from "next/navigation";\nexport function GET(request) {\n  if (request.nextUrl.searchParams.has("home")) redirect("/");\n  return Response.redirect(new URL("/", request.url), 303);\n}\n',
      output: null,
      errors: [
        { messageId: "responseWithoutHeaders", data: { kind: "redirect()" }, line: 3, column: 49, endLine: 3, endColumn: 62 },
        { messageId: "responseWithoutHeaders", data: { kind: "Response.redirect()" }, line: 4, column: 10, endLine: 4, endColumn: 59 },
      ],
    },
    {
      name: "a single-quoted file gets the header in single quotes",
      filename: logoutRoute,
      code: "import { NextResponse } from 'next/server'\nexport function GET(request) {\n  return NextResponse.redirect(new URL('/', request.url))\n}\n",
      output: "import { NextResponse } from 'next/server'\nexport function GET(request) {\n  return NextResponse.redirect(new URL('/', request.url), { headers: { 'Cache-Control': 'no-store' } })\n}\n",
      errors: [{ messageId: "missingNoStore", line: 3, column: 10, endLine: 3, endColumn: 58 }],
    },
    {
      name: "a single-quoted headers object gains a single-quoted property",
      filename: logoutRoute,
      code: "export function GET() {\n  return new Response(null, { headers: { Location: '/' } })\n}\n",
      output: "export function GET() {\n  return new Response(null, { headers: { Location: '/', 'Cache-Control': 'no-store' } })\n}\n",
      errors: [{ messageId: "missingNoStore", line: 2, column: 10, endLine: 2, endColumn: 60 }],
    },
    {
      name: "a Cache-Control value gains no-store inside its own quotes",
      filename: logoutRoute,
      code: "export function GET() {\n  return new Response(null, { headers: { 'Cache-Control': 'private, community=\"x\"' } })\n}\n",
      output: "export function GET() {\n  return new Response(null, { headers: { 'Cache-Control': 'no-store, private, community=\"x\"' } })\n}\n",
      errors: [{ messageId: "cacheableCacheControl", data: { value: 'private, community="x"' }, line: 2, column: 10, endLine: 2, endColumn: 88 }],
    },
    {
      name: "a multi-line headers object in a CRLF file gains a CRLF line",
      filename: logoutRoute,
      code: 'export function GET() {\r\n  return new Response(null, {\r\n    headers: {\r\n      Location: "/",\r\n    },\r\n  });\r\n}\r\n',
      output: `export function GET() {\r\n  return new Response(null, {\r\n    headers: {\r\n      Location: "/",\r\n      ${NO_STORE},\r\n    },\r\n  });\r\n}\r\n`,
      errors: [{ messageId: "missingNoStore", line: 2, column: 10, endLine: 6, endColumn: 5 }],
    },
  ],
});

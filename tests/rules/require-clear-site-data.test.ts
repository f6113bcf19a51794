import rule from "../../rules/require-clear-site-data.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const SERVER = 'import { NextResponse } from "next/server";\n';

ruleTester.run("require-clear-site-data", rule, {
  valid: [
    {
      name: "cookies and storage",
      filename: logoutRoute,
      code: `export function GET() {\n  return new Response(null, { headers: { "Clear-Site-Data": '"cookies", "storage"' } });\n}`,
    },
    {
      name: '"*" with allowCache',
      filename: logoutRoute,
      options: [{ allowCache: true }],
      code: 'export function GET() {\n  return new Response(null, { headers: { "Clear-Site-Data": \'"*"\' } });\n}',
    },
    {
      name: "a route that is no logout",
      filename: fixtureFile("app-router", "app/api/health/route.ts"),
      code: "export function GET() {\n  return new Response(null);\n}",
    },
    {
      name: "responses that take no headers are left to require-logout-no-store",
      filename: logoutRoute,
      code: 'export function POST(request) {\n  return Response.redirect(new URL("/", request.url), 303);\n}',
    },
  ],
  invalid: [
    {
      name: "a missing header is added with the default directives",
      filename: logoutRoute,
      code: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { "Cache-Control": "no-store" } });\n}\n`,
      output: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { "Cache-Control": "no-store", "Clear-Site-Data": '"cookies", "storage"' } });\n}\n`,
      errors: [
        { messageId: "missingClearSiteData", data: { value: '"cookies", "storage"' }, line: 3, column: 10, endLine: 3, endColumn: 104 },
      ],
    },
    {
      name: "the directives option sets what the fix writes",
      filename: logoutRoute,
      options: [{ directives: ["cookies"] }],
      code: "export function GET() {\n  return new Response(null);\n}\n",
      output: "export function GET() {\n  return new Response(null, { headers: { \"Clear-Site-Data\": '\"cookies\"' } });\n}\n",
      errors: [{ messageId: "missingClearSiteData", data: { value: '"cookies"' }, line: 2, column: 10, endLine: 2, endColumn: 28 }],
    },
    {
      name: 'the seed article\'s "*" is replaced',
      filename: logoutRoute,
      code: `${SERVER}export function GET() {\n  return NextResponse.redirect(destination, {\n    headers: {\n      "Clear-Site-Data": \`"*"\`,\n      "Cache-Control": "no-store",\n    },\n  });\n}\n`,
      output: `${SERVER}export function GET() {\n  return NextResponse.redirect(destination, {\n    headers: {\n      "Clear-Site-Data": '"cookies", "storage"',\n      "Cache-Control": "no-store",\n    },\n  });\n}\n`,
      errors: [
        {
          messageId: "slowClearSiteData",
          data: { current: '"*"', directive: "*", value: '"cookies", "storage"' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 31,
        },
      ],
    },
    {
      name: "a .js handler found by its session deletion, exported as { handler as DELETE }",
      filename: fixtureFile("app-router", "app/api/session/route.js"),
      code: 'import { cookies } from "next/headers";\nconst handler = async () => {\n  (await cookies()).delete("sid");\n  return new Response(null, { status: 204 });\n};\nexport { handler as DELETE };\n',
      output: "import { cookies } from \"next/headers\";\nconst handler = async () => {\n  (await cookies()).delete(\"sid\");\n  return new Response(null, { status: 204, headers: { \"Clear-Site-Data\": '\"cookies\", \"storage\"' } });\n};\nexport { handler as DELETE };\n",
      errors: [{ messageId: "missingClearSiteData", line: 4, column: 10, endLine: 4, endColumn: 45 }],
    },
    {
      name: '"cache" is slow too',
      filename: logoutRoute,
      code: 'export function GET() {\n  return new Response(null, { headers: { "Clear-Site-Data": \'"cookies", "cache"\' } });\n}\n',
      output: 'export function GET() {\n  return new Response(null, { headers: { "Clear-Site-Data": \'"cookies", "storage"\' } });\n}\n',
      errors: [{ messageId: "slowClearSiteData", data: { current: '"cookies", "cache"', directive: "cache", value: '"cookies", "storage"' }, line: 2, column: 61, endLine: 2, endColumn: 81 }],
    },
    {
      name: "a single-quoted file gets a single-quoted key; the value is single-quoted in any file, as it holds double quotes",
      filename: logoutRoute,
      code: "export function GET() {\n  return new Response(null, { headers: { 'Cache-Control': 'no-store' } })\n}\n",
      output: "export function GET() {\n  return new Response(null, { headers: { 'Cache-Control': 'no-store', 'Clear-Site-Data': '\"cookies\", \"storage\"' } })\n}\n",
      errors: [{ messageId: "missingClearSiteData", line: 2, column: 10, endLine: 2, endColumn: 74 }],
    },
  ],
});

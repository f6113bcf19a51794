import rule from "../../rules/require-logout-see-other.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const SERVER = 'import { NextResponse } from "next/server";\n';

ruleTester.run("require-logout-see-other", rule, {
  valid: [
    {
      name: "a POST logout that redirects with 303",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303 });\n}`,
    },
    {
      name: "a GET logout keeps the default redirect",
      filename: logoutRoute,
      code: `${SERVER}export function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}`,
    },
    {
      name: "Response.redirect's default 302 is followed with a GET",
      filename: logoutRoute,
      code: 'export function POST(request) {\n  return Response.redirect(new URL("/", request.url));\n}',
    },
    {
      name: "a status known only at run time",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: request.status });\n}`,
    },
    {
      name: "a POST that is no logout",
      filename: fixtureFile("app-router", "app/api/comments/route.ts"),
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}`,
    },
  ],
  invalid: [
    {
      name: "a POST logout with the default 307 gets { status: 303 }",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}\n`,
      output: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303 });\n}\n`,
      errors: [
        { messageId: "methodKeepingRedirect", data: { method: "POST", status: "307 (the default)" }, line: 3, column: 10, endLine: 3, endColumn: 58 },
      ],
    },
    {
      name: "a bare 307 becomes 303",
      filename: logoutRoute,
      code: `${SERVER}export const DELETE = (request) => NextResponse.redirect(new URL("/", request.url), 307);\n`,
      output: `${SERVER}export const DELETE = (request) => NextResponse.redirect(new URL("/", request.url), 303);\n`,
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "DELETE", status: "307" }, line: 2, column: 36, endLine: 2, endColumn: 89 }],
    },
    {
      name: "a 308 status in an init object with headers",
      filename: logoutRoute,
      code: `${SERVER}export function PUT(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 308, headers: { "Cache-Control": "no-store" } });\n}\n`,
      output: `${SERVER}export function PUT(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303, headers: { "Cache-Control": "no-store" } });\n}\n`,
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "PUT", status: "308" }, line: 3, column: 10, endLine: 3, endColumn: 117 }],
    },
    {
      name: "an init object without status gains it",
      filename: logoutRoute,
      code: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { "Cache-Control": "no-store" } });\n}\n`,
      output: `${SERVER}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { headers: { "Cache-Control": "no-store" }, status: 303 });\n}\n`,
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "POST", status: "307 (the default)" }, line: 3, column: 10, endLine: 3, endColumn: 104 }],
    },
    {
      name: "Response.redirect with 307, and a const status",
      filename: logoutRoute,
      code: 'const KEEP = 307;\nexport function POST(request) {\n  return Response.redirect(new URL("/", request.url), KEEP);\n}\n',
      output: null,
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "POST", status: "307" }, line: 3, column: 10, endLine: 3, endColumn: 60 }],
    },
    {
      name: "a hand-made 307 response",
      filename: logoutRoute,
      code: 'export function POST() {\n  return new Response(null, { status: 307, headers: { Location: "/" } });\n}\n',
      output: 'export function POST() {\n  return new Response(null, { status: 303, headers: { Location: "/" } });\n}\n',
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "POST", status: "307" }, line: 2, column: 10, endLine: 2, endColumn: 73 }],
    },
    {
      name: "a .js handler found by its sign-out call, exported as { handler as POST }",
      filename: fixtureFile("app-router", "app/api/session/route.js"),
      code: `${SERVER}async function handler(request) {\n  await supabase.auth.signOut();\n  return NextResponse.redirect(new URL("/login", request.url));\n}\nexport { handler as POST };\n`,
      output: `${SERVER}async function handler(request) {\n  await supabase.auth.signOut();\n  return NextResponse.redirect(new URL("/login", request.url), { status: 303 });\n}\nexport { handler as POST };\n`,
      errors: [{ messageId: "methodKeepingRedirect", data: { method: "POST", status: "307 (the default)" }, line: 4, column: 10, endLine: 4, endColumn: 63 }],
    },
    {
      name: "next/navigation's redirect() answers 307",
      filename: logoutRoute,
      code: 'import { redirect } from "next/navigation";\nexport async function POST() {\n  redirect("/");\n}\n',
      output: null,
      errors: [{ messageId: "navigationRedirect", data: { method: "POST" }, line: 3, column: 3, endLine: 3, endColumn: 16 }],
    },
  ],
});

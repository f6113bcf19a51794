import rule from "../../rules/prefer-post-logout.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

// next ^16.4.6; app/(auth)/logout/route.ts serves /logout, a logout path by its last segment.
const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const sessionRoute = fixtureFile("app-router", "app/api/session/route.ts");
const HEADERS = 'import { cookies } from "next/headers";\n';
const SERVER = 'import { NextResponse } from "next/server";\n';

ruleTester.run("prefer-post-logout", rule, {
  valid: [
    {
      name: "a POST whose only exit is Auth.js's signOut()",
      filename: logoutRoute,
      code: 'import { signOut } from "@/auth";\nexport async function POST() {\n  await signOut({ redirectTo: "/" });\n}',
    },
    {
      name: "a POST logout",
      filename: logoutRoute,
      code: `${HEADERS}${SERVER}export async function POST(request) {\n  (await cookies()).delete("session");\n  return NextResponse.redirect(new URL("/", request.url), { status: 303 });\n}`,
    },
    {
      name: "a GET that deletes a cookie that is no session cookie is no logout",
      filename: fixtureFile("app-router", "app/api/theme/route.ts"),
      code: `${HEADERS}export async function GET() {\n  (await cookies()).delete("theme");\n  return new Response(null);\n}`,
    },
    {
      name: "a logout page is no route handler",
      filename: fixtureFile("app-router", "app/[locale]/log-out/page.tsx"),
      code: "export function GET() {\n  return null;\n}\nexport default function Page() {\n  return <p>Logging out…</p>;\n}",
    },
    {
      name: "a route file outside app/",
      filename: fixtureFile("app-router", "lib/logout/route.ts"),
      code: "export function GET() {\n  return new Response(null);\n}",
    },
    {
      name: "a GET that only reads the session cookie",
      filename: sessionRoute,
      code: `${HEADERS}export async function GET() {\n  const session = (await cookies()).get("session");\n  return Response.json({ signedIn: session !== undefined });\n}`,
    },
  ],
  invalid: [
    {
      name: "a GET whose only exit is Auth.js's signOut(), which throws a redirect",
      filename: logoutRoute,
      code: 'import { signOut } from "@/auth";\nexport async function GET() {\n  await signOut({ redirectTo: "/" });\n}\n',
      errors: [{ messageId: "signOutRedirectOnGet", data: { signOut: "signOut" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "a GET whose only exit is WorkOS's signOut()",
      filename: fixtureFile("app-router", "app/api/auth/sign-out/route.ts"),
      code: 'import { signOut } from "@workos-inc/authkit-nextjs";\nexport const GET = async () => {\n  await signOut();\n};\n',
      errors: [{ messageId: "signOutRedirectOnGet", data: { signOut: "signOut" }, line: 2, column: 14, endLine: 2, endColumn: 17 }],
    },
    {
      name: "a GET with signOut({ redirect: false }) and no response of its own gets the general message",
      filename: logoutRoute,
      code: 'import { signOut } from "@/auth";\nexport async function GET() {\n  await signOut({ redirect: false });\n}\n',
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "a GET that signs out and answers itself gets the general message",
      filename: logoutRoute,
      code: 'import { signOut } from "@/auth";\nexport async function GET() {\n  await signOut({ redirect: false });\n  return new Response(null);\n}\n',
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "export async function GET in a logout route",
      filename: logoutRoute,
      code: `${HEADERS}export async function GET() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\n`,
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "export const GET = async () => …",
      filename: logoutRoute,
      code: `${HEADERS}export const GET = async () => {\n  (await cookies()).delete("session");\n  return new Response(null);\n};\n`,
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 2, column: 14, endLine: 2, endColumn: 17 }],
    },
    {
      name: "export { handler as GET } underlines the exported method",
      filename: logoutRoute,
      code: `${HEADERS}async function handler() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\nexport { handler as GET };\n`,
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 6, column: 21, endLine: 6, endColumn: 24 }],
    },
    {
      name: "a GET re-exported from another module on a logout path",
      filename: logoutRoute,
      code: 'export { GET } from "./handlers";\n',
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      name: "a GET that deletes the session cookie on a path that is no logout word",
      filename: sessionRoute,
      code: `${HEADERS}export async function GET() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\n`,
      errors: [{ messageId: "getLogout", data: { path: "/api/session" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "a GET that calls Auth.js's server signOut on a path that is no logout word",
      filename: sessionRoute,
      code: 'import { signOut } from "@/auth";\nexport async function GET() {\n  await signOut({ redirectTo: "/" });\n}\n',
      errors: [{ messageId: "signOutRedirectOnGet", data: { signOut: "signOut" }, line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "a route file in src/app/",
      filename: fixtureFile("app-router", "src/app/logout/route.ts"),
      code: "export function GET() {\n  return new Response(null);\n}\n",
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 1, column: 17, endLine: 1, endColumn: 20 }],
    },
    {
      name: "logoutPaths makes /api/auth/end a logout path",
      filename: fixtureFile("app-router", "app/api/auth/end/route.ts"),
      settings: { "next-logout": { logoutPaths: ["/api/auth/end"] } },
      code: "export function GET() {\n  return new Response(null);\n}\n",
      errors: [{ messageId: "getLogout", data: { path: "/api/auth/end" }, line: 1, column: 17, endLine: 1, endColumn: 20 }],
    },
    {
      name: "a file exporting GET and POST reports only GET",
      filename: logoutRoute,
      code: `${HEADERS}async function logout() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\nexport const POST = logout;\nexport function GET() {\n  return logout();\n}\n`,
      errors: [{ messageId: "getLogout", data: { path: "/logout" }, line: 7, column: 17, endLine: 7, endColumn: 20 }],
    },
  ],
});

import rule from "../../rules/require-secure-cookie-delete.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

// tests/fixtures/app-router depends on next ^16.4.6; tests/fixtures/no-app on next 14.2.3.
const next16Route = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const next14Route = fixtureFile("no-app", "app/logout/route.js");
const HEADERS = 'import { cookies } from "next/headers";\n';

ruleTester.run("require-secure-cookie-delete", rule, {
  valid: [
    {
      name: "a cookie without a secure prefix",
      filename: next16Route,
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete("session");\n}`,
    },
    {
      name: "the object form (its options reach the header from 15.5 on)",
      filename: next16Route,
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete({ name: "__Secure-session", path: "/", secure: true });\n}`,
    },
    {
      name: "delete on something that is not a cookie store",
      filename: next16Route,
      code: 'export async function POST() {\n  const cache = new Map();\n  cache.delete("__Secure-session");\n}',
    },
    {
      name: "a name known only at run time",
      filename: next16Route,
      code: `${HEADERS}export async function POST(request) {\n  (await cookies()).delete(request.headers.get("x-cookie"));\n}`,
    },
  ],
  invalid: [
    {
      name: "__Secure- on Next 16: the object form with secure",
      filename: next16Route,
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete("__Secure-session");\n}\n`,
      output: `${HEADERS}export async function POST() {\n  (await cookies()).delete({ name: "__Secure-session", path: "/", secure: true });\n}\n`,
      errors: [
        {
          messageId: "insecurePrefixedDelete",
          data: { cookieName: "__Secure-session" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      name: "__Host- through a const store and a const name",
      filename: next16Route,
      code: `${HEADERS}const SESSION = "__Host-sid";\nexport async function POST() {\n  const jar = await cookies();\n  jar.delete(SESSION);\n}\n`,
      output: `${HEADERS}const SESSION = "__Host-sid";\nexport async function POST() {\n  const jar = await cookies();\n  jar.delete({ name: SESSION, path: "/", secure: true });\n}\n`,
      errors: [{ messageId: "insecurePrefixedDelete", data: { cookieName: "__Host-sid" }, line: 5, column: 3, endLine: 5, endColumn: 22 }],
    },
    {
      name: "a NextResponse's cookies",
      filename: next16Route,
      code: 'import { NextResponse } from "next/server";\nexport function GET(request) {\n  const res = NextResponse.redirect(new URL("/", request.url));\n  res.cookies.delete("__Secure-token");\n  return res;\n}\n',
      output:
        'import { NextResponse } from "next/server";\nexport function GET(request) {\n  const res = NextResponse.redirect(new URL("/", request.url));\n  res.cookies.delete({ name: "__Secure-token", path: "/", secure: true });\n  return res;\n}\n',
      errors: [{ messageId: "insecurePrefixedDelete", line: 4, column: 3, endLine: 4, endColumn: 39 }],
    },
    {
      name: "Next 14 drops secure from delete, so the fix expires the cookie with set",
      filename: next14Route,
      code: `${HEADERS}export function POST() {\n  cookies().delete("__Secure-session");\n}\n`,
      output: `${HEADERS}export function POST() {\n  cookies().set("__Secure-session", "", { maxAge: 0, path: "/", secure: true });\n}\n`,
      errors: [{ messageId: "insecurePrefixedDelete", line: 3, column: 3, endLine: 3, endColumn: 39 }],
    },
    {
      name: "Next 15.0 drops secure too",
      filename: next16Route,
      settings: { "next-logout": { nextVersion: "15.0" } },
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete("__Host-session");\n}\n`,
      output: `${HEADERS}export async function POST() {\n  (await cookies()).set("__Host-session", "", { maxAge: 0, path: "/", secure: true });\n}\n`,
      errors: [{ messageId: "insecurePrefixedDelete", line: 3, column: 3, endLine: 3, endColumn: 45 }],
    },
    {
      name: "Next 15.5 sends every delete option",
      filename: next16Route,
      settings: { "next-logout": { nextVersion: "15.5" } },
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete("__Host-session");\n}\n`,
      output: `${HEADERS}export async function POST() {\n  (await cookies()).delete({ name: "__Host-session", path: "/", secure: true });\n}\n`,
      errors: [{ messageId: "insecurePrefixedDelete", line: 3, column: 3, endLine: 3, endColumn: 45 }],
    },
    {
      name: "a single-quoted file gets the object form in single quotes",
      filename: next16Route,
      code: "import { cookies } from 'next/headers'\nexport async function POST() {\n  (await cookies()).delete('__Secure-session')\n}\n",
      output: "import { cookies } from 'next/headers'\nexport async function POST() {\n  (await cookies()).delete({ name: '__Secure-session', path: '/', secure: true })\n}\n",
      errors: [{ messageId: "insecurePrefixedDelete", line: 3, column: 3, endLine: 3, endColumn: 47 }],
    },
    {
      name: "a single-quoted file on Next 14 gets set in single quotes",
      filename: next14Route,
      code: "import { cookies } from 'next/headers'\nexport function POST() {\n  cookies().delete('__Host-session')\n}\n",
      output: "import { cookies } from 'next/headers'\nexport function POST() {\n  cookies().set('__Host-session', '', { maxAge: 0, path: '/', secure: true })\n}\n",
      errors: [{ messageId: "insecurePrefixedDelete", line: 3, column: 3, endLine: 3, endColumn: 37 }],
    },
  ],
});

import rule from "../../rules/no-sync-cookies.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

// tests/fixtures/app-router depends on next ^16.4.6; tests/fixtures/no-app on next 14.2.3.
const next16Route = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const next14Route = fixtureFile("no-app", "app/logout/route.ts");
const HEADERS = 'import { cookies } from "next/headers";\n';

ruleTester.run("no-sync-cookies", rule, {
  valid: [
    {
      name: "awaited cookies()",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  (await cookies()).delete("session");\n}`,
    },
    {
      name: "a store awaited into a const",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  const jar = await cookies();\n  jar.delete("session");\n}`,
    },
    {
      name: "sync cookies() on Next 14, where it returns the store",
      filename: next14Route,
      code: `${HEADERS}export function GET() {\n  cookies().delete("session");\n}`,
    },
    {
      name: "nextVersion 14.2 overrides detection",
      filename: next16Route,
      settings: { "next-logout": { nextVersion: "14.2" } },
      code: `${HEADERS}export function GET() {\n  cookies().delete("session");\n}`,
    },
    {
      name: "a cookies function from another module",
      filename: next16Route,
      code: 'import { cookies } from "./cookies";\nexport function GET() {\n  cookies().delete("session");\n}',
    },
    {
      name: "a stored store awaited where it is read",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  const pending = cookies();\n  (await pending).delete("session");\n}`,
    },
    {
      name: "a stored call that is never read as the store",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  const pending = cookies();\n  return Response.json(await pending);\n}`,
    },
    {
      name: "React's use() takes the Promise",
      filename: fixtureFile("app-router", "app/dashboard/page.tsx"),
      code: `import { use } from "react";\n${HEADERS}export default function Page() {\n  return use(cookies()).get("theme")?.value;\n}`,
    },
    {
      name: "Promise.all() takes the Promises",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  const [jar] = await Promise.all([cookies()]);\n  const [store] = await Promise.all(cookies());\n  jar.delete("a");\n}`,
    },
    {
      name: "a stored cookies() on Next 14, where it returns the store",
      filename: next14Route,
      code: `${HEADERS}export function GET() {\n  const store = cookies();\n  store.delete("session");\n  return getIronSession(cookies(), options);\n}`,
    },
    {
      name: "a call with arguments is not next/headers' cookies()",
      filename: next16Route,
      code: `${HEADERS}export function GET(request) {\n  return cookies(request).get("x");\n}`,
    },
  ],
  invalid: [
    {
      name: "the seed article's handler: sync cookies().delete in an async handler",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  cookies().delete(cookieName);\n}\n`,
      output: `${HEADERS}export async function GET() {\n  (await cookies()).delete(cookieName);\n}\n`,
      errors: [
        {
          messageId: "syncRequestApi",
          data: { api: "cookies", member: "delete", version: "16.4" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      name: "a sync route handler becomes async",
      filename: next16Route,
      code: `${HEADERS}export function POST() {\n  cookies().delete("session");\n  return new Response(null);\n}\n`,
      output: `${HEADERS}export async function POST() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\n`,
      errors: [{ messageId: "syncRequestApi", line: 3, column: 3, endLine: 3, endColumn: 19 }],
    },
    {
      name: "a declared return type becomes a Promise",
      filename: next16Route,
      code: `${HEADERS}export const GET = (): Response => {\n  cookies().delete("session");\n  return new Response(null);\n};\n`,
      output: `${HEADERS}export const GET = async (): Promise<Response> => {\n  (await cookies()).delete("session");\n  return new Response(null);\n};\n`,
      errors: [{ messageId: "syncRequestApi", line: 3, column: 3, endLine: 3, endColumn: 19 }],
    },
    {
      name: "headers() and draftMode() under other names, in a page's default export",
      filename: fixtureFile("app-router", "app/dashboard/page.tsx"),
      code: 'import { headers as h, draftMode } from "next/headers";\nexport default function Page() {\n  const agent = h().get("user-agent");\n  return draftMode().isEnabled ? agent : null;\n}\n',
      output: [
        'import { headers as h, draftMode } from "next/headers";\nexport default async function Page() {\n  const agent = (await h()).get("user-agent");\n  return draftMode().isEnabled ? agent : null;\n}\n',
        'import { headers as h, draftMode } from "next/headers";\nexport default async function Page() {\n  const agent = (await h()).get("user-agent");\n  return (await draftMode()).isEnabled ? agent : null;\n}\n',
      ],
      errors: [
        { messageId: "syncRequestApi", data: { api: "headers", member: "get", version: "16.4" }, line: 3, column: 17, endLine: 3, endColumn: 24 },
        { messageId: "syncRequestApi", data: { api: "draftMode", member: "isEnabled", version: "16.4" }, line: 4, column: 10, endLine: 4, endColumn: 31 },
      ],
    },
    {
      name: "every export of a use server module may become async",
      filename: fixtureFile("app-router", "app/actions.ts"),
      settings: { "next-logout": { nextVersion: "15" } },
      code: `"use server";\n${HEADERS}export function logout() {\n  cookies().delete("session");\n}\n`,
      output: `"use server";\n${HEADERS}export async function logout() {\n  (await cookies()).delete("session");\n}\n`,
      errors: [{ messageId: "syncRequestApi", data: { api: "cookies", member: "delete", version: "15.0" }, line: 4, column: 3, endLine: 4, endColumn: 19 }],
    },
    {
      name: "a function expression handler in a .js route file",
      filename: fixtureFile("app-router", "app/api/auth/signout/route.js"),
      code: `${HEADERS}export const POST = function () {\n  cookies().set("session", "", { maxAge: 0 });\n};\n`,
      output: `${HEADERS}export const POST = async function () {\n  (await cookies()).set("session", "", { maxAge: 0 });\n};\n`,
      errors: [{ messageId: "syncRequestApi", data: { api: "cookies", member: "set", version: "16.4" }, line: 3, column: 3, endLine: 3, endColumn: 16 }],
    },
    {
      name: "a sync callback is reported without a fix",
      filename: next16Route,
      code: `${HEADERS}export async function GET() {\n  ["a", "b"].forEach((name) => cookies().delete(name));\n}\n`,
      output: null,
      errors: [{ messageId: "syncRequestApi", line: 3, column: 32, endLine: 3, endColumn: 48 }],
    },
    {
      name: "a helper other code calls is reported without a fix",
      filename: fixtureFile("app-router", "lib/session.ts"),
      code: `${HEADERS}export function getSessionId() {\n  return cookies().get("session")?.value;\n}\n`,
      output: null,
      errors: [{ messageId: "syncRequestApi", line: 3, column: 10, endLine: 3, endColumn: 23 }],
    },
    {
      name: "cookies() stored in a variable and read later",
      filename: next16Route,
      code: `${HEADERS}export async function POST() {\n  const store = cookies();\n  store.delete("sid");\n  return new Response(null);\n}\n`,
      output: `${HEADERS}export async function POST() {\n  const store = await cookies();\n  store.delete("sid");\n  return new Response(null);\n}\n`,
      errors: [
        {
          messageId: "syncRequestApiStored",
          data: { api: "cookies", name: "store", member: "delete", version: "16.4" },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      name: "a stored store in a sync route handler: the handler becomes async",
      filename: next16Route,
      code: `${HEADERS}export function GET() {\n  const jar = cookies();\n  return Response.json({ theme: jar.get("theme")?.value });\n}\n`,
      output: `${HEADERS}export async function GET() {\n  const jar = await cookies();\n  return Response.json({ theme: jar.get("theme")?.value });\n}\n`,
      errors: [{ messageId: "syncRequestApiStored", data: { api: "cookies", name: "jar", member: "get", version: "16.4" }, line: 3, column: 15, endLine: 3, endColumn: 24 }],
    },
    {
      name: "cookies() passed as an argument: iron-session's getIronSession",
      filename: next16Route,
      code: `import { getIronSession } from "iron-session";\n${HEADERS}export async function POST() {\n  const session = await getIronSession(cookies(), options);\n  session.destroy();\n}\n`,
      output: `import { getIronSession } from "iron-session";\n${HEADERS}export async function POST() {\n  const session = await getIronSession(await cookies(), options);\n  session.destroy();\n}\n`,
      errors: [
        {
          messageId: "syncRequestApiArgument",
          data: { api: "cookies", callee: "getIronSession", version: "16.4" },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 49,
        },
      ],
    },
    {
      name: "an argument in a helper other code calls is reported without a fix",
      filename: fixtureFile("app-router", "lib/session.ts"),
      code: `${HEADERS}export function getSession() {\n  return getIronSession(cookies(), options);\n}\n`,
      output: null,
      errors: [{ messageId: "syncRequestApiArgument", data: { api: "cookies", callee: "getIronSession", version: "16.4" }, line: 3, column: 25, endLine: 3, endColumn: 34 }],
    },
    {
      name: "module-level code is reported without a fix",
      filename: next16Route,
      code: `${HEADERS}export const theme = cookies().get("theme");\n`,
      output: null,
      errors: [{ messageId: "syncRequestApi", line: 2, column: 22, endLine: 2, endColumn: 35 }],
    },
  ],
});

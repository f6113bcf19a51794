import rule from "../../rules/require-logout-revalidate.ts";
import { fixtureFile, ruleTester } from "../rule-tester.ts";

// next ^16.4.6 with app/(auth)/logout/route.ts; the path is a logout path.
const logoutRoute = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const sessionRoute = fixtureFile("app-router", "app/api/session/route.js");
const themeRoute = fixtureFile("app-router", "app/api/theme/route.ts");
const next13Route = fixtureFile("next13", "app/logout/route.ts");
const CACHE = 'import { revalidatePath } from "next/cache";\n';
const HEADERS = 'import { cookies } from "next/headers";\n';

ruleTester.run("require-logout-revalidate", rule, {
  valid: [
    {
      name: "a logout handler that revalidates the whole app",
      filename: logoutRoute,
      code: `${CACHE}export async function GET() {\n  revalidatePath("/", "layout");\n  return new Response(null);\n}`,
    },
    {
      name: "revalidatePath under another name, with const arguments",
      filename: logoutRoute,
      code: 'import { revalidatePath as revalidate } from "next/cache";\nconst ROOT = "/";\nexport const POST = async () => {\n  revalidate(ROOT, "layout");\n};',
    },
    {
      name: "a handler that deletes a theme cookie is no logout",
      filename: themeRoute,
      code: `${HEADERS}export async function POST() {\n  (await cookies()).delete("theme");\n}`,
    },
    {
      name: "a route that is no logout",
      filename: fixtureFile("app-router", "app/api/health/route.ts"),
      code: "export function GET() {\n  return Response.json({ ok: true });\n}",
    },
    {
      name: 'revalidatePath("/") on Next 13, which has no type argument',
      filename: next13Route,
      code: `${CACHE}export async function GET() {\n  revalidatePath("/");\n}`,
    },
    {
      name: "Server Actions are not checked by default",
      filename: fixtureFile("app-router", "app/actions.ts"),
      code: `"use server";\n${HEADERS}export async function logout() {\n  (await cookies()).delete("session");\n}`,
    },
  ],
  invalid: [
    {
      name: "the seed article's handler without revalidation gets it first, with the import",
      filename: logoutRoute,
      code: `${HEADERS}\nexport async function GET() {\n  cookies().delete("my-app-session");\n  return new Response(null);\n}\n`,
      output: `${HEADERS}import { revalidatePath } from "next/cache";\n\nexport async function GET() {\n  revalidatePath("/", "layout");\n  cookies().delete("my-app-session");\n  return new Response(null);\n}\n`,
      errors: [
        { messageId: "missingRevalidate", data: { what: "GET handler", args: '"/", "layout"' }, line: 3, column: 23, endLine: 3, endColumn: 26 },
      ],
    },
    {
      name: "a handler that ends a session on a path that isn't a logout word",
      filename: sessionRoute,
      code: `${HEADERS}export const DELETE = async () => {\n  (await cookies()).delete("session");\n};\n`,
      output: `${HEADERS}import { revalidatePath } from "next/cache";\nexport const DELETE = async () => {\n  revalidatePath("/", "layout");\n  (await cookies()).delete("session");\n};\n`,
      errors: [{ messageId: "missingRevalidate", data: { what: "DELETE handler", args: '"/", "layout"' }, line: 2, column: 14, endLine: 2, endColumn: 20 }],
    },
    {
      name: "an existing next/cache import gains the specifier",
      filename: logoutRoute,
      code: 'import { revalidateTag } from "next/cache";\nexport function GET() {\n  return new Response(null);\n}\n',
      output: 'import { revalidateTag, revalidatePath } from "next/cache";\nexport function GET() {\n  revalidatePath("/", "layout");\n  return new Response(null);\n}\n',
      errors: [{ messageId: "missingRevalidate", line: 2, column: 17, endLine: 2, endColumn: 20 }],
    },
    {
      name: "an empty handler in a file without imports",
      filename: logoutRoute,
      code: "export function GET() {}\n",
      output: 'import { revalidatePath } from "next/cache";\nexport function GET() {\n  revalidatePath("/", "layout");\n}\n',
      errors: [{ messageId: "missingRevalidate", line: 1, column: 17, endLine: 1, endColumn: 20 }],
    },
    {
      name: "export { handler as POST }",
      filename: logoutRoute,
      code: `${CACHE}async function handler() {\n  return new Response(null);\n}\nexport { handler as POST };\n`,
      output: `${CACHE}async function handler() {\n  revalidatePath("/", "layout");\n  return new Response(null);\n}\nexport { handler as POST };\n`,
      errors: [{ messageId: "missingRevalidate", data: { what: "POST handler", args: '"/", "layout"' }, line: 2, column: 16, endLine: 2, endColumn: 23 }],
    },
    {
      name: 'revalidatePath("/") is too narrow',
      filename: logoutRoute,
      code: `${CACHE}export async function GET() {\n  revalidatePath("/");\n}\n`,
      output: `${CACHE}export async function GET() {\n  revalidatePath("/", "layout");\n}\n`,
      errors: [{ messageId: "narrowRevalidate", data: { path: "/", args: '"/", "layout"' }, line: 3, column: 3, endLine: 3, endColumn: 22 }],
    },
    {
      name: 'a "page" type or a narrower path is too narrow',
      filename: logoutRoute,
      code: `${CACHE}export async function GET() {\n  revalidatePath("/dashboard", "page");\n}\n`,
      output: `${CACHE}export async function GET() {\n  revalidatePath("/", "layout");\n}\n`,
      errors: [{ messageId: "narrowRevalidate", data: { path: "/dashboard", args: '"/", "layout"' }, line: 3, column: 3, endLine: 3, endColumn: 39 }],
    },
    {
      name: 'Next 13 gets revalidatePath("/")',
      filename: next13Route,
      code: "export function GET() {\n  return new Response(null);\n}\n",
      output: 'import { revalidatePath } from "next/cache";\nexport function GET() {\n  revalidatePath("/");\n  return new Response(null);\n}\n',
      errors: [{ messageId: "missingRevalidate", data: { what: "GET handler", args: '"/"' }, line: 1, column: 17, endLine: 1, endColumn: 20 }],
    },
    {
      name: "an expression-bodied handler is reported without a fix",
      filename: logoutRoute,
      code: "export const GET = () => new Response(null);\n",
      output: null,
      errors: [{ messageId: "missingRevalidate", line: 1, column: 14, endLine: 1, endColumn: 17 }],
    },
    {
      name: "checkServerActions: a Server Action that deletes the session cookie, after its directive",
      filename: fixtureFile("app-router", "app/actions.ts"),
      options: [{ checkServerActions: true }],
      code: `"use server";\n${HEADERS}export async function logout() {\n  (await cookies()).delete("session");\n}\n`,
      output: `"use server";\n${HEADERS}import { revalidatePath } from "next/cache";\nexport async function logout() {\n  revalidatePath("/", "layout");\n  (await cookies()).delete("session");\n}\n`,
      errors: [{ messageId: "missingRevalidate", data: { what: "Server Action", args: '"/", "layout"' }, line: 3, column: 23, endLine: 3, endColumn: 29 }],
    },
    {
      name: "checkServerActions: an inline Server Action with its own directive",
      filename: fixtureFile("app-router", "app/dashboard/page.tsx"),
      options: [{ checkServerActions: true }],
      code: `${HEADERS}export default function Page() {\n  async function logout() {\n    "use server";\n    (await cookies()).delete("session");\n  }\n  return logout;\n}\n`,
      output: `${HEADERS}import { revalidatePath } from "next/cache";\nexport default function Page() {\n  async function logout() {\n    "use server";\n    revalidatePath("/", "layout");\n    (await cookies()).delete("session");\n  }\n  return logout;\n}\n`,
      errors: [{ messageId: "missingRevalidate", data: { what: "Server Action", args: '"/", "layout"' }, line: 3, column: 18, endLine: 3, endColumn: 24 }],
    },
    {
      name: "a single-quoted file without semicolons gets the import and the call in its own style",
      filename: logoutRoute,
      code: "import { cookies } from 'next/headers'\n\nexport async function GET() {\n  const store = await cookies()\n  store.delete('session')\n}\n",
      output:
        "import { cookies } from 'next/headers'\nimport { revalidatePath } from 'next/cache'\n\nexport async function GET() {\n  revalidatePath('/', 'layout')\n  const store = await cookies()\n  store.delete('session')\n}\n",
      errors: [{ messageId: "missingRevalidate", line: 3, column: 23, endLine: 3, endColumn: 26 }],
    },
    {
      name: "without semicolons, the call keeps one when the next statement starts with `(`",
      filename: logoutRoute,
      code: "import { cookies } from 'next/headers'\n\nexport async function GET() {\n  (await cookies()).delete('session')\n  return new Response(null)\n}\n",
      output:
        "import { cookies } from 'next/headers'\nimport { revalidatePath } from 'next/cache'\n\nexport async function GET() {\n  revalidatePath('/', 'layout');\n  (await cookies()).delete('session')\n  return new Response(null)\n}\n",
      errors: [{ messageId: "missingRevalidate", line: 3, column: 23, endLine: 3, endColumn: 26 }],
    },
    {
      name: "single quotes with semicolons, into an empty handler",
      filename: logoutRoute,
      code: "import { cookies } from 'next/headers';\nexport async function POST() {}\n",
      output: "import { cookies } from 'next/headers';\nimport { revalidatePath } from 'next/cache';\nexport async function POST() {\n  revalidatePath('/', 'layout');\n}\n",
      errors: [{ messageId: "missingRevalidate", line: 2, column: 23, endLine: 2, endColumn: 27 }],
    },
    {
      name: "a too-narrow call in a single-quoted file is widened in single quotes",
      filename: logoutRoute,
      code: "import { revalidatePath } from 'next/cache'\nexport async function GET() {\n  revalidatePath('/dashboard')\n}\n",
      output: "import { revalidatePath } from 'next/cache'\nexport async function GET() {\n  revalidatePath('/', 'layout')\n}\n",
      errors: [{ messageId: "narrowRevalidate", data: { path: "/dashboard", args: '"/", "layout"' }, line: 3, column: 3, endLine: 3, endColumn: 31 }],
    },
    {
      name: "Next 13 in a single-quoted file",
      filename: next13Route,
      code: "import { cookies } from 'next/headers'\nexport function GET() {\n  return new Response(null)\n}\n",
      output: "import { cookies } from 'next/headers'\nimport { revalidatePath } from 'next/cache'\nexport function GET() {\n  revalidatePath('/')\n  return new Response(null)\n}\n",
      errors: [{ messageId: "missingRevalidate", data: { what: "GET handler", args: '"/"' }, line: 2, column: 17, endLine: 2, endColumn: 20 }],
    },
    {
      name: "a CRLF file gets its new lines with CRLF",
      filename: logoutRoute,
      code: 'import { cookies } from "next/headers";\r\n\r\nexport async function GET() {\r\n  (await cookies()).delete("session");\r\n}\r\n',
      output:
        'import { cookies } from "next/headers";\r\nimport { revalidatePath } from "next/cache";\r\n\r\nexport async function GET() {\r\n  revalidatePath("/", "layout");\r\n  (await cookies()).delete("session");\r\n}\r\n',
      errors: [{ messageId: "missingRevalidate", line: 3, column: 23, endLine: 3, endColumn: 26 }],
    },
    {
      name: "a CRLF file without imports gets the import line with CRLF",
      filename: logoutRoute,
      code: "export function GET() {\r\n}\r\n",
      output: 'import { revalidatePath } from "next/cache";\r\nexport function GET() {\r\n  revalidatePath("/", "layout");\r\n}\r\n',
      errors: [{ messageId: "missingRevalidate", line: 1, column: 17, endLine: 1, endColumn: 20 }],
    },
  ],
});

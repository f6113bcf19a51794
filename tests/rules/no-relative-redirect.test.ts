import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import * as espree from "espree";
import rule, { type MessageIds } from "../../rules/no-relative-redirect.ts";
import { ruleTester } from "../rule-tester.ts";

const NEXT = 'import { NextResponse } from "next/server";\n';

type Valid = ValidTestCase<[]>;
type Invalid = InvalidTestCase<MessageIds, []>;

const espreeLanguageOptions = {
  parser: espree,
  parserOptions: { ecmaVersion: "latest", sourceType: "module" },
} as const;

/** Plain JavaScript cases: once as `route.ts` (typescript-eslint's parser), once as `route.js` under espree. */
function inTsAndJs<T extends Valid | Invalid>(cases: readonly T[]): T[] {
  return cases.flatMap((testCase) => [
    { ...testCase, filename: "route.ts" },
    {
      ...testCase,
      name: `${testCase.name ?? testCase.code} (route.js, espree)`,
      filename: "route.js",
      languageOptions: espreeLanguageOptions,
    } as T,
  ]);
}

ruleTester.run("no-relative-redirect (route.ts and route.js)", rule, {
  valid: inTsAndJs<Valid>([
    {
      name: "an absolute URL",
      code: `${NEXT}export function GET() {\n  return NextResponse.redirect("https://example.com/login");\n}`,
    },
    {
      name: "a URL built with new URL()",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(new URL("/login", request.url));\n}`,
    },
    {
      name: "a template that starts with the origin",
      code: `${NEXT}export function GET(request) {\n  const { origin } = request.nextUrl;\n  return NextResponse.redirect(\`\${origin}/login\`);\n}`,
    },
    {
      name: "a template whose start is only known at run time",
      code: `${NEXT}export function GET() {\n  return NextResponse.redirect(\`\${process.env.APP_URL}/login\`);\n}`,
    },
    {
      name: "a concatenation whose start is only known at run time",
      code: `${NEXT}export function GET() {\n  return NextResponse.redirect(process.env.APP_URL + "/login");\n}`,
    },
    {
      name: "a URL known only at run time",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(request.nextUrl.searchParams.get("next"));\n}`,
    },
    {
      name: "a const holding new URL()",
      code: `${NEXT}export function GET(request) {\n  const url = new URL("/login", request.url);\n  return NextResponse.redirect(url);\n}`,
    },
    {
      name: "a local class named Response",
      code: 'class Response {\n  static redirect(url) {\n    return url;\n  }\n}\nexport function GET() {\n  return Response.redirect("/login");\n}',
    },
    {
      name: "a Response parameter",
      code: 'export function redirectWith(Response) {\n  return Response.redirect("/login");\n}',
    },
    {
      name: "a NextResponse from another module",
      code: 'import { NextResponse } from "./next-response";\nexport function GET() {\n  return NextResponse.redirect("/login");\n}',
    },
    {
      name: "another export of next/server",
      code: 'import { NextRequest } from "next/server";\nexport function GET() {\n  return NextRequest.redirect("/login");\n}',
    },
    {
      name: "a relative Location header in new Response()",
      code: 'export function GET() {\n  return new Response(null, { status: 307, headers: { Location: "/" } });\n}',
    },
    {
      name: "NextResponse.next()",
      code: `${NEXT}export function middleware() {\n  return NextResponse.next();\n}`,
    },
    {
      name: "NextResponse.rewrite() with new URL()",
      code: `${NEXT}export function middleware(request) {\n  return NextResponse.rewrite(new URL("/maintenance", request.url));\n}`,
    },
    {
      name: "redirect() from next/navigation takes a path",
      code: 'import { redirect } from "next/navigation";\nexport function GET() {\n  redirect("/login");\n}',
    },
    {
      name: "no argument, or a spread one",
      code: `${NEXT}export function GET(args) {\n  NextResponse.redirect();\n  return NextResponse.redirect(...args);\n}`,
    },
  ]),
  invalid: inTsAndJs<Invalid>([
    {
      name: "a path, in a handler with a request parameter",
      code: `${NEXT}export async function GET(request) {\n  return NextResponse.redirect("/");\n}`,
      output: `${NEXT}export async function GET(request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      name: "NextResponse imported under another name",
      code: 'import { NextResponse as NR } from "next/server";\nexport function GET(request) {\n  return NR.redirect("/login");\n}',
      output:
        'import { NextResponse as NR } from "next/server";\nexport function GET(request) {\n  return NR.redirect(new URL("/login", request.url));\n}',
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NR.redirect", url: "/login" },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 30,
        },
      ],
    },
    {
      name: "NextResponse read from a namespace import",
      code: 'import * as server from "next/server";\nexport function GET(request) {\n  return server.NextResponse.redirect("/login");\n}',
      output:
        'import * as server from "next/server";\nexport function GET(request) {\n  return server.NextResponse.redirect(new URL("/login", request.url));\n}',
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "server.NextResponse.redirect", url: "/login" },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      name: "the global Response.redirect() keeps its status",
      code: 'export function POST(request) {\n  return Response.redirect("/login", 303);\n}',
      output: 'export function POST(request) {\n  return Response.redirect(new URL("/login", request.url), 303);\n}',
      errors: [
        {
          messageId: "relativeResponseRedirect",
          data: { callee: "Response.redirect", url: "/login" },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 36,
        },
      ],
    },
    {
      name: "NextResponse.redirect() keeps its options",
      code: `${NEXT}export function POST(request) {\n  return NextResponse.redirect("/", { status: 303 });\n}`,
      output: `${NEXT}export function POST(request) {\n  return NextResponse.redirect(new URL("/", request.url), { status: 303 });\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      name: "a template with a static path",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(\`/login?next=\${request.nextUrl.pathname}\`);\n}`,
      output: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(new URL(\`/login?next=\${request.nextUrl.pathname}\`, request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/login?next=…" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 73,
        },
      ],
    },
    {
      name: "a concatenation that starts with a path",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect("/" + request.nextUrl.searchParams.get("locale"));\n}`,
      output: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(new URL("/" + request.nextUrl.searchParams.get("locale"), request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/…" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
    {
      name: "a same-module const",
      code: `${NEXT}const LOGIN_PATH = "/login";\nexport function GET(request) {\n  return NextResponse.redirect(LOGIN_PATH);\n}`,
      output: `${NEXT}const LOGIN_PATH = "/login";\nexport function GET(request) {\n  return NextResponse.redirect(new URL(LOGIN_PATH, request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/login" },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 42,
        },
      ],
    },
    {
      name: "a path without a leading slash",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect("login");\n}`,
      output: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(new URL("login", request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "login" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 39,
        },
      ],
    },
    {
      name: "a protocol-relative URL, which new URL() cannot parse without a base either",
      code: `${NEXT}export function GET(request) {\n  return NextResponse.redirect("//auth.example.com/login");\n}`,
      output: `${NEXT}export function GET(request) {\n  return NextResponse.redirect(new URL("//auth.example.com/login", request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "//auth.example.com/login" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: "a conditional with a relative branch",
      code: `${NEXT}export function GET(request) {\n  const signedIn = request.cookies.has("session");\n  return NextResponse.redirect(signedIn ? "/dashboard" : "/login");\n}`,
      output: `${NEXT}export function GET(request) {\n  const signedIn = request.cookies.has("session");\n  return NextResponse.redirect(new URL(signedIn ? "/dashboard" : "/login", request.url));\n}`,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/dashboard" },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 66,
        },
      ],
    },
    {
      name: "a req parameter",
      code: `${NEXT}export async function GET(req) {\n  return NextResponse.redirect("/login");\n}`,
      output: `${NEXT}export async function GET(req) {\n  return NextResponse.redirect(new URL("/login", req.url));\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "an arrow function export with a parameter",
      code: `${NEXT}export const GET = async (req) => NextResponse.redirect("/login");\n`,
      output: `${NEXT}export const GET = async (req) => NextResponse.redirect(new URL("/login", req.url));\n`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 2, column: 57, endLine: 2, endColumn: 65 }],
    },
    {
      name: "a callback inside the handler uses the handler's parameter",
      code: `${NEXT}export async function GET(request) {\n  return withSession((session) => (session ? NextResponse.next() : NextResponse.redirect("/login")));\n}`,
      output: `${NEXT}export async function GET(request) {\n  return withSession((session) => (session ? NextResponse.next() : NextResponse.redirect(new URL("/login", request.url))));\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 90, endLine: 3, endColumn: 98 }],
    },
    {
      name: "a handler passed to a wrapper (Auth.js middleware)",
      code: `${NEXT}import { auth } from "./auth";\nexport default auth((req) => {\n  if (!req.auth) return NextResponse.redirect("/login");\n});\n`,
      output: `${NEXT}import { auth } from "./auth";\nexport default auth((req) => {\n  if (!req.auth) return NextResponse.redirect(new URL("/login", req.url));\n});\n`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 4, column: 47, endLine: 4, endColumn: 55 }],
    },
    {
      name: "at module level: reported without a fix",
      code: `${NEXT}export const toLogin = NextResponse.redirect("/login");\n`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 2, column: 46, endLine: 2, endColumn: 54 }],
    },
    {
      name: "a destructured first parameter: reported without a fix",
      code: `${NEXT}export function GET({ url }) {\n  return NextResponse.redirect("/login");\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "the parameter shadowed where the call is: reported without a fix",
      code: `${NEXT}export function GET(request) {\n  return ["/a"].map((request) => NextResponse.redirect("/login"));\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 56, endLine: 3, endColumn: 64 }],
    },
    {
      name: "a helper without parameters that is no handler export: reported without a fix",
      code: `${NEXT}export function toLogin() {\n  return NextResponse.redirect("/login");\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "a handler without parameters when request is already bound: reported without a fix",
      code: `${NEXT}import { request } from "./http";\nexport function GET() {\n  return NextResponse.redirect("/login");\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 4, column: 32, endLine: 4, endColumn: 40 }],
    },
  ]),
});

ruleTester.run("no-relative-redirect (TypeScript)", rule, {
  valid: [
    {
      name: "a type-only NextResponse import is no value",
      filename: "route.ts",
      code: 'import type { NextResponse } from "next/server";\ndeclare const NR: typeof NextResponse;\nexport function GET() {\n  return NR.redirect("/login");\n}',
    },
  ],
  invalid: [
    {
      name: "a NextRequest parameter",
      filename: "route.ts",
      code: 'import { NextResponse, type NextRequest } from "next/server";\nexport async function GET(request: NextRequest) {\n  return NextResponse.redirect("/");\n}',
      output:
        'import { NextResponse, type NextRequest } from "next/server";\nexport async function GET(request: NextRequest) {\n  return NextResponse.redirect(new URL("/", request.url));\n}',
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      name: "a _req parameter, named as unused, becomes used",
      filename: "route.ts",
      code: `${NEXT}export async function POST(_req: Request) {\n  return NextResponse.redirect("/", { status: 303 });\n}`,
      output: `${NEXT}export async function POST(_req: Request) {\n  return NextResponse.redirect(new URL("/", _req.url), { status: 303 });\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      name: "middleware",
      filename: "middleware.ts",
      code: 'import { NextResponse, type NextRequest } from "next/server";\n\nexport function middleware(request: NextRequest) {\n  if (!request.cookies.has("session")) return NextResponse.redirect("/login");\n  return NextResponse.next();\n}\n',
      output:
        'import { NextResponse, type NextRequest } from "next/server";\n\nexport function middleware(request: NextRequest) {\n  if (!request.cookies.has("session")) return NextResponse.redirect(new URL("/login", request.url));\n  return NextResponse.next();\n}\n',
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/login" },
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 77,
        },
      ],
    },
    {
      name: "a handler without parameters gets request: Request",
      filename: "route.ts",
      code: `${NEXT}export async function GET() {\n  return NextResponse.redirect("/login");\n}`,
      output: `${NEXT}export async function GET(request: Request) {\n  return NextResponse.redirect(new URL("/login", request.url));\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "an arrow function export without parameters, with a return type",
      filename: "route.ts",
      code: `${NEXT}export const GET = async (): Promise<Response> => NextResponse.redirect("/login");\n`,
      output: `${NEXT}export const GET = async (request: Request): Promise<Response> => NextResponse.redirect(new URL("/login", request.url));\n`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 2, column: 73, endLine: 2, endColumn: 81 }],
    },
    {
      name: "a default-exported proxy without parameters",
      filename: "proxy.ts",
      code: 'export default function proxy() {\n  return Response.redirect("/login");\n}',
      output: 'export default function proxy(request: Request) {\n  return Response.redirect(new URL("/login", request.url));\n}',
      errors: [{ messageId: "relativeResponseRedirect", line: 2, column: 28, endLine: 2, endColumn: 36 }],
    },
    {
      name: "a local handler exported as GET and POST",
      filename: "route.ts",
      code: `${NEXT}async function handler() {\n  return NextResponse.redirect("/");\n}\nexport { handler as GET, handler as POST };\n`,
      output: `${NEXT}async function handler(request: Request) {\n  return NextResponse.redirect(new URL("/", request.url));\n}\nexport { handler as GET, handler as POST };\n`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      name: "two redirects in a handler without parameters: the second is fixed in the next pass",
      filename: "route.ts",
      code: `${NEXT}export function GET() {\n  if (Math.random() > 0.5) return NextResponse.redirect("/a");\n  return NextResponse.redirect("/b");\n}`,
      output: [
        `${NEXT}export function GET(request: Request) {\n  if (Math.random() > 0.5) return NextResponse.redirect(new URL("/a", request.url));\n  return NextResponse.redirect("/b");\n}`,
        `${NEXT}export function GET(request: Request) {\n  if (Math.random() > 0.5) return NextResponse.redirect(new URL("/a", request.url));\n  return NextResponse.redirect(new URL("/b", request.url));\n}`,
      ],
      errors: [
        { messageId: "relativeNextResponseRedirect", line: 3, column: 57, endLine: 3, endColumn: 61 },
        { messageId: "relativeNextResponseRedirect", line: 4, column: 32, endLine: 4, endColumn: 36 },
      ],
    },
    {
      name: "a const path with as const",
      filename: "route.ts",
      code: `${NEXT}const LOGIN = "/login" as const;\nexport function GET(req: Request) {\n  return NextResponse.redirect(LOGIN);\n}`,
      output: `${NEXT}const LOGIN = "/login" as const;\nexport function GET(req: Request) {\n  return NextResponse.redirect(new URL(LOGIN, req.url));\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", data: { callee: "NextResponse.redirect", url: "/login" }, line: 4, column: 32, endLine: 4, endColumn: 37 }],
    },
    {
      name: "a first parameter typed as no request: reported without a fix",
      filename: "route.ts",
      code: `${NEXT}export function loginRedirect(reason: string) {\n  return NextResponse.redirect(\`/login?reason=\${reason}\`);\n}`,
      output: null,
      errors: [
        {
          messageId: "relativeNextResponseRedirect",
          data: { callee: "NextResponse.redirect", url: "/login?reason=…" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 57,
        },
      ],
    },
    {
      name: "a destructured, typed first parameter: reported without a fix",
      filename: "route.ts",
      code: `${NEXT}export async function GET({ url }: Request) {\n  return NextResponse.redirect("/login");\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "a handler without parameters that declares request itself: reported without a fix",
      filename: "route.ts",
      code: `${NEXT}export async function GET() {\n  const request = await getRequest();\n  return NextResponse.redirect("/login");\n}`,
      output: null,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 4, column: 32, endLine: 4, endColumn: 40 }],
    },
  ],
});

ruleTester.run("no-relative-redirect (route.js, espree)", rule, {
  valid: [],
  invalid: [
    {
      name: "a handler without parameters gets request",
      filename: "route.js",
      languageOptions: espreeLanguageOptions,
      code: `${NEXT}export async function GET() {\n  return NextResponse.redirect("/login");\n}`,
      output: `${NEXT}export async function GET(request) {\n  return NextResponse.redirect(new URL("/login", request.url));\n}`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      name: "an arrow function export without parameters",
      filename: "route.js",
      languageOptions: espreeLanguageOptions,
      code: 'export const GET = async () => Response.redirect("/login", 303);\n',
      output: 'export const GET = async (request) => Response.redirect(new URL("/login", request.url), 303);\n',
      errors: [{ messageId: "relativeResponseRedirect", line: 1, column: 50, endLine: 1, endColumn: 58 }],
    },
    {
      name: "a middleware function expression without parameters",
      filename: "middleware.js",
      languageOptions: espreeLanguageOptions,
      code: `${NEXT}export const middleware = function () {\n  return NextResponse.redirect("/login");\n};\n`,
      output: `${NEXT}export const middleware = function (request) {\n  return NextResponse.redirect(new URL("/login", request.url));\n};\n`,
      errors: [{ messageId: "relativeNextResponseRedirect", line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
  ],
});

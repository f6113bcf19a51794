import rule from "../../rules/no-link-to-logout.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// No app/ directory above this file: every logout path counts, as with middleware-served logout.
const filename = fixtureFile("no-app", "components/nav.tsx");
// app/(auth)/logout/route.ts, app/api/auth/signout/route.ts, app/(marketing)/account/sign-out/page.tsx,
// app/[locale]/log-out/page.tsx.
const appFilename = fixtureFile("app-router", "app/dashboard/nav.tsx");

const LINK = 'import Link from "next/link";\n';
const ROUTER = '"use client";\nimport { useRouter } from "next/navigation";\n';

ruleTester.run("no-link-to-logout (JSX)", rule, {
  valid: withEspree([
    { name: "a plain anchor", filename, code: 'export const Nav = () => <a href="/logout">Log out</a>;' },
    {
      name: "Link from another package",
      filename,
      code: 'import { Link } from "react-router-dom";\nexport const Nav = () => <Link href="/logout">Log out</Link>;',
    },
    { name: "an ordinary path", filename, code: `${LINK}export const Nav = () => <Link href="/dashboard">Home</Link>;` },
    { name: "a login path", filename, code: `${LINK}export const Nav = () => <Link href="/login">Log in</Link>;` },
    { name: "a path that starts like logout", filename, code: `${LINK}export const Nav = () => <Link href="/logs">Logs</Link>;` },
    {
      name: "logout inside a segment, not the last segment",
      filename,
      code: `${LINK}export const Nav = () => <Link href="/blog/why-we-logout-idle-users">Read</Link>;`,
    },
    {
      name: "an absolute URL to another origin",
      filename,
      code: `${LINK}export const Nav = () => <Link href="https://auth.example.com/logout">Log out</Link>;`,
    },
    {
      name: "a protocol-relative URL",
      filename,
      code: `${LINK}export const Nav = () => <Link href="//auth.example.com/logout">Log out</Link>;`,
    },
    {
      name: "a template whose origin is only known at run time",
      filename,
      code: `${LINK}const AUTH_URL = process.env.NEXT_PUBLIC_AUTH_URL;\nexport const Nav = () => <Link href={\`\${AUTH_URL}/logout\`}>Log out</Link>;`,
    },
    {
      name: "a URL object with a host",
      filename,
      code: `${LINK}export const Nav = () => <Link href={{ host: "auth.example.com", pathname: "/logout" }}>Log out</Link>;`,
    },
    {
      name: "a concatenation whose origin is only known at run time",
      filename,
      code: `${LINK}export const Nav = () => <Link href={process.env.NEXT_PUBLIC_AUTH_URL + "/logout"}>Log out</Link>;`,
    },
    {
      name: "an href known only at run time",
      filename,
      code: `${LINK}export const Nav = ({ to }) => <Link href={to}>Go</Link>;`,
    },
    {
      name: "a Link name shadowed by a parameter",
      filename,
      code: `${LINK}export function Nav({ Link }) {\n  return <Link href="/logout">Log out</Link>;\n}`,
    },
    {
      name: "a logout path served only by a page (the page logs out itself)",
      filename: appFilename,
      code: `${LINK}export const Nav = () => <Link href="/account/sign-out">Sign out</Link>;`,
    },
    {
      name: "a logout page under a dynamic segment",
      filename: appFilename,
      code: `${LINK}export const Nav = () => <Link href="/en/log-out">Log out</Link>;`,
    },
    {
      name: "logoutPaths replaces the default words",
      filename,
      settings: { "next-logout": { logoutPaths: ["/session/end"] } },
      code: `${LINK}export const Nav = () => <Link href="/logout">Log out</Link>;`,
    },
  ]),
  invalid: withEspree([
    {
      name: "a string href; the import goes with the last Link",
      filename,
      code: `${LINK}export const Nav = () => <Link href="/logout">Log out</Link>;\n`,
      output: 'export const Nav = () => <a href="/logout">Log out</a>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 47 },
      ],
    },
    {
      name: "a self-closing Link under another name",
      filename,
      code: 'import NextLink from "next/link";\nexport const Nav = () => <NextLink href="/logout" />;\n',
      output: 'export const Nav = () => <a href="/logout" />;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "NextLink", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 53 },
      ],
    },
    {
      name: "the default export imported by name",
      filename,
      code: 'import { default as L } from "next/link";\nexport const Nav = () => <L href="/sign-out">Out</L>;\n',
      output: 'export const Nav = () => <a href="/sign-out">Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "L", url: "/sign-out" }, line: 2, column: 26, endLine: 2, endColumn: 46 }],
    },
    {
      name: "default matching ignores case, query and hash",
      filename,
      code: `${LINK}export const Nav = () => <Link href="/auth/Log-Out?next=/#top">Out</Link>;\n`,
      output: 'export const Nav = () => <a href="/auth/Log-Out?next=/#top">Out</a>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/auth/Log-Out?next=/#top" }, line: 2, column: 26, endLine: 2, endColumn: 64 },
      ],
    },
    {
      name: "a template with a static path keeps its expression",
      filename,
      code: `${LINK}export const Nav = ({ next }) => <Link href={\`/logout?next=\${next}\`}>Out</Link>;\n`,
      output: "export const Nav = ({ next }) => <a href={`/logout?next=${next}`}>Out</a>;\n",
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout?next=…" }, line: 2, column: 34, endLine: 2, endColumn: 70 },
      ],
    },
    {
      name: "a static URL object becomes the string Link would build",
      filename,
      code: `${LINK}export const Nav = () => <Link href={{ pathname: "/logout", query: { next: "/", ref: 1 } }}>Out</Link>;\n`,
      // `&` would start an HTML entity in a JSX string, so the URL goes in braces.
      output: 'export const Nav = () => <a href={"/logout?next=%2F&ref=1"}>Out</a>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout?next=%2F&ref=1" }, line: 2, column: 26, endLine: 2, endColumn: 93 },
      ],
    },
    {
      name: "beside a Pages Router (pages/ exists), the href becomes an expression, which no-html-link-for-pages leaves alone",
      filename: fixtureFile("create-next-app", "components/menu.tsx"),
      code: `${LINK}export const Nav = () => <Link href="/logout" prefetch={false}>Log out</Link>;\n`,
      output: 'export const Nav = () => <a href={"/logout"}>Log out</a>;\n',
      errors: [{ messageId: "linkWithoutPrefetchToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 64 }],
    },
    {
      name: "beside a Pages Router, a static URL object becomes a string expression in the file's quotes",
      filename: fixtureFile("create-next-app", "components/menu.tsx"),
      code: "import Link from 'next/link'\nexport const Nav = () => <Link href={{ pathname: '/logout' }}>Out</Link>\n",
      output: "export const Nav = () => <a href={'/logout'}>Out</a>\n",
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 63 }],
    },
    {
      name: "beside a Pages Router, an href that is already an expression stays as it is",
      filename: fixtureFile("create-next-app", "components/menu.tsx"),
      code: `${LINK}const LOGOUT = "/logout";\nexport const Nav = () => <Link href={LOGOUT}>Out</Link>;\n`,
      output: 'const LOGOUT = "/logout";\nexport const Nav = () => <a href={LOGOUT}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 26, endLine: 3, endColumn: 46 }],
    },
    {
      name: "a URL object with a run-time query is reported without a fix",
      filename,
      code: `${LINK}export const Nav = ({ next }) => <Link href={{ pathname: "/logout", query: { next } }}>Out</Link>;\n`,
      output: null,
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout?…" }, line: 2, column: 34, endLine: 2, endColumn: 88 }],
    },
    {
      name: "a conditional with a logout branch keeps the expression",
      filename,
      code: `${LINK}export const Nav = ({ user }) => <Link href={user ? "/logout" : "/login"}>Auth</Link>;\n`,
      output: 'export const Nav = ({ user }) => <a href={user ? "/logout" : "/login"}>Auth</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 34, endLine: 2, endColumn: 75 }],
    },
    {
      name: "a logical expression that may not be a string is reported without a fix",
      filename,
      code: `${LINK}export const Nav = ({ to }) => <Link href={to || "/logout"}>Out</Link>;\n`,
      output: null,
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 32, endLine: 2, endColumn: 61 }],
    },
    {
      name: "a same-module const",
      filename,
      code: `${LINK}const LOGOUT_URL = "/api/auth/logout";\nexport const Nav = () => <Link href={LOGOUT_URL}>Out</Link>;\n`,
      output: 'const LOGOUT_URL = "/api/auth/logout";\nexport const Nav = () => <a href={LOGOUT_URL}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/api/auth/logout" }, line: 3, column: 26, endLine: 3, endColumn: 50 }],
    },
    {
      name: "a member of a same-module const object",
      filename,
      code: `${LINK}const ROUTES = { home: "/", logout: "/logout" };\nexport const Nav = () => <Link href={ROUTES.logout}>Out</Link>;\n`,
      output: 'const ROUTES = { home: "/", logout: "/logout" };\nexport const Nav = () => <a href={ROUTES.logout}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 26, endLine: 3, endColumn: 53 }],
    },
    {
      name: "a concatenation with a same-module const prefix",
      filename,
      code: `${LINK}const AUTH = "/auth";\nexport const Nav = () => <Link href={AUTH + "/logout"}>Out</Link>;\n`,
      output: 'const AUTH = "/auth";\nexport const Nav = () => <a href={AUTH + "/logout"}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/auth/logout" }, line: 3, column: 26, endLine: 3, endColumn: 56 }],
    },
    {
      name: "a nested member of a same-module const object",
      filename,
      code: `${LINK}const ROUTES = { auth: { logout: "/logout" } };\nexport const Nav = () => <Link href={ROUTES.auth.logout}>Out</Link>;\n`,
      output: 'const ROUTES = { auth: { logout: "/logout" } };\nexport const Nav = () => <a href={ROUTES.auth.logout}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 26, endLine: 3, endColumn: 58 }],
    },
    {
      name: "a const holding a static URL object is replaced by its string",
      filename,
      code: `${LINK}const logoutHref = { pathname: "/logout" };\nexport const Nav = () => <Link href={logoutHref}>Out</Link>;\n`,
      output: 'const logoutHref = { pathname: "/logout" };\nexport const Nav = () => <a href="/logout">Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 26, endLine: 3, endColumn: 50 }],
    },
    {
      name: "Link-only props are dropped, other props kept",
      filename,
      code: `${LINK}export const Nav = () => (\n  <Link\n    href="/logout"\n    prefetch={false}\n    replace\n    scroll={false}\n    shallow\n    locale="en"\n    onNavigate={() => {}}\n    className="menu-item"\n  >\n    Log out\n  </Link>\n);\n`,
      output:
        'export const Nav = () => (\n  <a\n    href="/logout"\n    className="menu-item"\n  >\n    Log out\n  </a>\n);\n',
      errors: [{ messageId: "linkWithoutPrefetchToLogout", line: 3, column: 3, endLine: 12, endColumn: 4 }],
    },
    {
      name: "prefetch={false} stops the prefetch but not the soft navigation",
      filename,
      code: `${LINK}export const Nav = () => <Link href="/logout" prefetch={false}>Out</Link>;\n`,
      output: 'export const Nav = () => <a href="/logout">Out</a>;\n',
      errors: [
        { messageId: "linkWithoutPrefetchToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 64 },
      ],
    },
    {
      name: "legacyBehavior hands the href to its child <a>",
      filename,
      code: `${LINK}export const Nav = () => (\n  <Link href="/logout" passHref legacyBehavior>\n    <a className="menu-item">Log out</a>\n  </Link>\n);\n`,
      output: 'export const Nav = () => (\n  <a href="/logout" className="menu-item">Log out</a>\n);\n',
      errors: [{ messageId: "linkToLogout", line: 3, column: 3, endLine: 3, endColumn: 48 }],
    },
    {
      name: "legacyBehavior with a component child is reported without a fix",
      filename,
      code: `${LINK}export const Nav = () => (\n  <Link href="/logout" passHref legacyBehavior>\n    <MenuItem>Log out</MenuItem>\n  </Link>\n);\n`,
      output: null,
      errors: [{ messageId: "linkToLogout", line: 3, column: 3, endLine: 3, endColumn: 48 }],
    },
    {
      name: "spread props are reported without a fix",
      filename,
      code: `${LINK}export const Nav = (props) => <Link {...props} href="/logout">Out</Link>;\n`,
      output: null,
      errors: [{ messageId: "linkToLogout", line: 2, column: 31, endLine: 2, endColumn: 63 }],
    },
    {
      name: "every Link is fixed in one pass, then the import goes",
      filename,
      code: `${LINK}export const Nav = () => (\n  <>\n    <Link href="/logout">Out</Link>\n    <Link href="/signout">Sign out</Link>\n  </>\n);\n`,
      output: 'export const Nav = () => (\n  <>\n    <a href="/logout">Out</a>\n    <a href="/signout">Sign out</a>\n  </>\n);\n',
      errors: [
        { messageId: "linkToLogout", line: 4, column: 5, endLine: 4, endColumn: 26 },
        { messageId: "linkToLogout", line: 5, column: 5, endLine: 5, endColumn: 27 },
      ],
    },
    {
      name: "the import stays while another Link uses it",
      filename,
      code: `${LINK}export const Nav = () => (\n  <>\n    <Link href="/about">About</Link>\n    <Link href="/logout">Out</Link>\n  </>\n);\n`,
      output: `${LINK}export const Nav = () => (\n  <>\n    <Link href="/about">About</Link>\n    <a href="/logout">Out</a>\n  </>\n);\n`,
      errors: [{ messageId: "linkToLogout", line: 5, column: 5, endLine: 5, endColumn: 26 }],
    },
    {
      name: "the import stays while code outside JSX uses it",
      filename,
      code: `${LINK}export const Inner = Link;\nexport const Nav = () => <Link href="/logout">Out</Link>;\n`,
      output: `${LINK}export const Inner = Link;\nexport const Nav = () => <a href="/logout">Out</a>;\n`,
      errors: [{ messageId: "linkToLogout", line: 3, column: 26, endLine: 3, endColumn: 47 }],
    },
    {
      name: "comments around the import stay",
      filename,
      code: `"use client";\n// navigation\nimport Link from "next/link"; // for the menu\nimport { Menu } from "./menu";\nexport const Nav = () => <Menu><Link href="/logout">Out</Link></Menu>;\n`,
      output: `"use client";\n// navigation\n// for the menu\nimport { Menu } from "./menu";\nexport const Nav = () => <Menu><a href="/logout">Out</a></Menu>;\n`,
      errors: [{ messageId: "linkToLogout", line: 5, column: 32, endLine: 5, endColumn: 53 }],
    },
    {
      name: "logoutPaths patterns with * and **",
      filename,
      settings: { "next-logout": { logoutPaths: ["/session/*/end", "/api/**/bye"] } },
      code: `${LINK}export const Nav = () => (\n  <>\n    <Link href="/session/42/end">End</Link>\n    <Link href="/api/v1/auth/bye">Bye</Link>\n  </>\n);\n`,
      output: 'export const Nav = () => (\n  <>\n    <a href="/session/42/end">End</a>\n    <a href="/api/v1/auth/bye">Bye</a>\n  </>\n);\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/session/42/end" }, line: 4, column: 5, endLine: 4, endColumn: 34 },
        { messageId: "linkToLogout", data: { name: "Link", url: "/api/v1/auth/bye" }, line: 5, column: 5, endLine: 5, endColumn: 35 },
      ],
    },
    {
      name: "a logout route handler in the app directory",
      filename: appFilename,
      code: `${LINK}export const Nav = () => <Link href="/logout">Out</Link>;\n`,
      output: 'export const Nav = () => <a href="/logout">Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 47 }],
    },
    {
      name: "a logout path with no file behind it (served by middleware)",
      filename: appFilename,
      code: `${LINK}export const Nav = () => <Link href="/api/auth/logout">Out</Link>;\n`,
      output: 'export const Nav = () => <a href="/api/auth/logout">Out</a>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/api/auth/logout" }, line: 2, column: 26, endLine: 2, endColumn: 56 },
      ],
    },
    {
      name: "in a single-quoted file, a URL object's href is still a double-quoted JSX attribute",
      filename,
      code: "import Link from 'next/link'\nexport const Nav = () => <Link href={{ pathname: '/logout' }}>Out</Link>\n",
      output: 'export const Nav = () => <a href="/logout">Out</a>\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 2, column: 26, endLine: 2, endColumn: 63 }],
    },
    {
      name: "in a single-quoted file, a URL in braces is a single-quoted string",
      filename,
      code: "import Link from 'next/link'\nexport const Nav = () => <Link href={{ pathname: '/logout', query: { next: '/', ref: 1 } }}>Out</Link>\n",
      output: "export const Nav = () => <a href={'/logout?next=%2F&ref=1'}>Out</a>\n",
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout?next=%2F&ref=1" }, line: 2, column: 26, endLine: 2, endColumn: 93 }],
    },
  ]),
});

ruleTester.run("no-link-to-logout (TypeScript)", rule, {
  valid: [],
  invalid: [
    {
      name: "other specifiers of next/link stay",
      filename,
      code: 'import Link, { type LinkProps } from "next/link";\nexport const Nav = (p: LinkProps) => <Link href={"/logout" as const}>Out</Link>;\n',
      output: 'import { type LinkProps } from "next/link";\nexport const Nav = (p: LinkProps) => <a href={"/logout" as const}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", line: 2, column: 38, endLine: 2, endColumn: 70 }],
    },
    {
      name: "a member of a const object declared as const",
      filename,
      code: `${LINK}const ROUTES = { logout: "/logout" } as const;\nexport const Nav = () => <Link href={{ pathname: ROUTES.logout }}>Out</Link>;\n`,
      output: 'const ROUTES = { logout: "/logout" } as const;\nexport const Nav = () => <a href="/logout">Out</a>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 26, endLine: 3, endColumn: 67 },
      ],
    },
    {
      name: "a type reference keeps the import",
      filename,
      code: `${LINK}type Props = React.ComponentProps<typeof Link>;\nexport const Nav = () => <Link href="/logout">Out</Link>;\n`,
      output: `${LINK}type Props = React.ComponentProps<typeof Link>;\nexport const Nav = () => <a href="/logout">Out</a>;\n`,
      errors: [{ messageId: "linkToLogout", line: 3, column: 26, endLine: 3, endColumn: 47 }],
    },
  ],
});

ruleTester.run("no-link-to-logout (router)", rule, {
  valid: withEspree([
    {
      name: "router navigation elsewhere",
      filename,
      code: `${ROUTER}export function useGoHome() {\n  const router = useRouter();\n  return () => router.push("/dashboard");\n}`,
    },
    {
      name: "useRouter from another package",
      filename,
      code: 'import { useRouter } from "expo-router";\nexport function useOut() {\n  const router = useRouter();\n  return () => router.push("/logout");\n}',
    },
    {
      name: "a push that is not the router's",
      filename,
      code: 'const stack = [];\nstack.push("/logout");',
    },
    {
      name: "a target known only at run time",
      filename,
      code: `${ROUTER}export function useGo(to) {\n  const router = useRouter();\n  return () => router.push(to);\n}`,
    },
  ]),
  invalid: withEspree([
    {
      name: "router.push",
      filename,
      code: `${ROUTER}export function useLogout() {\n  const router = useRouter();\n  return () => router.push("/logout");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "router.push", url: "/logout" },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { callee: "router.push", url: "/logout" },
              output: `"use client";\nexport function useLogout() {\n  return () => window.location.replace("/logout");\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "router.replace becomes location.replace",
      filename,
      code: `${ROUTER}export function useLogout() {\n  const router = useRouter();\n  return () => router.replace("/logout", { scroll: false });\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "router.replace", url: "/logout" },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { callee: "router.replace", url: "/logout" },
              output: `"use client";\nexport function useLogout() {\n  return () => window.location.replace("/logout");\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a destructured, renamed push",
      filename,
      code: `${ROUTER}export function useLogout() {\n  const { push: go } = useRouter();\n  return () => go("/signout");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "go", url: "/signout" },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: `"use client";\nexport function useLogout() {\n  return () => window.location.replace("/signout");\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "useRouter() called inline, through a namespace import",
      filename,
      code: 'import * as navigation from "next/navigation";\nexport const useLogout = () => () => navigation.useRouter().push(`/logout?next=${location.pathname}`);\n',
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "navigation.useRouter().push", url: "/logout?next=…" },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 102,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output:
                'export const useLogout = () => () => window.location.replace(`/logout?next=${location.pathname}`);\n',
            },
          ],
        },
      ],
    },
    {
      name: "the next/router singleton with a URL object",
      filename,
      code: 'import Router from "next/router";\nexport const logout = () => Router.push({ pathname: "/logout" });\n',
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "Router.push", url: "/logout" },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: 'export const logout = () => window.location.replace("/logout");\n',
            },
          ],
        },
      ],
    },
    {
      name: "next/router's undefined `as` argument still gets the suggestion",
      filename,
      code: 'import { useRouter } from "next/router";\nexport function useLogout() {\n  const router = useRouter();\n  return () => router.replace("/logout", undefined, { shallow: true });\n}\n',
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output:
                'export function useLogout() {\n  return () => window.location.replace("/logout");\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "next/router's `as` URL blocks the suggestion",
      filename,
      code: 'import { useRouter } from "next/router";\nexport function useLogout() {\n  const router = useRouter();\n  return () => router.push("/logout", "/bye");\n}\n',
      output: null,
      errors: [{ messageId: "routerToLogout", line: 4, column: 16, endLine: 4, endColumn: 46, suggestions: [] }],
    },
    {
      name: "optional chaining on the router",
      filename,
      code: 'import { useRouter } from "next/router";\nexport function useLogout() {\n  const router = useRouter();\n  return () => router?.push("/logout");\n}\n',
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output:
                'export function useLogout() {\n  return () => window.location.replace("/logout");\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "a prefetch statement is removed by the suggestion",
      filename,
      code: `${ROUTER}export function usePrefetch() {\n  const router = useRouter();\n  useEffect(() => {\n    router.prefetch("/logout");\n  }, [router]);\n}\n`,
      output: null,
      errors: [
        {
          messageId: "prefetchOfLogout",
          data: { callee: "router.prefetch", url: "/logout" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 31,
          suggestions: [
            {
              messageId: "suggestRemovePrefetch",
              output: `${ROUTER}export function usePrefetch() {\n  const router = useRouter();\n  useEffect(() => {\n  }, [router]);\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a prefetch used as a value gets no suggestion",
      filename,
      code: `${ROUTER}export function usePrefetch() {\n  const router = useRouter();\n  useEffect(() => router.prefetch("/logout"), [router]);\n}\n`,
      output: null,
      errors: [{ messageId: "prefetchOfLogout", line: 5, column: 19, endLine: 5, endColumn: 45, suggestions: [] }],
    },
    {
      name: "a target that may not be a string gets no suggestion",
      filename,
      code: `${ROUTER}export function useLogout(to) {\n  const router = useRouter();\n  return () => router.push(to ?? "/logout");\n}\n`,
      output: null,
      errors: [{ messageId: "routerToLogout", line: 5, column: 16, endLine: 5, endColumn: 44, suggestions: [] }],
    },
    {
      name: "a URL object in a single-quoted file becomes a single-quoted string",
      filename,
      code: "import Router from 'next/router'\nexport const logout = () => Router.push({ pathname: '/logout' })\n",
      output: null,
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "Router.push", url: "/logout" },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: "export const logout = () => window.location.replace('/logout')\n",
            },
          ],
        },
      ],
    },
  ]),
});

// no-link-to-logout across files, part 2: menu data that reaches a link, URL values and helpers from other files
// and workspace packages, and the names heuristic. Each case lints a page of the monorepo in ./cross-file-app.ts.
import { afterAll } from "vitest";
import rule from "../../rules/no-link-to-logout.ts";
import { ruleTester } from "../rule-tester.ts";
import { removeTrees } from "../src/helpers.ts";
import { at, PAGE } from "./cross-file-app.ts";

afterAll(removeTrees);

const sidebarChain = `rendered by \`<SidebarMenu>\` → \`<SidebarMenuLink>\` → next/link (${at("apps/web/src/components/sidebar-menu-link.tsx", "<Link href={href}>")})`;
const menuEntry = at("apps/web/src/data/menu.ts", '"/logout"');
const MENU = 'import { SidebarMenu } from "@/components/sidebar-menu";\n';

ruleTester.run("no-link-to-logout: data that reaches a link", rule, {
  valid: [
    {
      name: "a menu whose renderer uses <a>",
      filename: PAGE,
      code: 'import { PlainMenu } from "@/components/plain-menu";\nexport default () => <PlainMenu links={[{ href: "/logout", label: "Log out" }]} />;\n',
    },
    {
      name: "a logout item rendered by <a> (the renderer picks it by the item)",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        'import { accountMenu } from "@/data/menu";',
        "export default () => (",
        "  <ul>",
        '    {accountMenu.map((item) => (item.href === "/logout" ? <a key={item.href} href={item.href}>{item.label}</a> : <Link key={item.href} href={item.href}>{item.label}</Link>))}',
        "  </ul>",
        ");",
      ].join("\n"),
    },
    {
      name: "a logout entry the menu renders with <a>, through a prop it passes on (the documented fix)",
      filename: PAGE,
      code: 'import { ReloadMenu } from "@/components/reload-menu";\nexport default () => <ReloadMenu links={[{ href: "/account/orders", label: "Orders" }, { href: "/logout", label: "Log out", reload: true }]} />;\n',
    },
    {
      name: "menu data with no logout entry",
      filename: PAGE,
      code: `${MENU}export default () => <SidebarMenu links={[{ href: "/account", label: "Account" }, { href: "/help", label: "Help" }]} />;\n`,
    },
    {
      name: "a let given arrays in two branches, neither with a logout entry, and one written with +=",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        "export default function Nav({ user }) {",
        '  let items = [{ href: "/", label: "Home" }];',
        '  if (user) items = [{ href: "/account", label: "Account" }];',
        '  let more = "/help";',
        '  more += "?from=nav";',
        "  return <nav>{items.map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}<Link href={more}>Help</Link></nav>;",
        "}",
      ].join("\n"),
    },
    {
      name: "a let whose other value is a prop: the entries stay unknown (a logout entry there is the caller's)",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        "export default function Nav({ user, links }) {",
        "  let items = links;",
        '  if (!user) items = [{ href: "/login", label: "Log in" }];',
        "  return <nav>{items.map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}</nav>;",
        "}",
      ].join("\n"),
    },
    {
      name: "a function and a useMemo returning menus with no logout entry",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        'import { useMemo } from "react";',
        'const guestItems = () => [{ href: "/login", label: "Log in" }];',
        "export default function Nav() {",
        '  const items = useMemo(() => [{ href: "/help", label: "Help" }], []);',
        "  return <nav>{[...guestItems(), ...items].map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}</nav>;",
        "}",
      ].join("\n"),
    },
    {
      name: "a menu data file that neither renders the data nor passes it on (its renderer reports)",
      filename: PAGE.replace("page.tsx", "menu-data.ts"),
      code: 'export const menu = [{ href: "/logout", label: "Log out" }];\n',
    },
  ],
  invalid: [
    {
      name: "links passed to a menu in another file: reported at the logout entry",
      filename: PAGE,
      code: `${MENU}export default () => (\n  <SidebarMenu\n    links={[\n      { href: "/account/orders", label: "Orders" },\n      { href: "/logout", label: "Log out" },\n    ]}\n  />\n);\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: sidebarChain }, line: 6, column: 9, endLine: 6, endColumn: 24 }],
    },
    {
      name: "links in a const of the same file",
      filename: PAGE,
      code: `${MENU}const links = [\n  { href: "/settings", label: "Settings" },\n  { href: "/api/auth/logout", label: "Log out" },\n];\nexport default () => <SidebarMenu links={links} />;\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: "", chain: sidebarChain }, line: 4, column: 5 }],
    },
    {
      name: "an imported menu passed to a menu component: reported at the component, naming the entry",
      filename: PAGE,
      code: `${MENU}import { accountMenu } from "@/data/menu";\nexport default () => <SidebarMenu links={accountMenu} />;\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: sidebarChain }, line: 3, column: 22 }],
    },
    {
      name: "a renderer that imports the data module: reported at its link, naming the entry",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        'import { accountMenu } from "@/data/menu";',
        "export default () => (",
        "  <ul>",
        "    {accountMenu.map((item) => <li key={item.href}><Link href={item.href}>{item.label}</Link></li>)}",
        "  </ul>",
        ");",
      ].join("\n"),
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: "rendered by next/link" }, line: 5, column: 52 }],
    },
    {
      name: "route objects whose url is a class's static method, mapped to <Link href={route.url}> in the same file",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        'import { Routes } from "@/lib/routes";',
        "const routes = [",
        '  { url: Routes.home(), title: "Home" },',
        '  { url: Routes.logout(), title: "Log out" },',
        "];",
        "export default () => <nav>{routes.map((route) => <Link key={route.title} href={route.url}>{route.title}</Link>)}</nav>;",
      ].join("\n"),
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next/link (line 7)" }, line: 5, column: 5 }],
    },
    {
      name: "a let given a menu in each branch: the signed-in one's logout entry is reported",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        "export default function Nav({ user }) {",
        "  let items = [];",
        "  if (!user) {",
        '    items = [{ href: "/login", label: "Log in" }];',
        "  } else {",
        '    items = [{ href: "/account", label: "Account" }, { href: "/api/auth/logout", label: "Log out" }];',
        "  }",
        "  return <nav>{items.map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}</nav>;",
        "}",
      ].join("\n"),
      errors: [{ messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: "", chain: "rendered by next/link (line 9)" }, line: 7, column: 56 }],
    },
    {
      name: "a function whose every return is a menu, and a useMemo'd menu passed to a menu component",
      filename: PAGE,
      code: [
        MENU.trimEnd(),
        'import Link from "next/link";',
        'import { useMemo } from "react";',
        "function accountItems(admin: boolean) {",
        '  if (admin) return [{ href: "/admin", label: "Admin" }, { href: "/logout", label: "Log out" }];',
        '  return [{ href: "/logout", label: "Log out" }];',
        "}",
        "export default function Nav({ admin }) {",
        '  const links = useMemo(() => [{ href: "/orders", label: "Orders" }, { href: "/api/auth/logout", label: "Log out" }], []);',
        "  return <>{accountItems(admin).map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}<SidebarMenu links={links} /></>;",
        "}",
      ].join("\n"),
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next/link (line 10)" }, line: 5, column: 60 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next/link (line 10)" }, line: 6, column: 13 },
        { messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: "", chain: sidebarChain }, line: 9, column: 72 },
      ],
    },
    {
      name: "the same menu without `reload` on its logout entry",
      filename: PAGE,
      code: 'import { ReloadMenu } from "@/components/reload-menu";\nexport default () => <ReloadMenu links={[{ href: "/account/orders", label: "Orders" }, { href: "/logout", label: "Log out" }]} />;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by \`<ReloadMenu>\` → \`<ReloadMenuLink>\` → next/link (${at("apps/web/src/components/reload-menu-link.tsx", "<Link")})` },
          line: 2,
          column: 90,
        },
      ],
    },
    {
      name: "one entry rendered by two menus is reported once",
      filename: PAGE,
      code: `${MENU}const links = [{ href: "/logout", label: "Log out" }];\nexport default () => <><SidebarMenu links={links} /><SidebarMenu links={links} /></>;\n`,
      errors: [{ messageId: "linkChainToLogout", line: 2, column: 18 }],
    },
  ],
});

ruleTester.run("no-link-to-logout: URL values and helpers from other files", rule, {
  valid: [
    {
      name: "a helper that returns /login",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { createLoginUrl } from "@acme/auth";\nexport default () => <Link href={createLoginUrl()}>Log in</Link>;\n',
    },
    {
      name: "a static method that returns /login",
      filename: PAGE,
      code: '"use client";\nimport { useRouter } from "next/navigation";\nimport { UrlService } from "@/lib/url-service";\nexport function Login() {\n  const router = useRouter();\n  return <button onClick={() => router.push(UrlService.login())}>Log in</button>;\n}\n',
    },
    {
      name: "a static getter that returns /login",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { UrlService } from "@/lib/url-service";\nexport default () => <Link href={UrlService.loginPath}>Log in</Link>;\n',
    },
    {
      name: "an object's getter with more than one return: which one is unknown",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { urls } from "@/lib/urls";\nexport default () => <Link href={urls.current}>Account</Link>;\n',
    },
    {
      name: "a helper that returns /login, taken with require()",
      filename: PAGE,
      code: 'const Link = require("next/link").default;\nconst { createLoginUrl } = require("@acme/auth");\nexport default () => <Link href={createLoginUrl()}>Log in</Link>;\n',
    },
    {
      name: "crossFile: false leaves imported values unknown",
      filename: PAGE,
      settings: { "next-logout": { crossFile: false } },
      code: 'import Link from "next/link";\nimport { ROUTES } from "@/lib/routes";\nexport default () => <Link href={ROUTES.auth.logout}>Log out</Link>;\n',
    },
  ],
  invalid: [
    {
      name: "an imported const: fixed as the same-module const is",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { LOGOUT_PATH } from "@/lib/routes";\nexport default () => <Link href={LOGOUT_PATH}>Log out</Link>;\n',
      output: 'import { LOGOUT_PATH } from "@/lib/routes";\nexport default () => <a href={LOGOUT_PATH}>Log out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 22 }],
    },
    {
      name: "a member of an imported object, and a renamed re-export",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { ROUTES, SIGN_OUT_PATH } from "@/lib";\nexport default () => <><Link href={ROUTES.auth.logout}>A</Link><Link href={SIGN_OUT_PATH}>B</Link></>;\n',
      output: 'import { ROUTES, SIGN_OUT_PATH } from "@/lib";\nexport default () => <><a href={ROUTES.auth.logout}>A</a><a href={SIGN_OUT_PATH}>B</a></>;\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/api/auth/logout" }, column: 24 },
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, column: 64 },
      ],
    },
    {
      name: "a workspace package's createLogoutUrl(), whose every return is the logout path",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { createLogoutUrl } from "@acme/auth";\nexport default ({ redirectAfter }) => <Link href={createLogoutUrl({ redirectAfter })}>Log out</Link>;\n',
      output: 'import { createLogoutUrl } from "@acme/auth";\nexport default ({ redirectAfter }) => <a href={createLogoutUrl({ redirectAfter })}>Log out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/api/auth/logout" } }],
    },
    {
      name: "router.push(UrlService.logout()), a static arrow property of a class in another file",
      filename: PAGE,
      code: '"use client";\nimport { useRouter } from "next/navigation";\nimport { UrlService } from "@/lib/url-service";\nexport function Logout() {\n  const router = useRouter();\n  return <button onClick={() => router.push(UrlService.logout())}>Log out</button>;\n}\n',
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "router.push", url: "/api/auth/logout" },
          line: 6,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { callee: "router.push", url: "/api/auth/logout" },
              output:
                '"use client";\nimport { UrlService } from "@/lib/url-service";\nexport function Logout() {\n  return <button onClick={() => window.location.replace(UrlService.logout())}>Log out</button>;\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "a static method with a block body, and a static getter read as a property, of a class in another file",
      filename: PAGE,
      code: '"use client";\nimport Link from "next/link";\nimport { useRouter } from "next/navigation";\nimport { UrlService } from "@/lib/url-service";\nexport function Logout() {\n  const router = useRouter();\n  return <><button onClick={() => router.push(UrlService.signOut())}>A</button><Link href={UrlService.logoutPath}>B</Link></>;\n}\n',
      output: '"use client";\nimport { useRouter } from "next/navigation";\nimport { UrlService } from "@/lib/url-service";\nexport function Logout() {\n  const router = useRouter();\n  return <><button onClick={() => router.push(UrlService.signOut())}>A</button><a href={UrlService.logoutPath}>B</a></>;\n}\n',
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "router.push", url: "/logout" },
          line: 7,
          column: 35,
          endLine: 7,
          endColumn: 68,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: '"use client";\nimport Link from "next/link";\nimport { UrlService } from "@/lib/url-service";\nexport function Logout() {\n  return <><button onClick={() => window.location.replace(UrlService.signOut())}>A</button><Link href={UrlService.logoutPath}>B</Link></>;\n}\n',
            },
          ],
        },
        { messageId: "linkToLogout", data: { name: "Link", url: "/api/auth/logout" }, line: 7, column: 80, endLine: 7, endColumn: 115 },
      ],
    },
    {
      name: "a default-exported class imported under another name",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport AppPaths from "@/lib/paths";\nexport default () => <Link href={AppPaths.logout()}>Log out</Link>;\n',
      output: 'import AppPaths from "@/lib/paths";\nexport default () => <a href={AppPaths.logout()}>Log out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 3, column: 22, endLine: 3, endColumn: 53 }],
    },
    {
      name: "an object's getter and method in another file",
      filename: PAGE,
      code: '"use client";\nimport Link from "next/link";\nimport { useRouter } from "next/navigation";\nimport { urls } from "@/lib/urls";\nexport function Logout() {\n  const router = useRouter();\n  return <><Link href={urls.logout}>A</Link><button onClick={() => router.replace(urls.signOut())}>B</button></>;\n}\n',
      output: '"use client";\nimport { useRouter } from "next/navigation";\nimport { urls } from "@/lib/urls";\nexport function Logout() {\n  const router = useRouter();\n  return <><a href={urls.logout}>A</a><button onClick={() => router.replace(urls.signOut())}>B</button></>;\n}\n',
      errors: [
        { messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 7, column: 12, endLine: 7, endColumn: 37 },
        {
          messageId: "routerToLogout",
          data: { callee: "router.replace", url: "/api/auth/logout" },
          line: 7,
          column: 68,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: '"use client";\nimport Link from "next/link";\nimport { urls } from "@/lib/urls";\nexport function Logout() {\n  return <><Link href={urls.logout}>A</Link><button onClick={() => window.location.replace(urls.signOut())}>B</button></>;\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "next/link and a routes object taken with require(): reported without a fix (the fix knows imports only)",
      filename: PAGE,
      code: 'const Link = require("next/link").default;\nconst { ROUTES } = require("@/lib/routes");\nexport default () => <Link href={ROUTES.auth.logout}>Log out</Link>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: "", chain: "rendered by next/link" }, line: 3, column: 22, endLine: 3, endColumn: 54 }],
    },
    {
      name: "menu data taken with require() by a file that writes no logout path itself",
      filename: PAGE,
      code: 'import Link from "next/link";\nconst { accountMenu } = require("@/data/menu");\nexport default () => accountMenu.map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>);\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: "rendered by next/link" }, line: 3, column: 48 }],
    },
    {
      name: "a same-module helper function",
      filename: PAGE,
      code: 'import Link from "next/link";\nconst logoutHref = (next: string) => `/logout?next=${encodeURIComponent(next)}`;\nexport default () => <Link href={logoutHref("/")}>Out</Link>;\n',
      output: 'const logoutHref = (next: string) => `/logout?next=${encodeURIComponent(next)}`;\nexport default () => <a href={logoutHref("/")}>Out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout?next=…" } }],
    },
  ],
});

ruleTester.run("no-link-to-logout: names, the last resort", rule, {
  valid: [
    {
      name: "a name that is where to go after logout, not the logout URL",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { logoutRedirectUrl, postLogoutRedirectUri } from "@vendor/auth";\nexport default () => <><Link href={logoutRedirectUrl}>A</Link><Link href={postLogoutRedirectUri}>B</Link></>;\n',
    },
    {
      name: "a readable value wins over its name",
      filename: PAGE,
      code: 'import Link from "next/link";\nconst logoutUrl = "/login";\nexport default () => <Link href={logoutUrl}>Log in</Link>;\n',
    },
    {
      name: "a prop of a component only this file renders, whose caller passes an identity provider's URL from the environment",
      filename: PAGE,
      code: 'import Link from "next/link";\nfunction UserMenu({ logoutUrl }) {\n  return <Link href={logoutUrl}>Log out</Link>;\n}\nexport default () => <UserMenu logoutUrl={process.env.NEXT_PUBLIC_KEYCLOAK_LOGOUT_URL} />;\n',
    },
    {
      name: "a logout URL from an identity provider's SDK, awaited into a const (its value is read, and unknown)",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { getSignOutUrl } from "@vendor/auth";\nexport default async function Page() {\n  const signOutUrl = await getSignOutUrl();\n  return <Link href={signOutUrl}>Sign out</Link>;\n}\n',
    },
    {
      name: "a caller that doesn't pass the named prop",
      filename: PAGE,
      code: 'import Link from "next/link";\nfunction AccountLink({ logoutHref }) {\n  return <Link href={logoutHref ?? "/account"}>Account</Link>;\n}\nexport default () => <AccountLink className="x" />;\n',
    },
  ],
  invalid: [
    {
      name: "a helper from an installed package",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { getSignOutUrl } from "@vendor/auth";\nexport default () => <Link href={getSignOutUrl()}>Log out</Link>;\n',
      errors: [{ messageId: "namedLogoutLink", data: { name: "getSignOutUrl()", chain: "rendered by next/link" }, line: 3, column: 22 }],
    },
    {
      name: "a prop named logoutHref, and routes.logout from a package",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { routes } from "@vendor/config";\nexport function Menu({ logoutHref }) {\n  return <><Link href={logoutHref}>A</Link><Link href={routes.logout}>B</Link></>;\n}\n',
      errors: [
        { messageId: "namedLogoutLink", data: { name: "logoutHref", chain: "rendered by next/link" }, line: 4, column: 12 },
        { messageId: "namedLogoutLink", data: { name: "routes.logout", chain: "rendered by next/link" }, line: 4, column: 44 },
      ],
    },
    {
      name: "a prop of a component only this file renders: judged at the caller, by what it passes",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { getSignOutUrl } from "@vendor/auth";\nfunction UserMenu(props) {\n  return <Link href={props.logoutUrl}>Log out</Link>;\n}\nexport default () => <UserMenu logoutUrl={getSignOutUrl()} />;\n',
      errors: [{ messageId: "namedLogoutLink", data: { name: "getSignOutUrl()", chain: "rendered by `<UserMenu>` → next/link (line 4)" }, line: 6, column: 22 }],
    },
    {
      name: "the same prop of an exported component: other files may render it, so its name counts",
      filename: PAGE,
      code: 'import Link from "next/link";\nexport function UserMenu({ logoutUrl }) {\n  return <Link href={logoutUrl}>Log out</Link>;\n}\n',
      errors: [{ messageId: "namedLogoutLink", data: { name: "logoutUrl", chain: "rendered by next/link" }, line: 3, column: 10 }],
    },
    {
      name: "with crossFile: false an import is read by its name only",
      filename: PAGE,
      settings: { "next-logout": { crossFile: false } },
      code: 'import Link from "next/link";\nimport { LOGOUT_PATH } from "@/lib/routes";\nexport default () => <Link href={LOGOUT_PATH}>Log out</Link>;\n',
      errors: [{ messageId: "namedLogoutLink", data: { name: "LOGOUT_PATH", chain: "rendered by next/link" }, line: 3, column: 22 }],
    },
    {
      name: "a router navigation to LOGOUT_URL from a package",
      filename: PAGE,
      code: '"use client";\nimport { useRouter } from "next/navigation";\nimport { LOGOUT_URL } from "@vendor/config";\nexport function Logout() {\n  const router = useRouter();\n  return <button onClick={() => router.replace(LOGOUT_URL)}>Log out</button>;\n}\n',
      errors: [{ messageId: "namedLogoutRouter", data: { name: "LOGOUT_URL", callee: "router.replace" }, line: 6, column: 33 }],
    },
  ],
});

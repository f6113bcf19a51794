// no-link-to-logout on menu data iterated in other ways than `array.map`: an object's values and entries,
// `Array.from`, spreads, `.filter`, `.flat`/`.flatMap`/`.concat`, tuples, and `.find` whose result's key reaches a
// link. Only where the value flow is certain: a filter or find whose test can't be decided keeps (or finds) nothing
// it can't prove. Each case lints a page of the monorepo in ./cross-file-app.ts.
import { afterAll } from "vitest";
import rule from "../../rules/no-link-to-logout.ts";
import { ruleTester } from "../rule-tester.ts";
import { removeTrees } from "../src/helpers.ts";
import { at, PAGE } from "./cross-file-app.ts";

afterAll(removeTrees);

const DATA = "apps/web/src/data/account-routes.ts";
const routesEntry = at(DATA, '"/logout"');
const sectionsEntry = at(DATA, '"/api/auth/logout"');
const menuEntry = at("apps/web/src/data/menu.ts", '"/logout"');
const LINK = 'import Link from "next/link";\n';
const ROUTES = `${LINK}import { ACCOUNT_ROUTES } from "@/data/account-routes";\n`;
const SECTIONS = `${LINK}import { SECTIONS } from "@/data/account-routes";\n`;
const MENU = `${LINK}import { accountMenu } from "@/data/menu";\n`;

ruleTester.run("no-link-to-logout: menu data iterated other ways", rule, {
  valid: [
    {
      name: "an object's values filtered by a test that drops the logout entry",
      filename: PAGE,
      code: `${ROUTES}export default () => Object.values(ACCOUNT_ROUTES).filter((route) => route.href !== "/logout").map((route) => <Link key={route.href} href={route.href}>{route.label}</Link>);\n`,
    },
    {
      name: "an object's values, the logout entry rendered by <a>",
      filename: PAGE,
      code: `${ROUTES}export default () => Object.values(ACCOUNT_ROUTES).map((route) => (route.href === "/logout" ? <a key={route.href} href={route.href}>{route.label}</a> : <Link key={route.href} href={route.href}>{route.label}</Link>));\n`,
    },
    {
      name: "flattened sections whose external links are filtered out before the map",
      filename: PAGE,
      code: `${SECTIONS}export default () => SECTIONS.flatMap((section) => section.links).filter((link) => !link.external).map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>);\n`,
    },
    {
      name: "a find whose test finds another entry",
      filename: PAGE,
      code: `${MENU}const orders = accountMenu.find((item) => item.label === "Orders");\nexport default () => <Link href={orders.href}>Orders</Link>;\n`,
    },
    {
      name: "a find whose test is only known at run time",
      filename: PAGE,
      code: `${MENU}export default ({ pathname }) => <Link href={accountMenu.find((item) => item.href === pathname)?.href ?? "/"}>Here</Link>;\n`,
    },
    {
      name: "a slice of the sections, which may leave the logout entry out",
      filename: PAGE,
      code: `${SECTIONS}export default () => SECTIONS.slice(0, 1).flatMap((section) => section.links).map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>);\n`,
    },
  ],
  invalid: [
    {
      name: "Object.values of an imported routes object: reported at the link, naming the entry",
      filename: PAGE,
      code: `${ROUTES}export default () => Object.values(ACCOUNT_ROUTES).map((route) => <Link key={route.href} href={route.href}>{route.label}</Link>);\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${routesEntry})`, chain: "rendered by next/link" }, line: 3, column: 67, endLine: 3, endColumn: 108 }],
    },
    {
      name: "Object.entries of an imported routes object, each value given to a link wrapper",
      filename: PAGE,
      code: `import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nimport { ACCOUNT_ROUTES } from "@/data/account-routes";\nexport default () => Object.entries(ACCOUNT_ROUTES).map(([key, route]) => <SidebarMenuLink key={key} href={route.href}>{route.label}</SidebarMenuLink>);\n`,
      errors: [
        {
          messageId: "linkChainToLogout",
          data: {
            url: "/logout",
            from: ` (from ${routesEntry})`,
            chain: `rendered by \`<SidebarMenuLink>\` → next/link (${at("apps/web/src/components/sidebar-menu-link.tsx", "<Link href={href}>")})`,
          },
          line: 3,
          column: 75,
        },
      ],
    },
    {
      name: "an object of the same file, filtered by a flag the logout entry doesn't set: reported at its href",
      filename: PAGE,
      code: `${LINK}const routes = {\n  admin: { href: "/admin", label: "Admin", hidden: true },\n  logout: { href: "/logout", label: "Log out" },\n};\nexport default () => Object.values(routes).filter((route) => !route.hidden).map((route) => <Link key={route.href} href={route.href}>{route.label}</Link>);\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next/link (line 6)" }, line: 4, column: 13, endLine: 4, endColumn: 28 }],
    },
    {
      name: "Array.from with a map function, Array.from(…).map and a spread copy",
      filename: PAGE,
      code: `${MENU}export default () => (\n  <>\n    {Array.from(accountMenu, (item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}\n    {Array.from(accountMenu).map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}\n    {[...accountMenu].map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}\n  </>\n);\n`,
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: "rendered by next/link" }, line: 5, column: 40 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: "rendered by next/link" }, line: 6, column: 44 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: ` (from ${menuEntry})`, chain: "rendered by next/link" }, line: 7, column: 37 },
      ],
    },
    {
      name: "sections flattened with flatMap, then mapped, and each section's links mapped inside flatMap",
      filename: PAGE,
      code: `${SECTIONS}export default () => (\n  <>\n    {SECTIONS.flatMap((section) => section.links).map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>)}\n    {SECTIONS.flatMap((section) => section.links.map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>))}\n  </>\n);\n`,
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: ` (from ${sectionsEntry})`, chain: "rendered by next/link" }, line: 5, column: 65 },
        { messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: ` (from ${sectionsEntry})`, chain: "rendered by next/link" }, line: 6, column: 64 },
      ],
    },
    {
      name: "arrays joined with concat, and flat()",
      filename: PAGE,
      code: `${SECTIONS}const extra = [{ href: "/help", label: "Help" }];\nconst groups = [extra, SECTIONS[1].links];\nexport default () => <>{extra.concat(SECTIONS[0].links, groups.flat()).map((link) => <Link key={link.href} href={link.href}>{link.label}</Link>)}</>;\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: ` (from ${sectionsEntry})`, chain: "rendered by next/link" }, line: 5, column: 86 }],
    },
    {
      name: "tuples destructured in the callback: reported at the logout tuple",
      filename: PAGE,
      code: `${LINK}const LINKS = [\n  ["Orders", "/account/orders"],\n  ["Log out", "/logout"],\n];\nexport default () => LINKS.map(([label, href]) => <Link key={href} href={href}>{label}</Link>);\n`,
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next/link (line 6)" }, line: 4, column: 3, endLine: 4, endColumn: 25 }],
    },
    {
      name: "the entry a find surely finds, its href given to next/link: fixed as an href read from a module",
      filename: PAGE,
      code: `${MENU}const logout = accountMenu.find((item) => item.label === "Log out");\nexport default () => <Link href={logout.href}>Log out</Link>;\n`,
      output: 'import { accountMenu } from "@/data/menu";\nconst logout = accountMenu.find((item) => item.label === "Log out");\nexport default () => <a href={logout.href}>Log out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/logout" }, line: 4, column: 22, endLine: 4, endColumn: 47 }],
    },
    {
      name: "a find with a destructured test, read with ?. and given to a link wrapper",
      filename: PAGE,
      code: 'import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nimport { accountMenu } from "@/data/menu";\nexport default () => <SidebarMenuLink href={accountMenu.find(({ label }) => label === "Log out")?.href}>Log out</SidebarMenuLink>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by \`<SidebarMenuLink>\` → next/link (${at("apps/web/src/components/sidebar-menu-link.tsx", "<Link href={href}>")})` },
          line: 3,
          column: 22,
        },
      ],
    },
  ],
});

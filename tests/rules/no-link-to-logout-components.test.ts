// no-link-to-logout across files, part 1: link-like components (wrappers, polymorphic `as`/`component`, settings)
// and next-intl navigation. Each case lints a page of the monorepo in ./cross-file-app.ts.
import { afterAll } from "vitest";
import rule from "../../rules/no-link-to-logout.ts";
import { ruleTester } from "../rule-tester.ts";
import { removeTrees } from "../src/helpers.ts";
import { appFile, at, PAGE } from "./cross-file-app.ts";

afterAll(removeTrees);

const NAVIGATION = "apps/web/src/i18n/navigation.ts";
const sidebarLink = at("apps/web/src/components/sidebar-menu-link.tsx", "<Link href={href}>");

ruleTester.run("no-link-to-logout: link-like components", rule, {
  valid: [
    {
      name: "a wrapper that renders a plain <a>",
      filename: PAGE,
      code: 'import { PlainLink } from "@acme/ui";\nexport default () => <PlainLink href="/logout">Log out</PlainLink>;\n',
    },
    {
      name: "a polymorphic button without href",
      filename: PAGE,
      code: 'import { Button } from "@acme/ui";\nexport default ({ logout }) => <><Button>Log out</Button><Button onClick={logout} type="button">Log out</Button></>;\n',
    },
    {
      name: "a wrapper rendering <a> for the props it is given (`external`)",
      filename: PAGE,
      code: 'import { NavItem } from "@/components/nav-item";\nexport default () => <NavItem href="/logout" external>Log out</NavItem>;\n',
    },
    {
      name: "a logout page served by page.tsx only",
      filename: PAGE,
      code: 'import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nexport default () => <SidebarMenuLink href="/account/sign-out">Sign out</SidebarMenuLink>;\n',
    },
    {
      name: "an external logout URL",
      filename: PAGE,
      code: 'import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nimport { Link } from "@/i18n/navigation";\nexport default () => <><SidebarMenuLink href="https://idp.example.com/logout">Out</SidebarMenuLink><Link href="https://idp.example.com/logout">Out</Link></>;\n',
    },
    {
      name: "a POST form",
      filename: PAGE,
      code: 'export default () => <form action="/logout" method="post"><button type="submit">Log out</button></form>;\n',
    },
    {
      name: "a wrapper whose own link is fixed (it is reported in its own file, not at every use)",
      filename: PAGE,
      code: 'import { Footer } from "@/components/footer";\nexport default () => <Footer className="mt-8" />;\n',
    },
    {
      name: "the wrapper's own file: its href is a prop",
      filename: appFile("apps/web/src/components/sidebar-menu-link.tsx"),
      code: 'import Link from "next/link";\nexport function SidebarMenuLink({ href }) {\n  return <Link href={href}>x</Link>;\n}\n',
    },
    {
      name: "crossFile: false reads no other file",
      filename: PAGE,
      settings: { "next-logout": { crossFile: false } },
      code: 'import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nimport { Link } from "@/i18n/navigation";\nexport default () => <><SidebarMenuLink href="/logout">Out</SidebarMenuLink><Link href="/logout">Out</Link></>;\n',
    },
    {
      name: "imports that don't resolve, a re-export cycle and a module that doesn't parse",
      filename: PAGE,
      code: [
        'import { Thing } from "@/lib/cycle-a";',
        'import { Broken } from "@/lib/broken";',
        'import { Missing } from "@/nowhere";',
        'import { Widget } from "some-package";',
        'export default () => <><Thing href="/logout" /><Broken href="/logout" /><Missing href="/logout" /><Widget href="/logout" /></>;',
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "a wrapper in another file that renders next/link with its href",
      filename: PAGE,
      code: 'import { SidebarMenuLink } from "@/components/sidebar-menu-link";\nexport default () => <SidebarMenuLink href="/logout">Log out</SidebarMenuLink>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by \`<SidebarMenuLink>\` → next/link (${sidebarLink})` },
          line: 2,
          column: 22,
        },
      ],
    },
    {
      name: "a Button that renders <HeadlessButton as={href ? Link : undefined}>, from a workspace package",
      filename: PAGE,
      code: 'import { Button } from "@acme/ui";\nexport default () => <Button href="/api/auth/logout">Log out</Button>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/api/auth/logout", from: "", chain: `rendered by \`<Button>\` → next/link through \`as\` (${at("packages/ui/src/button.tsx", "<HeadlessButton")})` },
        },
      ],
    },
    {
      name: "a memo() wrapper that spreads its props onto next/link, re-exported with export *",
      filename: PAGE,
      code: 'import { NavLink } from "@acme/ui";\nexport default () => <NavLink href="/logout">Log out</NavLink>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: `rendered by \`<NavLink>\` → next/link (${at("packages/ui/src/nav-link.tsx", "<Link")})` } }],
    },
    {
      name: "a default-exported project Link with prefetch={false}: a click is still a soft navigation",
      filename: PAGE,
      code: 'import AppLink from "@/components/app-link";\nimport { LOGOUT_PATH } from "@/lib/routes";\nexport default () => <AppLink href={LOGOUT_PATH}>Log out</AppLink>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: `rendered by \`<AppLink>\` → next/link (${at("apps/web/src/components/app-link.tsx", "<NextLink")})` } }],
    },
    {
      name: "a wrapper that renders <a> only for external links",
      filename: PAGE,
      code: 'import { NavItem } from "@/components/nav-item";\nexport default () => <NavItem href="/logout">Log out</NavItem>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: `rendered by \`<NavItem>\` → next/link (${at("apps/web/src/components/nav-item.tsx", "<Link")})` } }],
    },
    {
      name: "MUI's component={Link}, with a suggestion for a plain anchor",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport ListItemButton from "@mui/material/ListItemButton";\nexport default () => <ListItemButton component={Link} href="/logout">Log out</ListItemButton>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: "rendered by next/link through `component`" },
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: "suggestAnchorAs",
              data: { attribute: "component" },
              output: 'import Link from "next/link";\nimport ListItemButton from "@mui/material/ListItemButton";\nexport default () => <ListItemButton component="a" href="/logout">Log out</ListItemButton>;\n',
            },
          ],
        },
      ],
    },
    {
      name: "wrappers in the same file: a function with a renamed prop, a forwardRef arrow, and a chosen component",
      filename: PAGE,
      code: [
        'import Link from "next/link";',
        'import { forwardRef } from "react";',
        "function MenuLink({ to, ...rest }) {",
        "  return <Link href={to} {...rest} />;",
        "}",
        "const RefLink = forwardRef((props, ref) => <Link ref={ref} {...props} />);",
        "function Action({ href, children }) {",
        '  const Component = href ? Link : "button";',
        "  return <Component href={href}>{children}</Component>;",
        "}",
        'export default () => <><MenuLink to="/logout">A</MenuLink><RefLink href="/logout">B</RefLink><Action href="/logout">C</Action></>;',
      ].join("\n"),
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by `<MenuLink>` → next/link (line 4)" }, line: 11, column: 24 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by `<RefLink>` → next/link (line 6)" }, line: 11, column: 59 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by `<Action>` → next/link (line 9)" }, line: 11, column: 94 },
      ],
    },
    {
      name: "linkComponents from the settings, in eslint-plugin-react's shape",
      filename: PAGE,
      settings: { "next-logout": { linkComponents: ["DsLink", { name: "Ds.Button", linkAttribute: ["to", "href"] }] } },
      code: 'import { DsLink, Ds } from "@vendor/design";\nexport default () => <><DsLink href="/logout">A</DsLink><Ds.Button to="/logout">B</Ds.Button></>;\n',
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by `<DsLink>` (a link component in settings)" }, column: 24 },
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by `<Ds.Button>` (a link component in settings)" }, column: 57 },
      ],
    },
  ],
});

ruleTester.run("no-link-to-logout: next-intl navigation", rule, {
  valid: [
    {
      name: "next-intl 2's Link to an ordinary page, and its usePathname",
      filename: PAGE,
      code: '"use client";\nimport Link from "next-intl/link";\nimport { usePathname } from "next-intl/client";\nexport default () => <Link href={usePathname() === "/" ? "/account" : "/"}>Home</Link>;\n',
    },
    {
      name: "next-intl's Link to an ordinary page",
      filename: PAGE,
      code: 'import { Link } from "@/i18n/navigation";\nexport default () => <Link href="/settings">Settings</Link>;\n',
    },
    {
      name: "next-intl's redirect, which next/navigation's counterpart isn't reported for either",
      filename: PAGE,
      code: 'import { redirect } from "@/i18n/navigation";\nexport default function Page() {\n  redirect({ href: "/logout", locale: "en" });\n}\n',
    },
    {
      name: "permanentRedirect and redirect: next-intl's (shared and localized pathnames) as next/navigation's",
      filename: PAGE,
      code: [
        'import { permanentRedirect as permanentIntlRedirect } from "@/i18n/navigation";',
        'import { redirect as localizedRedirect } from "@/i18n/localized-navigation";',
        'import { permanentRedirect, redirect } from "next/navigation";',
        "export default function Page({ locale, gone }) {",
        '  if (gone) permanentIntlRedirect({ href: { pathname: "/logout" }, locale });',
        '  if (!locale) localizedRedirect({ href: "/logout", locale: "de" });',
        '  if (locale === "x") permanentRedirect("/logout");',
        '  redirect("/api/auth/logout");',
        "}",
      ].join("\n"),
    },
    {
      name: "localized pathnames: a Link to another internal pathname",
      filename: PAGE,
      code: 'import { Link } from "@/i18n/localized-navigation";\nexport default () => <Link href="/account">Konto</Link>;\n',
    },
  ],
  invalid: [
    {
      name: "Link from the project's createNavigation() module",
      filename: PAGE,
      code: 'import { Link } from "@/i18n/navigation";\nexport default () => <Link href="/logout">Log out</Link>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: `rendered by next-intl's \`Link\` (${at(NAVIGATION, "createNavigation(routing)")})` }, line: 2, column: 22 }],
    },
    {
      name: "Link re-exported by another project module",
      filename: PAGE,
      code: 'import { Link as LocaleLink } from "@/i18n";\nexport default () => <LocaleLink href="/api/auth/logout">Log out</LocaleLink>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/api/auth/logout", from: "", chain: `rendered by next-intl's \`Link\` (${at(NAVIGATION, "createNavigation(routing)")})` } }],
    },
    {
      name: "Link from the older createSharedPathnamesNavigation()",
      filename: PAGE,
      code: 'import { LegacyLink } from "@/i18n/legacy-navigation";\nexport default () => <LegacyLink href="/logout">Log out</LegacyLink>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by next-intl's \`Link\` (${at("apps/web/src/i18n/legacy-navigation.ts", "createSharedPathnamesNavigation(")})` },
        },
      ],
    },
    {
      name: "next-intl's router: reported without a suggestion, since window.location would drop the locale",
      filename: PAGE,
      code: [
        '"use client";',
        'import { useRouter } from "@/i18n/navigation";',
        "export function LogoutButton() {",
        "  const router = useRouter();",
        '  return <button onClick={() => router.push("/logout")}>Log out</button>;',
        "}",
      ].join("\n"),
      errors: [{ messageId: "intlRouterToLogout", data: { callee: "router.push", url: "/logout" }, line: 5, column: 33, suggestions: [] }],
    },
    {
      name: "the documented example: next-intl's Link and router, and a workspace package's URL helper",
      filename: PAGE,
      code: [
        '"use client";',
        'import { createLogoutUrl } from "@acme/auth";',
        'import { Link, useRouter } from "@/i18n/navigation";',
        "export function AccountActions() {",
        "  const router = useRouter();",
        "  return (",
        "    <>",
        '      <Link href="/logout">Log out</Link>',
        "      <button onClick={() => router.push(createLogoutUrl())}>Log out everywhere</button>",
        "    </>",
        "  );",
        "}",
      ].join("\n"),
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: `rendered by next-intl's \`Link\` (${at(NAVIGATION, "createNavigation(routing)")})` }, line: 8 },
        { messageId: "intlRouterToLogout", data: { callee: "router.push", url: "/api/auth/logout" }, line: 9 },
      ],
    },
    {
      name: "next-intl 2's Link (`next-intl/link`) and router (`next-intl/client`), in the file itself",
      filename: PAGE,
      code: [
        '"use client";',
        'import Link from "next-intl/link";',
        'import { useRouter } from "next-intl/client";',
        "export function AccountMenu() {",
        "  const router = useRouter();",
        '  return <><Link href="/logout">Log out</Link><button onClick={() => router.push("/logout")}>Log out</button></>;',
        "}",
      ].join("\n"),
      errors: [
        { messageId: "linkChainToLogout", data: { url: "/logout", from: "", chain: "rendered by next-intl's `Link`" }, line: 6, column: 12 },
        { messageId: "intlRouterToLogout", data: { callee: "router.push", url: "/logout" }, line: 6, column: 70, suggestions: [] },
      ],
    },
    {
      name: "a wrapper of next-intl 2's Link in another file",
      filename: PAGE,
      code: 'import { LocaleLink } from "@/components/locale-link";\nexport default () => <LocaleLink to="/logout">Log out</LocaleLink>;\n',
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by \`<LocaleLink>\` → next-intl's \`Link\` (${at("apps/web/src/components/locale-link.tsx", "<Link href={to}")})` },
          line: 2,
          column: 22,
        },
      ],
    },
    {
      name: "a prefetch through next-intl's router can still be removed",
      filename: PAGE,
      code: '"use client";\nimport { useLegacyRouter } from "@/i18n/legacy-navigation";\nexport function usePrefetch() {\n  const router = useLegacyRouter();\n  router.prefetch("/logout");\n}\n',
      errors: [
        {
          messageId: "prefetchOfLogout",
          data: { callee: "router.prefetch", url: "/logout" },
          line: 5,
          suggestions: [
            {
              messageId: "suggestRemovePrefetch",
              data: { callee: "router.prefetch", url: "/logout" },
              output: '"use client";\nexport function usePrefetch() {\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: "next-intl's Link with a URL object",
      filename: PAGE,
      code: 'import { Link } from "@/i18n/navigation";\nexport default ({ next }) => <Link href={{ pathname: "/logout", query: { next } }}>Log out</Link>;\n',
      errors: [{ messageId: "linkChainToLogout", data: { url: "/logout?…", from: "", chain: `rendered by next-intl's \`Link\` (${at(NAVIGATION, "createNavigation(routing)")})` }, line: 2, column: 30 }],
    },
    {
      name: "getPathname() of a URL object with a query, given to next/link: fixed like any string href",
      filename: PAGE,
      code: 'import Link from "next/link";\nimport { getPathname } from "@/i18n/navigation";\nexport default ({ locale, next }) => <Link href={getPathname({ href: { pathname: "/logout", query: { next } }, locale })}>Log out</Link>;\n',
      output: 'import { getPathname } from "@/i18n/navigation";\nexport default ({ locale, next }) => <a href={getPathname({ href: { pathname: "/logout", query: { next } }, locale })}>Log out</a>;\n',
      errors: [{ messageId: "linkToLogout", data: { name: "Link", url: "/…/logout?…" }, line: 3, column: 38 }],
    },
    {
      name: "localized pathnames ('/logout' is '/abmelden' in German): judged by the internal pathname, which the route serves",
      filename: PAGE,
      code: [
        '"use client";',
        'import NextLink from "next/link";',
        'import { getPathname, Link, useRouter } from "@/i18n/localized-navigation";',
        "export function LogoutLinks({ locale }) {",
        "  const router = useRouter();",
        "  return (",
        "    <>",
        '      <Link href="/logout">Abmelden</Link>',
        '      <NextLink href={getPathname({ href: "/logout", locale })}>Abmelden</NextLink>',
        '      <button onClick={() => router.replace({ pathname: "/logout" })}>Abmelden</button>',
        "    </>",
        "  );",
        "}",
      ].join("\n"),
      output: [
        '"use client";',
        'import { getPathname, Link, useRouter } from "@/i18n/localized-navigation";',
        "export function LogoutLinks({ locale }) {",
        "  const router = useRouter();",
        "  return (",
        "    <>",
        '      <Link href="/logout">Abmelden</Link>',
        '      <a href={getPathname({ href: "/logout", locale })}>Abmelden</a>',
        '      <button onClick={() => router.replace({ pathname: "/logout" })}>Abmelden</button>',
        "    </>",
        "  );",
        "}",
      ].join("\n"),
      errors: [
        {
          messageId: "linkChainToLogout",
          data: { url: "/logout", from: "", chain: `rendered by next-intl's \`Link\` (${at("apps/web/src/i18n/localized-navigation.ts", "createLocalizedPathnamesNavigation(")})` },
          line: 8,
          column: 7,
        },
        { messageId: "linkToLogout", data: { name: "NextLink", url: "/…/logout" }, line: 9, column: 7 },
        { messageId: "intlRouterToLogout", data: { callee: "router.replace", url: "/logout" }, line: 10, column: 30, suggestions: [] },
      ],
    },
    {
      name: "getPathname() of a logout path, pushed to the App Router",
      filename: PAGE,
      code: [
        '"use client";',
        'import { useRouter } from "next/navigation";',
        'import { getPathname } from "@/i18n/navigation";',
        "export function LogoutButton({ locale }) {",
        "  const router = useRouter();",
        '  return <button onClick={() => router.push(getPathname({ href: "/logout", locale }))}>Log out</button>;',
        "}",
      ].join("\n"),
      errors: [
        {
          messageId: "routerToLogout",
          data: { callee: "router.push", url: "/…/logout" },
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              data: { callee: "router.push", url: "/…/logout" },
              output: [
                '"use client";',
                'import { getPathname } from "@/i18n/navigation";',
                "export function LogoutButton({ locale }) {",
                '  return <button onClick={() => window.location.replace(getPathname({ href: "/logout", locale }))}>Log out</button>;',
                "}",
              ].join("\n"),
            },
          ],
        },
      ],
    },
  ],
});

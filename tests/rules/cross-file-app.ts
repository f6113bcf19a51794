// A monorepo on disk for the cross-file cases of no-link-to-logout: an app with wrappers, menu data, URL helpers
// and next-intl navigation, and two workspace packages (a design system and an auth helper package). Written fresh
// under the OS temp dir per test file; no node_modules anywhere.
import { readFileSync } from "node:fs";
import path from "node:path";
import { makeTree } from "../src/helpers.ts";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const lines = (...text: string[]) => `${text.join("\n")}\n`;

export const APP_FILES: Readonly<Record<string, string>> = {
  "package.json": json({ name: "acme", private: true, workspaces: ["apps/*", "packages/*"] }),

  // A design system, published under its name and read from its TypeScript sources (`main` points there).
  "packages/ui/package.json": json({ name: "@acme/ui", main: "./src/index.tsx" }),
  "packages/ui/src/index.tsx": lines('export { Button } from "./button";', 'export * from "./nav-link";', 'export { PlainLink } from "./plain-link";'),
  "packages/ui/src/button.tsx": lines(
    'import { Button as HeadlessButton } from "@headlessui/react";',
    'import Link from "next/link";',
    'import { forwardRef } from "react";',
    "",
    "export const Button = forwardRef<HTMLButtonElement, { href?: string }>(function Button({ href, ...props }, ref) {",
    "  return <HeadlessButton ref={ref} as={href ? Link : undefined} href={href} {...props} />;",
    "});",
  ),
  "packages/ui/src/nav-link.tsx": lines(
    'import Link, { type LinkProps } from "next/link";',
    'import { memo } from "react";',
    "",
    "export const NavLink = memo(function NavLink(props: LinkProps & { className?: string }) {",
    '  return <Link {...props} className={["nav", props.className].join(" ")} />;',
    "});",
  ),
  "packages/ui/src/plain-link.tsx": lines("export function PlainLink({ href, children }: { href: string; children: React.ReactNode }) {", '  return <a className="link" href={href}>{children}</a>;', "}"),

  // Auth helpers in a workspace package whose `exports` lead to its sources through the `source` condition.
  "packages/auth/package.json": json({
    name: "@acme/auth",
    exports: { ".": { types: "./dist/index.d.ts", source: "./src/index.ts", default: "./dist/index.js" } },
  }),
  "packages/auth/src/index.ts": lines('export * from "./urls";'),
  "packages/auth/src/urls.ts": lines(
    "export function createLogoutUrl(options?: { redirectAfter?: string }) {",
    '  if (!options?.redirectAfter) return "/api/auth/logout";',
    "  const params = new URLSearchParams({ returnTo: options.redirectAfter });",
    "  return `/api/auth/logout?${params}`;",
    "}",
    "",
    'export const createLoginUrl = () => "/login";',
  ),

  "apps/web/package.json": json({ name: "web", dependencies: { next: "16.0.0", "next-intl": "^4.0.0", "@acme/ui": "*", "@acme/auth": "*" } }),
  "apps/web/tsconfig.base.json": json({ compilerOptions: { strict: true, jsx: "preserve" } }),
  "apps/web/tsconfig.json": json({ extends: "./tsconfig.base.json", compilerOptions: { paths: { "@/*": ["./src/*"] } } }),
  "apps/web/src/app/api/auth/logout/route.ts": lines("export function GET() {", '  return new Response(null, { status: 303, headers: { Location: "/" } });', "}"),
  "apps/web/src/app/logout/route.ts": lines("export function GET() {", '  return new Response(null, { status: 303, headers: { Location: "/" } });', "}"),
  "apps/web/src/app/account/sign-out/page.tsx": lines("export default function SignOutPage() {", "  return <p>Signing out…</p>;", "}"),

  "apps/web/src/components/sidebar-menu-link.tsx": lines(
    'import Link from "next/link";',
    "",
    "export function SidebarMenuLink({ href, children }: { href: string; children: React.ReactNode }) {",
    "  return (",
    '    <li className="sidebar-item">',
    "      <Link href={href}>{children}</Link>",
    "    </li>",
    "  );",
    "}",
  ),
  "apps/web/src/components/sidebar-menu.tsx": lines(
    'import { SidebarMenuLink } from "./sidebar-menu-link";',
    "",
    "type MenuLink = { href: string; label: string };",
    "",
    "export function SidebarMenu({ links }: { links: MenuLink[] }) {",
    "  return (",
    "    <ul>",
    "      {links.map((link) => (",
    "        <SidebarMenuLink key={link.href} href={link.href}>",
    "          {link.label}",
    "        </SidebarMenuLink>",
    "      ))}",
    "    </ul>",
    "  );",
    "}",
  ),
  "apps/web/src/components/reload-menu-link.tsx": lines(
    'import Link from "next/link";',
    "",
    "export function ReloadMenuLink({ href, reload, children }: { href: string; reload?: boolean; children: React.ReactNode }) {",
    "  if (reload) return <a href={href}>{children}</a>;",
    "  return <Link href={href}>{children}</Link>;",
    "}",
  ),
  "apps/web/src/components/reload-menu.tsx": lines(
    'import { ReloadMenuLink } from "./reload-menu-link";',
    "",
    "export function ReloadMenu({ links }: { links: { href: string; label: string; reload?: boolean }[] }) {",
    "  return <ul>{links.map((link) => <ReloadMenuLink key={link.href} href={link.href} reload={link.reload}>{link.label}</ReloadMenuLink>)}</ul>;",
    "}",
  ),
  "apps/web/src/components/plain-menu.tsx": lines(
    "export function PlainMenu({ links }: { links: { href: string; label: string }[] }) {",
    "  return <ul>{links.map((link) => <li key={link.href}><a href={link.href}>{link.label}</a></li>)}</ul>;",
    "}",
  ),
  "apps/web/src/components/nav-item.tsx": lines(
    'import Link from "next/link";',
    "",
    "export function NavItem({ href, external, children }: { href: string; external?: boolean; children: React.ReactNode }) {",
    "  if (external) return <a href={href}>{children}</a>;",
    "  return <Link href={href}>{children}</Link>;",
    "}",
  ),
  "apps/web/src/components/app-link.tsx": lines(
    'import NextLink from "next/link";',
    "",
    "export default function AppLink({ href, ...rest }: React.ComponentProps<typeof NextLink>) {",
    '  return <NextLink href={href} prefetch={false} {...rest} />;',
    "}",
  ),
  "apps/web/src/components/footer.tsx": lines(
    'import Link from "next/link";',
    "",
    "export function Footer({ className }: { className?: string }) {",
    '  return <footer className={className}><Link href="/logout">Log out</Link></footer>;',
    "}",
  ),

  "apps/web/src/components/locale-link.tsx": lines(
    'import Link from "next-intl/link";',
    "",
    "export function LocaleLink({ to, children }: { to: string; children: React.ReactNode }) {",
    '  return <Link href={to} className="locale-link">{children}</Link>;',
    "}",
  ),

  "apps/web/src/i18n/routing.ts": lines('export const routing = { locales: ["en", "de"], defaultLocale: "en" };'),
  "apps/web/src/i18n/navigation.ts": lines(
    'import { createNavigation } from "next-intl/navigation";',
    'import { routing } from "./routing";',
    "",
    "export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);",
  ),
  "apps/web/src/i18n/index.ts": lines('export * from "./navigation";'),
  "apps/web/src/i18n/localized-navigation.ts": lines(
    'import { createLocalizedPathnamesNavigation } from "next-intl/navigation";',
    "",
    "export const pathnames = {",
    '  "/": "/",',
    '  "/account": { en: "/account", de: "/konto" },',
    '  "/logout": { en: "/logout", de: "/abmelden" },',
    "};",
    "",
    'export const { Link, useRouter, getPathname, redirect } = createLocalizedPathnamesNavigation({ locales: ["en", "de"], pathnames });',
  ),
  "apps/web/src/i18n/legacy-navigation.ts": lines(
    'import { createSharedPathnamesNavigation } from "next-intl/navigation";',
    "",
    'export const { Link: LegacyLink, useRouter: useLegacyRouter } = createSharedPathnamesNavigation({ locales: ["en", "de"] });',
  ),

  "apps/web/src/data/menu.ts": lines(
    "export const accountMenu = [",
    '  { href: "/account/orders", label: "Orders" },',
    '  { href: "/logout", label: "Log out" },',
    "];",
  ),
  "apps/web/src/data/account-routes.ts": lines(
    "export const ACCOUNT_ROUTES = {",
    '  orders: { href: "/account/orders", label: "Orders" },',
    '  logout: { href: "/logout", label: "Log out" },',
    "};",
    "",
    "export const SECTIONS = [",
    '  { title: "Shop", links: [{ href: "/orders", label: "Orders" }] },',
    '  { title: "Account", links: [{ href: "/settings", label: "Settings" }, { href: "/api/auth/logout", label: "Log out", external: true }] },',
    "];",
  ),
  "apps/web/src/lib/routes.ts": lines(
    'export const LOGOUT_PATH = "/logout";',
    "",
    'export const ROUTES = { auth: { login: "/login", logout: "/api/auth/logout" } } as const;',
    "",
    "export class Routes {",
    '  static home = () => "/";',
    "  static logout() {",
    '    return "/logout";',
    "  }",
    "}",
  ),
  "apps/web/src/lib/url-service.ts": lines(
    "export class UrlService {",
    '  static logout = () => "/api/auth/logout";',
    '  static login = () => "/login";',
    "  static signOut() {",
    '    return "/logout";',
    "  }",
    "  static get logoutPath() {",
    '    return "/api/auth/logout";',
    "  }",
    "  static get loginPath() {",
    '    return "/login";',
    "  }",
    "}",
  ),
  "apps/web/src/lib/paths.ts": lines("export default class Paths {", "  static logout() {", '    return "/logout";', "  }", "}"),
  "apps/web/src/lib/urls.ts": lines(
    "export const urls = {",
    "  get logout() {",
    '    return "/logout";',
    "  },",
    "  signOut() {",
    '    return "/api/auth/logout";',
    "  },",
    "  get current() {",
    '    if (typeof window === "undefined") return "/logout";',
    '    return "/account";',
    "  },",
    "};",
  ),
  "apps/web/src/lib/index.ts": lines('export * from "./routes";', 'export { LOGOUT_PATH as SIGN_OUT_PATH } from "./routes";'),
  "apps/web/src/lib/cycle-a.ts": lines('export * from "./cycle-b";', 'export { Thing } from "./cycle-a";'),
  "apps/web/src/lib/cycle-b.ts": lines('export * from "./cycle-a";'),
  "apps/web/src/lib/broken.tsx": lines("export const Broken = (props) => <a {...props>;"),
};

export const APP_ROOT = makeTree(APP_FILES);

/** A file of the app, absolute: `appFile("apps/web/src/app/page.tsx")`. */
export function appFile(relative: string): string {
  return path.join(APP_ROOT, relative);
}

/** `apps/web/src/components/sidebar-menu-link.tsx:6`: where a fixture file first contains `text`, as messages show it. */
export function at(relative: string, text: string): string {
  const index = readFileSync(appFile(relative), "utf8").split("\n").findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${relative} has no ${JSON.stringify(text)}`);
  return `${relative}:${index + 1}`;
}

/** The file most cases lint: a page of the app. */
export const PAGE = appFile("apps/web/src/app/(account)/page.tsx");

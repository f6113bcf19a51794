// A generated monorepo for the cross-file benchmark: an App Router app (apps/web) that renders a design system
// (packages/ui, a workspace package read from its TypeScript sources), URL helpers (packages/auth), menu data,
// next-intl navigation (createNavigation in src/i18n) and link wrappers, the way real apps write links. About half
// of the app is the ordinary code of bench/corpus.mjs; the rest uses the shared modules. About 1% of the files
// carry a logout link that only cross-file analysis finds, each exactly one, so the findings can be checked.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SEED, generateCorpus, mulberry32 } from "./corpus.mjs";

export const CROSS_FILE_DEFECT_KINDS = ["wrapper-href", "menu-data", "imported-menu", "intl-link", "workspace-helper", "router-helper", "button-href"];

const AREAS = ["dashboard", "settings", "projects", "billing", "team", "reports", "inbox", "catalog", "orders", "admin", "docs", "analytics", "support", "integrations", "profile", "account"];
const FEATURES = ["overview", "members", "invoices", "usage", "keys", "webhooks", "activity", "audit", "exports", "plans", "history", "alerts", "notes", "tasks", "files", "roles"];
const UI_COMPONENTS = ["card", "badge", "avatar", "input", "textarea", "select", "dialog", "tooltip", "tabs", "table", "skeleton", "separator", "alert", "progress", "switch", "checkbox", "label", "sheet", "popover", "dropdown", "breadcrumb", "pagination", "toast", "accordion", "calendar", "command", "hover-card", "menubar", "radio-group", "slider"];
const TAILWIND = ["flex items-center gap-2", "grid grid-cols-2 gap-4", "rounded-lg border p-4", "text-sm text-muted-foreground", "space-y-4", "mx-auto max-w-5xl px-6", "font-semibold tracking-tight"];

const cap = (word) => word[0].toUpperCase() + word.slice(1);
const pascal = (name) => name.split("-").map(cap).join("");
const lines = (...text) => `${text.flat().join("\n")}\n`;

/** Writes about `files` source files under `dir` (a monorepo); returns a summary like generateCorpus's. */
export function generateMonorepoCorpus({ dir, files, seed = DEFAULT_SEED }) {
  const rng = mulberry32(seed ^ 0x6d0e0);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const written = { files: 0, lines: 0, bytes: 0, counts: {} };
  const write = (file, source, kind) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, source);
    written.files++;
    written.lines += source.split("\n").length - 1;
    written.bytes += source.length;
    written.counts[kind] = (written.counts[kind] ?? 0) + 1;
  };

  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "bench-monorepo", private: true, workspaces: ["apps/*", "packages/*"] }, null, 2)}\n`);
  writeDesignSystem(write);
  writeAuthPackage(write);
  writeSharedAppModules(write, pick);

  // The app's ordinary code, with the ordinary defects of bench/corpus.mjs (their package.json and tsconfig too).
  const base = generateCorpus({ dir: path.join(dir, "apps/web"), files: Math.round(files * 0.5), seed });
  const defects = base.defects.map((defect) => ({ ...defect, file: path.join("apps/web", defect.file) }));

  // The rest renders the shared modules: 1% of all files with one cross-file logout link each.
  const consumers = Math.max(0, files - base.files - written.files);
  const defectCount = Math.max(files >= 400 ? CROSS_FILE_DEFECT_KINDS.length : 0, Math.round(files / 100));
  const defectAt = new Map();
  for (let index = 0; index < defectCount && consumers > 0; index++) defectAt.set(Math.floor(((index + 0.5) * consumers) / defectCount), CROSS_FILE_DEFECT_KINDS[index % CROSS_FILE_DEFECT_KINDS.length]);
  const generators = makeConsumers(pick, int);
  const kinds = ["uiPage", "menuLayout", "clientNav", "uiForm"];
  for (let index = 0; index < consumers; index++) {
    const defect = defectAt.get(index) ?? null;
    const kind = defect ? "defect" : kinds[index % kinds.length];
    const { file, source } = defect ? generators.defect(defect, index) : generators[kind](index);
    write(`apps/web/${file}`, source, kind);
    if (defect) defects.push({ kind: defect, file: `apps/web/${file}` });
  }
  for (const [kind, count] of Object.entries(base.counts)) written.counts[kind] = (written.counts[kind] ?? 0) + count;
  return { dir, seed, files: written.files + base.files, lines: written.lines + base.lines, bytes: written.bytes + base.bytes, counts: written.counts, defects };
}

function writeDesignSystem(write) {
  write("packages/ui/package.json", `${JSON.stringify({ name: "@acme/ui", exports: { ".": { types: "./dist/index.d.ts", source: "./src/index.ts", default: "./dist/index.js" } } }, null, 2)}\n`, "config");
  write("packages/ui/src/utils.ts", lines("export function cn(...classes: (string | false | null | undefined)[]): string {", '  return classes.filter(Boolean).join(" ");', "}"), "ui");
  write(
    "packages/ui/src/button.tsx",
    lines(
      '"use client";',
      'import { Button as HeadlessButton } from "@headlessui/react";',
      'import Link from "next/link";',
      'import { forwardRef } from "react";',
      'import { cn } from "./utils";',
      "",
      'type ButtonProps = { href?: string; variant?: "default" | "ghost" | "outline"; className?: string; children?: React.ReactNode };',
      "",
      "export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ href, variant = \"default\", className, ...props }, ref) {",
      '  return <HeadlessButton ref={ref} as={href ? Link : undefined} href={href} className={cn("btn", `btn-${variant}`, className)} {...props} />;',
      "});",
    ),
    "ui",
  );
  write(
    "packages/ui/src/nav-link.tsx",
    lines(
      'import Link, { type LinkProps } from "next/link";',
      'import { memo } from "react";',
      'import { cn } from "./utils";',
      "",
      "export const NavLink = memo(function NavLink({ className, ...props }: LinkProps & { className?: string; children?: React.ReactNode }) {",
      '  return <Link {...props} className={cn("nav-link", className)} />;',
      "});",
    ),
    "ui",
  );
  write(
    "packages/ui/src/sidebar-menu-link.tsx",
    lines('import Link from "next/link";', "", "export function SidebarMenuLink({ href, children }: { href: string; children: React.ReactNode }) {", '  return <li className="sidebar-item"><Link href={href}>{children}</Link></li>;', "}"),
    "ui",
  );
  write(
    "packages/ui/src/sidebar-menu.tsx",
    lines(
      'import { SidebarMenuLink } from "./sidebar-menu-link";',
      "",
      "export type MenuLink = { href: string; label: string };",
      "",
      "export function SidebarMenu({ links, title }: { links: MenuLink[]; title?: string }) {",
      "  return (",
      '    <nav aria-label={title}>',
      "      <ul>{links.map((link) => <SidebarMenuLink key={link.href} href={link.href}>{link.label}</SidebarMenuLink>)}</ul>",
      "    </nav>",
      "  );",
      "}",
    ),
    "ui",
  );
  for (const name of UI_COMPONENTS) {
    const Name = pascal(name);
    write(
      `packages/ui/src/${name}.tsx`,
      lines(
        'import { cn } from "./utils";',
        "",
        `export type ${Name}Props = React.HTMLAttributes<HTMLDivElement> & { title?: string; description?: string; value?: string };`,
        "",
        `export function ${Name}({ className, title, description, value, children, ...props }: ${Name}Props) {`,
        "  return (",
        `    <div className={cn("${name}", className)} data-value={value} {...props}>`,
        "      {title ? <h3 className=\"font-semibold\">{title}</h3> : null}",
        "      {description ? <p className=\"text-sm\">{description}</p> : null}",
        "      {children}",
        "    </div>",
        "  );",
        "}",
        "",
        `export function ${Name}Group({ items }: { items: ${Name}Props[] }) {`,
        `  return <div className="${name}-group">{items.map((item, index) => <${Name} key={index} {...item} />)}</div>;`,
        "}",
      ),
      "ui",
    );
  }
  const modules = ["button", "nav-link", "sidebar-menu", "sidebar-menu-link", ...UI_COMPONENTS, "utils"];
  write("packages/ui/src/index.ts", lines(modules.map((name) => `export * from "./${name}";`)), "ui");
}

function writeAuthPackage(write) {
  write("packages/auth/package.json", `${JSON.stringify({ name: "@acme/auth", main: "./src/index.ts" }, null, 2)}\n`, "config");
  write(
    "packages/auth/src/urls.ts",
    lines(
      "export function createLogoutUrl(options?: { redirectAfter?: string }) {",
      '  if (!options?.redirectAfter) return "/api/auth/logout";',
      "  const params = new URLSearchParams({ returnTo: options.redirectAfter });",
      "  return `/api/auth/logout?${params}`;",
      "}",
      "",
      "export function createLoginUrl(returnTo?: string) {",
      '  return returnTo ? `/login?returnTo=${encodeURIComponent(returnTo)}` : "/login";',
      "}",
    ),
    "auth",
  );
  write("packages/auth/src/session.ts", lines("export type Session = { userId: string; expiresAt: number };", "", "export function isExpired(session: Session, now = Date.now()): boolean {", "  return session.expiresAt <= now;", "}"), "auth");
  write("packages/auth/src/index.ts", lines('export * from "./urls";', 'export * from "./session";'), "auth");
}

function writeSharedAppModules(write, pick) {
  write("apps/web/i18n/routing.ts", lines('export const routing = { locales: ["en", "de", "fr"], defaultLocale: "en" } as const;'), "i18n");
  write(
    "apps/web/i18n/navigation.ts",
    lines('import { createNavigation } from "next-intl/navigation";', 'import { routing } from "./routing";', "", "export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);"),
    "i18n",
  );
  write(
    "apps/web/lib/urls/routes.ts",
    lines(
      `export const ROUTES = { ${AREAS.map((area) => `${area}: "/${area}"`).join(", ")} } as const;`,
      "",
      "export class UrlService {",
      '  static home = () => "/";',
      '  static login = () => "/login";',
      '  static logout = () => "/api/auth/logout";',
      "  static area(area: string) {",
      "    return `/${area}`;",
      "  }",
      "}",
    ),
    "lib",
  );
  for (const area of AREAS) {
    const entries = FEATURES.slice(0, 6).map((feature) => `  { href: "/${area}/${feature}", label: "${cap(feature)}" },`);
    write(`apps/web/data/menus/${area}.ts`, lines(`export const ${area}Menu = [`, entries, "];"), "menu");
  }
  write("apps/web/data/menus/user.ts", lines("export const userMenu = [", '  { href: "/account/profile", label: "Profile" },', '  { href: "/account/security", label: "Security" },', '  { href: "/logout", label: "Log out" },', "];"), "menu");
  write(
    "apps/web/components/shell/app-link.tsx",
    lines('import NextLink from "next/link";', "", "export default function AppLink({ href, ...rest }: React.ComponentProps<typeof NextLink>) {", "  return <NextLink href={href} {...rest} />;", "}"),
    "shell",
  );
  write("apps/web/components/shell/page-header.tsx", lines("export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {", `  return <header className="${pick(TAILWIND)}"><h1>{title}</h1>{children}</header>;`, "}"), "shell");
}

function makeConsumers(pick, int) {
  const uniq = (index) => index.toString(36);
  const ui = () => pascal(pick(UI_COMPONENTS));
  const route = () => `/${pick(AREAS)}/${pick(FEATURES)}`;
  const filler = (index) =>
    Array.from({ length: int(1, 3) }, (_, block) => [
      `function summarize${uniq(index)}${block}(rows: { id: string; total: number }[]) {`,
      "  const totals = rows.map((row) => row.total).filter((total) => total > 0);",
      "  const sum = totals.reduce((a, b) => a + b, 0);",
      "  return { count: totals.length, sum, average: totals.length ? sum / totals.length : 0 };",
      "}",
      "",
    ]).flat();

  function uiPage(index, logout = []) {
    const area = pick(AREAS);
    const components = [...new Set(Array.from({ length: int(3, 6) }, ui))];
    const body = components.map((name) => `      <${name} title="${cap(pick(FEATURES))}" description="${pick(TAILWIND)}" className="${pick(TAILWIND)}" />`);
    return {
      file: `app/[locale]/${area}/${pick(FEATURES)}-${uniq(index)}/page.tsx`,
      source: lines(
        `import { Button, NavLink, ${components.join(", ")} } from "@acme/ui";`,
        'import { Link } from "@/i18n/navigation";',
        'import { PageHeader } from "@/components/shell/page-header";',
        'import { ROUTES } from "@/lib/urls/routes";',
        "",
        `export default async function Page({ params }: { params: Promise<{ locale: string }> }) {`,
        "  const { locale } = await params;",
        "  return (",
        `    <main className="${pick(TAILWIND)}" lang={locale}>`,
        `      <PageHeader title="${cap(area)}">`,
        `        <Button href="${route()}" variant="outline">Open</Button>`,
        `        <NavLink href={ROUTES.${area}} className="${pick(TAILWIND)}">${cap(area)}</NavLink>`,
        "      </PageHeader>",
        body,
        `      <Link href="${route()}" className="${pick(TAILWIND)}">Details</Link>`,
        `      <Button variant="ghost" type="button">Refresh</Button>`,
        logout,
        "    </main>",
        "  );",
        "}",
        "",
        filler(index),
      ),
    };
  }

  function menuLayout(index, logout = null) {
    const area = pick(AREAS);
    const menu = logout ?? (index % 2 ? `${area}Menu` : `[\n        { href: "${route()}", label: "One" },\n        { href: "${route()}", label: "Two" },\n      ]`);
    return {
      file: `app/[locale]/${area}/(shell-${uniq(index)})/layout.tsx`,
      source: lines(
        'import { SidebarMenu } from "@acme/ui";',
        `import { ${area}Menu } from "@/data/menus/${area}";`,
        ...(logout?.includes("userMenu") ? ['import { userMenu } from "@/data/menus/user";'] : []),
        "",
        "export default function Layout({ children }: { children: React.ReactNode }) {",
        "  return (",
        `    <div className="${pick(TAILWIND)}">`,
        `      <SidebarMenu title="${cap(area)}" links={${menu}} />`,
        `      <section className="${pick(TAILWIND)}">{children}</section>`,
        "    </div>",
        "  );",
        "}",
        "",
        filler(index),
      ),
    };
  }

  function clientNav(index, logout = []) {
    const area = pick(AREAS);
    return {
      file: `components/${area}/nav-${uniq(index)}.tsx`,
      source: lines(
        '"use client";',
        'import { useRouter } from "@/i18n/navigation";',
        ...(logout.length ? ['import { useRouter as useAppRouter } from "next/navigation";'] : []),
        'import { UrlService, ROUTES } from "@/lib/urls/routes";',
        'import { Button } from "@acme/ui";',
        "",
        `export function ${pascal(area)}Nav${uniq(index)}({ ids }: { ids: string[] }) {`,
        "  const router = useRouter();",
        ...(logout.length ? ["  const appRouter = useAppRouter();"] : []),
        "  return (",
        `    <div className="${pick(TAILWIND)}">`,
        `      <Button type="button" onClick={() => router.push(ROUTES.${area})}>${cap(area)}</Button>`,
        `      <Button type="button" onClick={() => router.push(UrlService.area("${area}"))}>Area</Button>`,
        "      <Button type=\"button\" onClick={() => router.replace(UrlService.login())}>Switch account</Button>",
        "      {ids.map((id) => <Button key={id} type=\"button\" onClick={() => router.push(`/" + area + "/${id}`)}>{id}</Button>)}",
        logout,
        "    </div>",
        "  );",
        "}",
        "",
        filler(index),
      ),
    };
  }

  function uiForm(index) {
    const area = pick(AREAS);
    const fields = Array.from({ length: int(2, 6) }, () => pick(FEATURES));
    return {
      file: `components/${area}/form-${uniq(index)}.tsx`,
      source: lines(
        '"use client";',
        'import { Button, Input, Label, Select } from "@acme/ui";',
        'import { useState } from "react";',
        "",
        `export function ${pascal(area)}Form${uniq(index)}({ onSave }: { onSave: (values: Record<string, string>) => void }) {`,
        "  const [values, setValues] = useState<Record<string, string>>({});",
        "  return (",
        "    <form onSubmit={(event) => { event.preventDefault(); onSave(values); }}>",
        fields.map((field) => `      <Label title="${cap(field)}" /><Input value={values.${field} ?? ""} onChange={(event) => setValues({ ...values, ${field}: event.currentTarget.value })} />`),
        `      <Select title="Plan" value={values.plan} />`,
        '      <Button type="submit">Save</Button>',
        "    </form>",
        "  );",
        "}",
        "",
        filler(index),
      ),
    };
  }

  function defect(kind, index) {
    switch (kind) {
      case "wrapper-href":
        return addImport(uiPage(index, ['      <ul><SidebarMenuLink href="/logout">Log out</SidebarMenuLink></ul>']), 'import { SidebarMenuLink } from "@acme/ui";');
      case "menu-data":
        return menuLayout(index, '[\n        { href: "/account", label: "Account" },\n        { href: "/api/auth/logout", label: "Sign out" },\n      ]');
      case "imported-menu":
        return menuLayout(index, "userMenu");
      case "intl-link":
        return uiPage(index, ['      <Link href="/logout">Log out</Link>']);
      case "workspace-helper":
        return addImport(uiPage(index, ['      <AppLink href={createLogoutUrl({ redirectAfter: "/" })}>Log out</AppLink>']), 'import AppLink from "@/components/shell/app-link";\nimport { createLogoutUrl } from "@acme/auth";');
      case "router-helper":
        return clientNav(index, ['      <Button type="button" onClick={() => appRouter.push(UrlService.logout())}>Log out</Button>']);
      case "button-href":
        return uiPage(index, ['      <Button href="/logout" variant="ghost">Log out</Button>']);
      default:
        throw new Error(`unknown defect kind ${kind}`);
    }
  }

  return { uiPage: (index) => uiPage(index), menuLayout: (index) => menuLayout(index), clientNav: (index) => clientNav(index), uiForm, defect };
}

function addImport(generated, line) {
  return { ...generated, source: `${line}\n${generated.source}` };
}

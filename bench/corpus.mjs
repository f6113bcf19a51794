// A generated, realistic Next.js App Router codebase for the benchmarks, written from a fixed seed: the same seed
// and file count always give byte-identical files. About 1% of the files carry one of the logout defects the plugin
// exists for; the rest is the ordinary code a real app is mostly made of (pages, layouts, client components, route
// handlers, server actions, utilities, hooks, types), so the benchmark measures what a user pays on a clean tree.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEFAULT_SEED = 0x5eed2026;
export const NEXT_VERSION = "16.4.6";
export const DEFECT_KINDS = ["link-to-logout", "seed-route-handler", "client-cookie-remove", "relative-redirect"];

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; enough for picking words and shapes. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ["dashboard", "settings", "projects", "billing", "team", "reports", "inbox", "catalog", "orders", "admin", "docs", "blog", "analytics", "support", "integrations", "profile"];
const FEATURES = ["overview", "members", "invoices", "usage", "keys", "webhooks", "activity", "audit", "exports", "imports", "plans", "history", "alerts", "notes", "tasks", "files", "tags", "roles", "sessions", "devices", "tokens", "domains", "events", "comments", "reviews", "labels"];
const NOUNS = ["project", "invoice", "member", "report", "order", "ticket", "product", "comment", "workspace", "customer", "subscription", "webhook", "article", "event", "task", "label"];
const FIELDS = ["id", "name", "title", "status", "createdAt", "updatedAt", "ownerId", "amount", "currency", "email", "slug", "description", "priority", "dueDate", "count", "total"];
const TAILWIND = ["flex items-center gap-2", "grid grid-cols-2 gap-4", "rounded-lg border p-4", "text-sm text-muted-foreground", "space-y-4", "mx-auto max-w-5xl px-6", "font-semibold tracking-tight", "inline-flex h-9 items-center rounded-md px-3", "divide-y", "overflow-x-auto"];
const ORDINARY_ROUTES = ["/", "/dashboard", "/settings", "/settings/profile", "/projects", "/billing", "/team", "/docs", "/blog", "/pricing", "/support", "/login", "/signup", "/account", "/reports", "/inbox"];

const cap = (word) => word[0].toUpperCase() + word.slice(1);
const camel = (...words) => words[0] + words.slice(1).map(cap).join("");
const pascal = (...words) => words.map(cap).join("");

/** Writes `files` source files (plus package.json, tsconfig.json, next.config.ts) under `dir`; returns a summary. */
export function generateCorpus({ dir, files, seed = DEFAULT_SEED }) {
  const rng = mulberry32(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const gen = makeGenerators(rng, pick, int);

  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "package.json"),
    `${JSON.stringify(
      {
        name: "bench-app",
        private: true,
        scripts: { dev: "next dev", build: "next build", start: "next start" },
        dependencies: { next: NEXT_VERSION, react: "19.2.0", "react-dom": "19.2.0", "js-cookie": "^3.0.5", zod: "^3.25.0" },
        devDependencies: { typescript: "^5.9.0", "@types/react": "^19.0.0" },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(path.join(dir, "tsconfig.json"), `{ "compilerOptions": { "strict": true, "jsx": "preserve", "paths": { "@/*": ["./*"] } } }\n`);
  writeFileSync(path.join(dir, "next.config.ts"), `import type { NextConfig } from "next";\n\nconst nextConfig: NextConfig = { reactStrictMode: true };\n\nexport default nextConfig;\n`);

  // Exactly 1% defects (at least one of each kind once the tree is big enough), at seeded positions.
  const defectCount = Math.max(files >= 400 ? DEFECT_KINDS.length : 0, Math.round(files / 100));
  const defectAt = new Map();
  const slots = Array.from({ length: files }, (_, index) => index);
  for (let index = 0; index < defectCount; index++) {
    const swap = index + Math.floor(rng() * (files - index));
    [slots[index], slots[swap]] = [slots[swap], slots[index]];
    defectAt.set(slots[index], DEFECT_KINDS[index % DEFECT_KINDS.length]);
  }

  // Weights of the ordinary file kinds, in a realistic App Router mix.
  const kinds = [
    ["page", 16],
    ["layout", 5],
    ["loading", 2],
    ["client", 24],
    ["route", 9],
    ["action", 8],
    ["util", 14],
    ["hook", 10],
    ["types", 7],
    ["middleware-ish", 2],
    ["js-util", 3],
  ];
  const totalWeight = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  const pickKind = () => {
    let roll = rng() * totalWeight;
    for (const [kind, weight] of kinds) if ((roll -= weight) < 0) return kind;
    return kinds[0][0];
  };

  const counts = {};
  let lines = 0;
  let bytes = 0;
  const defects = [];
  for (let index = 0; index < files; index++) {
    const defect = defectAt.get(index);
    const kind = defect ?? pickKind();
    const { file, source } = defect ? gen.defect(defect, index) : gen[kind](index);
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, source);
    counts[kind] = (counts[kind] ?? 0) + 1;
    lines += source.split("\n").length - 1;
    bytes += source.length;
    if (defect) defects.push({ kind: defect, file });
  }
  return { dir, seed, files, lines, bytes, counts, defects };
}

/** One generated source file of about `lines` lines, made of many ordinary route handlers, helpers and a component. */
export function generateBigFile({ lines, seed = DEFAULT_SEED }) {
  const rng = mulberry32(seed ^ 0xb16f11e);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const gen = makeGenerators(rng, pick, int);
  const parts = [
    `"use client";`,
    ``,
    `import Link from "next/link";`,
    `import { useRouter, usePathname } from "next/navigation";`,
    `import { useCallback, useEffect, useMemo, useState } from "react";`,
    ``,
  ];
  let count = parts.length;
  for (let index = 0; count < lines; index++) {
    const block = index % 3 === 0 ? gen.componentBlock(index) : index % 3 === 1 ? gen.helperBlock(index) : gen.hookBlock(index);
    parts.push(block);
    count += block.split("\n").length;
  }
  return `${parts.join("\n")}\n`;
}

function makeGenerators(rng, pick, int) {
  const uniq = (index) => index.toString(36);
  const segment = (index) => `${pick(AREAS)}/${pick(FEATURES)}-${uniq(index)}`;
  const typeFields = (count) =>
    Array.from({ length: count }, (_, index) => {
      const field = FIELDS[(index * 7 + count) % FIELDS.length];
      const type = /At$|Date/.test(field) ? "string" : /amount|count|total|priority/.test(field) ? "number" : "string";
      return `  ${field}${rng() < 0.2 ? "?" : ""}: ${type};`;
    });
  const uniqFields = (count) => [...new Set(typeFields(count))];

  function helperBlock(index) {
    const noun = pick(NOUNS);
    const name = camel("format", noun, uniq(index));
    const body = Array.from({ length: int(2, 8) }, (_, line) => `  const part${line} = String(input.${pick(FIELDS)} ?? "").trim().slice(0, ${int(8, 64)});`);
    return [
      `export function ${name}(input: Record<string, unknown>): string {`,
      ...body,
      `  const parts = [${body.map((_, line) => `part${line}`).join(", ")}].filter(Boolean);`,
      `  if (parts.length === 0) return "${noun}";`,
      `  return parts.join(" · ");`,
      `}`,
      ``,
    ].join("\n");
  }

  function hookBlock(index) {
    const noun = pick(NOUNS);
    const hook = camel("use", noun, "list", uniq(index));
    return [
      `export function ${hook}(initial: string[] = []) {`,
      `  const [items, setItems] = useState<string[]>(initial);`,
      `  const [query, setQuery] = useState("");`,
      `  const filtered = useMemo(() => items.filter((item) => item.toLowerCase().includes(query.toLowerCase())), [items, query]);`,
      `  const add = useCallback((item: string) => setItems((current) => [...current, item]), []);`,
      `  useEffect(() => {`,
      `    if (filtered.length > ${int(10, 200)}) console.warn("${noun} list is long", filtered.length);`,
      `  }, [filtered]);`,
      `  return { items: filtered, query, setQuery, add };`,
      `}`,
      ``,
    ].join("\n");
  }

  function componentBlock(index) {
    const noun = pick(NOUNS);
    const name = pascal(noun, "panel", uniq(index));
    const links = Array.from({ length: int(2, 6) }, () => `        <li><Link href="${pick(ORDINARY_ROUTES)}" className="${pick(TAILWIND)}">${cap(pick(FEATURES))}</Link></li>`);
    return [
      `export function ${name}({ title }: { title: string }) {`,
      `  const router = useRouter();`,
      `  const pathname = usePathname();`,
      `  const [open, setOpen] = useState(false);`,
      `  return (`,
      `    <section className="${pick(TAILWIND)}">`,
      `      <h2 className="${pick(TAILWIND)}">{title}</h2>`,
      `      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>Toggle</button>`,
      `      <ul>`,
      ...links,
      `      </ul>`,
      `      <button type="button" onClick={() => router.push("${pick(ORDINARY_ROUTES)}?from=" + encodeURIComponent(pathname))}>Open</button>`,
      `    </section>`,
      `  );`,
      `}`,
      ``,
    ].join("\n");
  }

  const jsxRows = (count, noun) =>
    Array.from({ length: count }, () => {
      const field = pick(FIELDS);
      return [
        `          <tr key={${noun}.id + "-${field}"} className="${pick(TAILWIND)}">`,
        `            <td className="${pick(TAILWIND)}">${cap(field)}</td>`,
        `            <td>{String(${noun}.${field} ?? "—")}</td>`,
        `          </tr>`,
      ].join("\n");
    });

  return {
    helperBlock,
    hookBlock,
    componentBlock,

    page(index) {
      const seg = segment(index);
      const noun = pick(NOUNS);
      const Name = pascal(noun, "page");
      const dynamic = rng() < 0.4;
      const file = `app/${dynamic ? seg + "/[id]" : seg}/page.tsx`;
      const source = [
        `import type { Metadata } from "next";`,
        `import Link from "next/link";`,
        ...(rng() < 0.3 ? [`import { notFound } from "next/navigation";`] : []),
        `import { get${pascal(noun)}s } from "@/lib/${noun}s";`,
        ``,
        `export const metadata: Metadata = {`,
        `  title: "${cap(noun)}s · ${cap(pick(AREAS))}",`,
        `  description: "All ${noun}s in one place.",`,
        `};`,
        ``,
        ...(dynamic
          ? [
              `type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };`,
              ``,
              `export default async function ${Name}({ params, searchParams }: Props) {`,
              `  const { id } = await params;`,
              `  const { page = "1" } = await searchParams;`,
            ]
          : [`export default async function ${Name}() {`, `  const id = "all";`, `  const page = "1";`]),
        `  const ${noun}s = await get${pascal(noun)}s({ id, page: Number(page), limit: ${int(10, 50)} });`,
        ...(rng() < 0.5 ? [`  if (${noun}s.length === 0) {`, `    return <p className="${pick(TAILWIND)}">No ${noun}s yet.</p>;`, `  }`] : []),
        ``,
        `  return (`,
        `    <main className="${pick(TAILWIND)}">`,
        `      <header className="${pick(TAILWIND)}">`,
        `        <h1 className="${pick(TAILWIND)}">${cap(noun)}s</h1>`,
        `        <Link href="${pick(ORDINARY_ROUTES)}" className="${pick(TAILWIND)}">Back</Link>`,
        `      </header>`,
        `      {${noun}s.map((${noun}) => (`,
        `        <table key={${noun}.id} className="${pick(TAILWIND)}">`,
        `          <tbody>`,
        ...jsxRows(int(3, 18), noun),
        `          </tbody>`,
        `        </table>`,
        `      ))}`,
        `      <nav className="${pick(TAILWIND)}">`,
        `        <Link href={\`/${seg}?page=\${Number(page) + 1}\`}>Next page</Link>`,
        `      </nav>`,
        `    </main>`,
        `  );`,
        `}`,
        ``,
      ].join("\n");
      return { file, source };
    },

    layout(index) {
      const seg = segment(index);
      const items = Array.from({ length: int(3, 10) }, () => {
        const feature = pick(FEATURES);
        return `          <Link href="/${seg.split("/")[0]}/${feature}" className="${pick(TAILWIND)}">${cap(feature)}</Link>`;
      });
      const source = [
        `import type { ReactNode } from "react";`,
        `import Link from "next/link";`,
        `import { Sidebar } from "@/components/sidebar";`,
        ``,
        `export default async function Layout({ children }: { children: ReactNode }) {`,
        `  return (`,
        `    <div className="${pick(TAILWIND)}">`,
        `      <Sidebar>`,
        `        <nav className="${pick(TAILWIND)}">`,
        ...items,
        `        </nav>`,
        `      </Sidebar>`,
        `      <section className="${pick(TAILWIND)}">{children}</section>`,
        `    </div>`,
        `  );`,
        `}`,
        ...Array.from({ length: int(1, 3) }, (_, block) => helperBlock(index * 10 + block)),
        ``,
      ].join("\n");
      return { file: `app/${seg}/layout.tsx`, source };
    },

    loading(index) {
      const seg = segment(index);
      const rows = Array.from({ length: int(16, 36) }, () => `      <div className="h-4 w-${pick(["1/2", "2/3", "3/4", "full"])} animate-pulse rounded bg-muted" />`);
      const source = [`export default function Loading() {`, `  return (`, `    <div className="${pick(TAILWIND)}" aria-busy="true">`, ...rows, `    </div>`, `  );`, `}`, ``].join("\n");
      return { file: `app/${seg}/loading.tsx`, source };
    },

    client(index) {
      const noun = pick(NOUNS);
      const Name = pascal(noun, pick(["card", "list", "form", "menu", "table", "dialog", "toolbar"]), uniq(index));
      const withRouter = rng() < 0.6;
      const withLink = rng() < 0.7;
      const fields = uniqFields(int(3, 8));
      const blocks = Array.from({ length: int(1, 4) }, (_, block) => (block % 2 ? hookBlock(index * 10 + block) : helperBlock(index * 10 + block)));
      const source = [
        `"use client";`,
        ``,
        `import { useCallback, useEffect, useMemo, useState, useTransition } from "react";`,
        ...(withLink ? [`import Link from "next/link";`] : []),
        ...(withRouter ? [`import { useRouter } from "next/navigation";`] : []),
        ``,
        `type ${pascal(noun)} = {`,
        ...fields,
        `};`,
        ``,
        `export function ${Name}({ items }: { items: ${pascal(noun)}[] }) {`,
        ...(withRouter ? [`  const router = useRouter();`] : [`  useEffect(() => {`, `    document.title = "${cap(noun)}s";`, `  }, []);`]),
        `  const [selected, setSelected] = useState<string | null>(null);`,
        `  const [pending, startTransition] = useTransition();`,
        ``,
        `  function handleSelect(id: string) {`,
        `    setSelected(id);`,
        ...(withRouter ? [`    startTransition(() => router.push(\`/${pick(AREAS)}/\${id}\`));`] : [`    startTransition(() => setSelected(id));`]),
        `  }`,
        ``,
        `  return (`,
        `    <div className="${pick(TAILWIND)}" data-pending={pending}>`,
        ...(withLink ? Array.from({ length: int(1, 4) }, () => `      <Link href="${pick(ORDINARY_ROUTES)}" className="${pick(TAILWIND)}">${cap(pick(FEATURES))}</Link>`) : []),
        `      <ul className="${pick(TAILWIND)}">`,
        `        {items.map((item) => (`,
        `          <li key={item.id} className={item.id === selected ? "bg-accent" : undefined}>`,
        `            <button type="button" onClick={() => handleSelect(item.id)}>`,
        `              {item.${fields[0].trim().split(/[?:]/)[0]}}`,
        `            </button>`,
        `          </li>`,
        `        ))}`,
        `      </ul>`,
        ...(withRouter ? [`      <button type="button" onClick={() => router.refresh()}>Refresh</button>`] : []),
        `    </div>`,
        `  );`,
        `}`,
        ``,
        ...blocks,
      ].join("\n");
      return { file: `components/${pick(AREAS)}/${noun}-${uniq(index)}.tsx`, source };
    },

    route(index) {
      const noun = pick(NOUNS);
      const withCookies = rng() < 0.3;
      const Noun = pascal(noun);
      const source = [
        `import { NextResponse, type NextRequest } from "next/server";`,
        ...(withCookies ? [`import { cookies } from "next/headers";`] : []),
        `import { z } from "zod";`,
        `import { db } from "@/lib/db";`,
        ``,
        `const ${Noun}Input = z.object({`,
        ...uniqFields(int(3, 8)).map((line) => line.replace(/^ {2}(\w+)(\??): (\w+);$/, (_, field, optional, type) => `  ${field}: z.${type}()${optional ? ".optional()" : ""},`)),
        `});`,
        ``,
        `export async function GET(request: NextRequest) {`,
        `  const { searchParams } = request.nextUrl;`,
        `  const limit = Math.min(Number(searchParams.get("limit") ?? ${int(10, 50)}), 100);`,
        ...(withCookies ? [`  const session = (await cookies()).get("session")?.value;`, `  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });`] : []),
        `  const rows = await db.${noun}.findMany({ take: limit, orderBy: { createdAt: "desc" } });`,
        `  return NextResponse.json({ data: rows, next: rows.length === limit ? rows[rows.length - 1]?.id : null });`,
        `}`,
        ``,
        `export async function POST(request: Request) {`,
        `  const body = await request.json().catch(() => null);`,
        `  const parsed = ${Noun}Input.safeParse(body);`,
        `  if (!parsed.success) {`,
        `    return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });`,
        `  }`,
        `  const created = await db.${noun}.create({ data: parsed.data });`,
        `  return NextResponse.json(created, { status: 201 });`,
        `}`,
        ``,
        ...Array.from({ length: int(1, 3) }, (_, block) => helperBlock(index * 10 + block)),
      ].join("\n");
      return { file: `app/api/${noun}s/${pick(FEATURES)}-${uniq(index)}/route.ts`, source };
    },

    action(index) {
      const noun = pick(NOUNS);
      const Noun = pascal(noun);
      const withRedirect = rng() < 0.5;
      const actions = Array.from({ length: int(1, 4) }, (_, n) => {
        const verb = ["create", "update", "archive", "rename", "duplicate"][n % 5];
        return [
          `export async function ${verb}${Noun}${n}(formData: FormData) {`,
          `  const id = String(formData.get("id") ?? "");`,
          `  const name = String(formData.get("name") ?? "").trim();`,
          `  if (!name) return { ok: false, error: "Name is required" } as const;`,
          `  await db.${noun}.${verb === "create" ? "create" : "update"}({ ${verb === "create" ? "" : "where: { id }, "}data: { name } });`,
          `  revalidatePath("/${pick(AREAS)}");`,
          ...(withRedirect && n === 0 ? [`  redirect(\`/${pick(AREAS)}/\${id}\`);`] : [`  return { ok: true } as const;`]),
          `}`,
          ``,
        ].join("\n");
      });
      const source = [
        `"use server";`,
        ``,
        `import { revalidatePath } from "next/cache";`,
        ...(withRedirect ? [`import { redirect } from "next/navigation";`] : []),
        `import { db } from "@/lib/db";`,
        ``,
        ...actions,
      ].join("\n");
      return { file: `app/${segment(index)}/actions.ts`, source };
    },

    util(index) {
      const blocks = Array.from({ length: int(2, 9) }, (_, block) => helperBlock(index * 10 + block));
      const source = [`// Formatting helpers for ${pick(AREAS)}.`, ``, `const LOCALE = "en-US";`, ``, `export const formatDate = (value: string) => new Intl.DateTimeFormat(LOCALE).format(new Date(value));`, ``, ...blocks].join("\n");
      return { file: `lib/${pick(AREAS)}/${pick(NOUNS)}-${uniq(index)}.ts`, source };
    },

    "js-util"(index) {
      const blocks = Array.from({ length: int(3, 10) }, (_, block) => helperBlock(index * 10 + block).replace(/: Record<string, unknown>\): string/, ")"));
      const source = [`// @ts-check`, ``, ...blocks].join("\n");
      return { file: `lib/legacy/${pick(NOUNS)}-${uniq(index)}.js`, source };
    },

    hook(index) {
      const blocks = Array.from({ length: int(2, 7) }, (_, block) => hookBlock(index * 10 + block));
      const source = [`"use client";`, ``, `import { useCallback, useEffect, useMemo, useState } from "react";`, ``, ...blocks].join("\n");
      return { file: `hooks/use-${pick(NOUNS)}-${uniq(index)}.ts`, source };
    },

    types(index) {
      const types = Array.from({ length: int(2, 8) }, () => {
        const noun = pick(NOUNS);
        return [`export interface ${pascal(noun)}${uniq(int(0, 1e6))} {`, ...uniqFields(int(4, 12)), `}`, ``].join("\n");
      });
      const source = [`// Shared ${pick(AREAS)} types.`, ``, `export type Id = string & { readonly __brand: "Id" };`, ``, ...types].join("\n");
      return { file: `types/${pick(NOUNS)}-${uniq(index)}.ts`, source };
    },

    "middleware-ish"(index) {
      const routes = Array.from({ length: int(8, 24) }, () => `  "${pick(ORDINARY_ROUTES)}",`);
      const source = [
        `import { NextResponse, type NextRequest } from "next/server";`,
        ``,
        `const PUBLIC_PATHS = [`,
        ...routes,
        `];`,
        ``,
        `export function guard${uniq(index)}(request: NextRequest) {`,
        `  const { pathname } = request.nextUrl;`,
        `  if (PUBLIC_PATHS.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();`,
        `  const session = request.cookies.get("session")?.value;`,
        `  if (!session) return NextResponse.redirect(new URL("/login", request.url));`,
        `  return NextResponse.next();`,
        `}`,
        ``,
        ...Array.from({ length: int(1, 2) }, (_, block) => helperBlock(index * 10 + block)),
      ].join("\n");
      return { file: `lib/guards/guard-${uniq(index)}.ts`, source };
    },

    defect(kind, index) {
      switch (kind) {
        case "link-to-logout": {
          // An account menu whose sign-out is a soft <Link> navigation: prefetched, and the signed-in layout stays.
          const links = Array.from({ length: int(2, 5) }, () => `        <Link href="${pick(ORDINARY_ROUTES)}">${cap(pick(FEATURES))}</Link>`);
          const source = [
            `"use client";`,
            ``,
            `import Link from "next/link";`,
            `import { useRouter } from "next/navigation";`,
            ``,
            `export function AccountMenu${uniq(index)}({ name }: { name: string }) {`,
            `  const router = useRouter();`,
            `  return (`,
            `    <details className="${pick(TAILWIND)}">`,
            `      <summary>{name}</summary>`,
            `      <nav>`,
            ...links,
            `        <Link href="/logout">Log out</Link>`,
            `      </nav>`,
            `      <button type="button" onClick={() => router.push("/settings")}>Settings</button>`,
            `    </details>`,
            `  );`,
            `}`,
            ``,
            helperBlock(index),
          ].join("\n");
          return { file: `components/account/account-menu-${uniq(index)}.tsx`, source };
        }
        case "seed-route-handler": {
          // The seed article's handler: GET, sync cookies(), relative-looking destination, no revalidate of the layout.
          const source = [
            `import { cookies } from "next/headers";`,
            `import { NextResponse } from "next/server";`,
            ``,
            `const WEB_ADDRESS = process.env.NEXT_PUBLIC_WEB_ADDRESS;`,
            `const cookieName = "${pick(["session", "auth_token", "sid", "my-app-session"])}";`,
            ``,
            `export async function GET() {`,
            `  const destination = \`\${WEB_ADDRESS}/\`;`,
            `  cookies().delete(cookieName);`,
            `  return NextResponse.redirect(destination, {`,
            `    headers: {`,
            `      "Clear-Site-Data": \`"*"\`,`,
            `    },`,
            `  });`,
            `}`,
            ``,
            helperBlock(index),
          ].join("\n");
          return { file: `app/(${pick(AREAS)}-${uniq(index)})/logout/route.ts`, source };
        }
        case "client-cookie-remove": {
          const source = [
            `"use client";`,
            ``,
            `import Cookies from "js-cookie";`,
            `import { useRouter } from "next/navigation";`,
            ``,
            `export function SessionActions${uniq(index)}() {`,
            `  const router = useRouter();`,
            ``,
            `  function handleLogout() {`,
            `    Cookies.remove("session");`,
            `    router.push("/login");`,
            `  }`,
            ``,
            `  return (`,
            `    <div className="${pick(TAILWIND)}">`,
            `      <button type="button" onClick={() => router.push("/settings")}>Settings</button>`,
            `      <button type="button" onClick={handleLogout}>Log out</button>`,
            `    </div>`,
            `  );`,
            `}`,
            ``,
            hookBlock(index),
          ].join("\n");
          return { file: `components/session/session-actions-${uniq(index)}.tsx`, source };
        }
        case "relative-redirect": {
          const source = [
            `import { revalidatePath } from "next/cache";`,
            `import { cookies } from "next/headers";`,
            ``,
            `export async function POST(request: Request) {`,
            `  (await cookies()).delete("session");`,
            `  revalidatePath("/", "layout");`,
            `  return Response.redirect("/login", 303);`,
            `}`,
            ``,
            helperBlock(index),
            helperBlock(index + 1),
          ].join("\n");
          return { file: `app/api/auth/sign-out-${uniq(index)}/route.ts`, source };
        }
        default:
          throw new Error(`unknown defect kind ${kind}`);
      }
    },
  };
}

/**
 * One corpus per size from N/4 to 2N (`tmp/<prefix>-<size>`), written by `generate(dir, size)`, each with its
 * sorted source files: the existing corpus's and the monorepo's scaling trees alike.
 */
export function generateCorpora({ tmp, files, prefix, generate }) {
  const sizes = [...new Set([Math.round(files / 4), Math.round(files / 2), files, files * 2])];
  const corpora = new Map();
  for (const size of sizes) {
    const dir = path.join(tmp, `${prefix}-${size}`);
    corpora.set(size, { ...generate(dir, size), sources: listSources(dir) });
  }
  return { sizes, corpora, main: corpora.get(files) };
}

/** Every .ts/.tsx/.js/.jsx file under `dir`, outside node_modules, .next, dist, build and .git; sorted, absolute. */
export function listSources(dir) {
  const ignored = new Set(["node_modules", ".next", "dist", "build", ".git"]);
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!ignored.has(entry.name)) walk(path.join(folder, entry.name));
      } else if (/\.(?:tsx?|jsx?)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        found.push(path.join(folder, entry.name));
      }
    }
  };
  walk(dir);
  return found.sort();
}

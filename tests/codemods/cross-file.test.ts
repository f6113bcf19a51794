// Logout links the codemod can only see across files: a file whose own text writes no logout path, but renders a
// logout URL that a module it imports writes (route constants, menu data). The codemod admits such a file with
// no-link-to-logout's own first look (an import, then the import graph's text), fixes what the rule fixes, and
// lists the rest under "Left for you". Files whose imports write no logout path stay skipped, unparsed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runCodemod } from "../../src/codemod/engine.ts";
import { TRANSFORMS, DEFAULT_PREFILTER } from "../../src/codemod/transforms.ts";
import { makeApp, PACKAGE_JSON, read, REPO_ROOT, ruleMessage, run, type Run } from "./cli-helpers.ts";

const JSCODESHIFT = path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js");
const PROCESS_TIMEOUT = 120_000;

const FILES = {
  "package.json": PACKAGE_JSON,
  "tsconfig.json": '{ "compilerOptions": { "jsx": "preserve", "paths": { "@/*": ["./*"] } } }\n',
  "lib/routes.ts": 'export const ROUTES = { home: "/", auth: { end: "/api/auth/logout" } };\n',
  "lib/format.ts": "export const formatTitle = (title: string) => title.trim();\n",
  "data/account-menu.ts": 'export const accountMenu = [\n  { href: "/account", label: "Account" },\n  { href: "/logout", label: "Leave" },\n];\n',
  "components/sidebar-menu.tsx": [
    'import Link from "next/link";',
    "",
    "export function SidebarMenu({ links }: { links: { href: string; label: string }[] }) {",
    "  return <ul>{links.map((link) => <li key={link.href}><Link href={link.href}>{link.label}</Link></li>)}</ul>;",
    "}",
    "",
  ].join("\n"),
  // The URL is a route constant: the rule's fix turns the <Link> into an <a>.
  "components/session-link.tsx": [
    'import Link from "next/link";',
    'import { ROUTES } from "@/lib/routes";',
    "",
    "export function SessionLink() {",
    "  return <Link href={ROUTES.auth.end}>Leave</Link>;",
    "}",
    "",
  ].join("\n"),
  // Menu data passed to a wrapper: no fix is certain, so it is left for the user.
  "app/(shell)/layout.tsx": [
    'import { SidebarMenu } from "@/components/sidebar-menu";',
    'import { accountMenu } from "@/data/account-menu";',
    "",
    "export default function Layout({ children }: { children: React.ReactNode }) {",
    "  return <div><SidebarMenu links={accountMenu} />{children}</div>;",
    "}",
    "",
  ].join("\n"),
  // Imports that write no logout path: skipped before it is parsed.
  "components/card.tsx": ['import { formatTitle } from "@/lib/format";', "", "export function Card({ title }: { title: string }) {", "  return <section><h2>{formatTitle(title)}</h2></section>;", "}", ""].join("\n"),
};

describe("next-logout-codemod logout: links whose logout URL another file writes", () => {
  let directory: string;
  let result: Run;
  beforeAll(async () => {
    directory = makeApp(FILES);
    result = await run(directory, ["logout", "."]);
  });

  it("fixes the <Link> to a route constant, and lists the menu data rendered by a wrapper under 'Left for you'", () => {
    const message = ruleMessage("no-link-to-logout", "linkChainToLogout", {
      url: "/logout",
      from: " (from data/account-menu.ts:3)",
      chain: "rendered by `<SidebarMenu>` → next/link (components/sidebar-menu.tsx:4)",
    });
    expect(result).toEqual({
      code: 0,
      stdout:
        "Changed 1 file(s):\n  components/session-link.tsx\n" +
        "Left for you: 1 finding with no safe automatic fix (lines as the files are after the changes):\n" +
        "  next-logout/no-link-to-logout\n" +
        `    ${path.join("app", "(shell)", "layout.tsx")}:5:15 ${message}\n` +
        "7 files scanned: 1 changed, 1 unchanged, 5 skipped (nothing to fix), 0 errors\n",
      stderr: "",
    });
  });

  it("writes the rule's own fix", () => {
    expect(read(directory, "components/session-link.tsx")).toBe(
      ['import { ROUTES } from "@/lib/routes";', "", "export function SessionLink() {", "  return <a href={ROUTES.auth.end}>Leave</a>;", "}", ""].join("\n"),
    );
  });
});

describe("jscodeshift -t codemods/logout.ts --dry on the same tree", { timeout: PROCESS_TIMEOUT }, () => {
  it("sends the files through its text prefilter to the engine: one would change, the menu data is reported", () => {
    const directory = makeApp(FILES);
    const result = spawnSync(process.execPath, [JSCODESHIFT, "-t", path.join(REPO_ROOT, "codemods/logout.ts"), "--dry", "--extensions=tsx,ts", directory], {
      cwd: directory,
      encoding: "utf8",
      timeout: PROCESS_TIMEOUT,
    });
    const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/^1 ok$/m);
    expect(output).toMatch(/^0 errors$/m);
    expect(output).toContain("5:15 next-logout/no-link-to-logout: Logout route `/logout` (from data/account-menu.ts:3) is rendered by `<SidebarMenu>`");
  });
});

describe("the codemods' text prefilter", () => {
  const layout = FILES["app/(shell)/layout.tsx"];

  it("lets a file through on an import when cross-file reading is on, and not when it is off", () => {
    expect(TRANSFORMS.logout.getCandidacy("layout.tsx", layout, DEFAULT_PREFILTER)).toBe("imports");
    expect(TRANSFORMS["logout-links"].getCandidacy("layout.tsx", layout, DEFAULT_PREFILTER)).toBe("imports");
    expect(TRANSFORMS["logout-links"].mayApply("layout.tsx", layout, { ...DEFAULT_PREFILTER, crossFile: false })).toBe(false);
    expect(TRANSFORMS["logout-route-handlers"].mayApply("layout.tsx", layout, DEFAULT_PREFILTER)).toBe(false);
  });

  it("the engine skips a file whose imports write no logout path, and one under crossFile: false", () => {
    const root = makeApp(FILES);
    const card = path.join(root, "components/card.tsx");
    expect(runCodemod("logout", card, FILES["components/card.tsx"])).toEqual({ status: "skipped", findings: [] });
    const layoutFile = path.join(root, "app/(shell)/layout.tsx");
    const userConfig = { configFile: path.join(root, "eslint.config.mjs"), settings: { crossFile: false }, rules: {}, key: "cross-file-off" };
    expect(runCodemod("logout", layoutFile, layout, { userConfig })).toEqual({ status: "skipped", findings: [] });
    expect(runCodemod("logout", layoutFile, layout)).toMatchObject({ status: "unchanged", findings: [{ ruleId: "next-logout/no-link-to-logout", line: 5, column: 15 }] });
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, utimesSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOurs, readFixtureApp, readReadmeBlock, runEslint, runOxlint } from "./lint-runs.ts";
import { startLanguageServer, type LanguageServer } from "./lsp-client.ts";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";
import { initializeParams, vscodeEslintSettings } from "./vscode-eslint.ts";

// A user's Turborepo-shaped pnpm monorepo (tests/fixtures/turborepo): apps/web reaches next/link only through a
// design-system package (`@repo/ui/button`, `@repo/ui/menu`, by `exports`), a URL helper package (`@repo/urls`, by
// `types`), an `@/` alias from a tsconfig that extends a workspace package, and next-intl's `createNavigation`.
// No logout URL is written next to a `<Link>`, and one file that renders a logout link has no logout word at all. Linted the ways a user lints: the ESLint CLI, oxlint, the codemod's
// CLI and the editor's ESLint server, each from apps/web with the README's own config.
const WEB = "apps/web";
const BUTTON = "packages/ui/src/button.tsx";
const FINDINGS = [
  "src/components/account-nav.tsx:9:11-9:39 no-link-to-logout",
  "src/components/header.tsx:10:7-10:73 no-link-to-logout",
  "src/components/locale-menu.tsx:10:7-10:43 no-link-to-logout",
  "src/components/locale-menu.tsx:11:44-11:79 no-link-to-logout",
  "src/components/user-menu.tsx:7:7-7:32 no-link-to-logout",
];
const MESSAGES = [
  "Logout route `/api/auth/logout` is rendered by `<Menu>` → `<MenuLink>` → next/link (packages/ui/src/menu.tsx:8), which prefetches it. Use `<a href>` or a POST `<form>`.",
  "Logout route `/api/auth/logout` is rendered by `<Button>` → next/link (packages/ui/src/button.tsx:14), which prefetches it. Use `<a href>` or a POST `<form>`.",
  "Logout route `/api/auth/logout` is rendered by next-intl's `Link` (apps/web/src/i18n/navigation.ts:4), which prefetches it. Use `<a href>` or a POST `<form>`.",
  "`router.push()` (next-intl's router) to the logout route `/api/auth/logout` is a soft navigation. Use `window.location.replace()` or a POST `<form>`.",
  // No logout word in user-menu.tsx: the entry is in the menu data it imports.
  "Logout route `/api/auth/logout` (from apps/web/src/lib/menu.ts:5) is rendered by `<Menu>` → `<MenuLink>` → next/link (packages/ui/src/menu.tsx:8), which prefetches it. Use `<a href>` or a POST `<form>`.",
];
// The design system's Button after a maintainer makes it render a plain <a> for links.
const BUTTON_WITH_ANCHOR = `import type { ReactNode } from "react";

export function Button({ href, ...rest }: { href?: string; children: ReactNode }) {
  if (href) return <a className="btn" href={href} {...rest} />;
  return <button className="btn" {...rest} />;
}
`;

function createMonorepo(extra: Record<string, string> = {}): ScratchApp {
  const app = createScratchApp({ ...readFixtureApp("turborepo"), ...extra }, { oxlint: path.join(REPO_ROOT, "node_modules/oxlint") });
  // pnpm links each workspace's dependencies into its own node_modules.
  symlinkSync(path.join(app.dir, "node_modules"), path.join(app.dir, WEB, "node_modules"), "dir");
  return app;
}

/** Rewrites a file with a new mtime, as an editor's save does (the project model keys files by mtime and size). */
function save(app: ScratchApp, file: string, text: string): void {
  app.write(file, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(path.join(app.dir, file), later, later);
}

const messagesOf = (stdout: string) =>
  (JSON.parse(stdout) as { messages: { ruleId: string | null; message: string }[] }[]).flatMap(({ messages }) => messages.map(({ message }) => message));

describe("a Turborepo monorepo whose links reach next/link through workspace packages", () => {
  let app: ScratchApp;
  let web: string;
  beforeAll(() => {
    app = createMonorepo({ [`${WEB}/.oxlintrc.json`]: readReadmeBlock("Oxlint", "json") });
    web = path.join(app.dir, WEB);
  });
  afterAll(() => app?.remove());

  it("npx eslint in apps/web reports each link at the line to change, names the chain, and exits 1", () => {
    const run = runEslint(web, ["."]);
    expect(describeOurs(run.findings)).toEqual(FINDINGS);
    expect(messagesOf(run.stdout)).toEqual(MESSAGES);
    expect(run.status).toBe(1);
  });

  it("oxlint with the README's .oxlintrc.json reports the same findings at the same places", () => {
    const run = runOxlint(web, ["."]);
    expect(run.pluginErrors).toEqual([]);
    expect(describeOurs(run.findings)).toEqual(FINDINGS);
    expect(run.status).toBe(1);
  });

  it("the codemod's CLI lists them under 'Left for you', changes no file and exits 0", () => {
    const header = readFileSync(path.join(web, "src/components/header.tsx"), "utf8");
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/next-logout-codemod.js"), "logout", ".", "--dry"], { cwd: web, encoding: "utf8" });
    expect(run.status).toBe(0);
    const left = run.stdout.split("\n").filter((line) => line.startsWith("    src/"));
    expect(left).toEqual(FINDINGS.map((finding, index) => `    ${finding.replace(/-\d+:\d+ .*$/, "")} ${MESSAGES[index]}`));
    expect(run.stdout).toContain("Left for you: 5 findings with no safe automatic fix");
    expect(readFileSync(path.join(web, "src/components/header.tsx"), "utf8")).toBe(header);
  });

  it('settings["next-logout"].crossFile: false reads no other file, so none of these is found', () => {
    app.write(
      `${WEB}/eslint.config.crossfile-off.mjs`,
      'import nextLogout from "eslint-plugin-next-logout";\n\nexport default [nextLogout.configs.recommended, { settings: { "next-logout": { crossFile: false } } }];\n',
    );
    const run = runEslint(web, ["--config", "eslint.config.crossfile-off.mjs", "."]);
    expect(describeOurs(run.findings)).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe("a changed wrapper, as the docs describe it", () => {
  let app: ScratchApp;
  let web: string;
  beforeAll(() => {
    app = createMonorepo();
    web = path.join(app.dir, WEB);
  });
  afterAll(() => app?.remove());

  it("eslint --cache keeps a user's cached finding until a run without --cache, which also deletes the cache file", () => {
    expect(describeOurs(runEslint(web, ["--cache", "."]).findings)).toEqual(FINDINGS);
    save(app, BUTTON, BUTTON_WITH_ANCHOR);
    // header.tsx itself didn't change, so ESLint's cache answers for it: the stale finding stays.
    expect(describeOurs(runEslint(web, ["--cache", "."]).findings)).toEqual(FINDINGS);
    const withoutHeader = FINDINGS.filter((finding) => !finding.startsWith("src/components/header.tsx"));
    expect(describeOurs(runEslint(web, ["."]).findings)).toEqual(withoutHeader);
    expect(existsSync(path.join(web, ".eslintcache"))).toBe(false);
    expect(describeOurs(runEslint(web, ["--cache", "."]).findings)).toEqual(withoutHeader);
  });
});

describe("the editor's ESLint server on a file of the monorepo, opened at the repository's root", () => {
  let app: ScratchApp;
  let server: LanguageServer | undefined;
  const HEADER = `${WEB}/src/components/header.tsx`;
  let uri: string;

  const pull = async () =>
    (await server!.request<{ items: { code: string; message: string; range: unknown }[] }>("textDocument/diagnostic", { textDocument: { uri } }, 45_000)).items.filter(
      (diagnostic) => diagnostic.code === "next-logout/no-link-to-logout",
    );

  beforeAll(async () => {
    app = createMonorepo();
    uri = pathToFileURL(path.join(app.dir, HEADER)).href;
    server = startLanguageServer(path.join(REPO_ROOT, "node_modules/.bin/vscode-eslint-language-server"), ["--stdio"], app.dir);
    server.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => vscodeEslintSettings(app.dir)));
    await server.request("initialize", initializeParams(app.dir));
    server.notify("initialized", {});
    server.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescriptreact", version: 1, text: readFileSync(path.join(app.dir, HEADER), "utf8") } });
  });
  afterAll(async () => {
    await server?.stop();
    app?.remove();
  });

  it("squiggles the <Button> whose href reaches next/link in another package, with the chain in the message", async () => {
    expect(await pull()).toEqual([
      {
        code: "next-logout/no-link-to-logout",
        message: MESSAGES[1],
        range: { start: { line: 9, character: 6 }, end: { line: 9, character: 72 } },
        severity: 1,
        source: "eslint",
        codeDescription: { href: "https://github.com/next-logout/eslint-plugin-next-logout/blob/main/docs/rules/no-link-to-logout.md" },
      },
    ]);
  });

  it("after the wrapper is saved with an <a>, the next pull of the open file drops the squiggle, with no restart", async () => {
    save(app, BUTTON, BUTTON_WITH_ANCHOR);
    // The project model looks at a file's mtime and size at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    server!.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: readFileSync(path.join(app.dir, HEADER), "utf8") + "\n" }] });
    expect(await pull()).toEqual([]);
  });
});

// The `logout` codemod and `eslint --fix` stay byte-identical under a user's own eslint.config.mjs with custom
// settings and rule options. Each app below is a folder in the temp directory with the plugin installed (the
// built package, linked into its node_modules), every codemod fixture input, and files that only the custom
// settings make candidates. ESLint finds the config itself (`new ESLint({ cwd })`); the codemod resolves it as
// the CLI and the jscodeshift transform do (createConfigResolver) and runs the engine with it.
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCodemod } from "../../src/codemod/engine.ts";
import { createConfigResolver, type EslintConstructor, type UserConfig } from "../../src/codemod/eslint-config.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";
import { runEslintFix, type EslintOutcome, type LintTarget } from "./eslint-fix.ts";

const CODEMOD_FIXTURES = path.join(REPO_ROOT, "codemods/__testfixtures__");
const PACKAGE_JSON = `${JSON.stringify({ name: "config-app", private: true, dependencies: { next: "16.4.6" } })}\n`;

/** The parser for .ts and .tsx as the engine parses them, `recommended` or `strict`, then the app's own entries. */
function eslintConfig(config: "recommended" | "strict", ...extra: string[]): string {
  return `import tsParser from "@typescript-eslint/parser";
import nextLogout from "eslint-plugin-next-logout";

export default [
  { files: ["**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  nextLogout.configs.${config},
${extra.map((entry) => `  ${entry},\n`).join("")}];
`;
}

// Files only the custom settings below make candidates: a configured logout path, a configured session cookie.
const OWN_FILES: Record<string, string> = {
  "components/account-menu.tsx": `import Link from "next/link";
import { useRouter } from "next/navigation";

export function AccountMenu() {
  const router = useRouter();
  return (
    <nav>
      <Link href="/users/sign_out">Sign out</Link>
      <button onClick={() => router.push("/users/sign_out")}>Sign out now</button>
    </nav>
  );
}
`,
  "components/forget-me.tsx": `"use client";

import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function ForgetMe() {
  const router = useRouter();
  function handleLogout() {
    Cookies.remove("acme_user");
    router.push("/");
  }
  return <button onClick={handleLogout}>Log out</button>;
}
`,
  "app/api/leave/route.ts": `import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function GET(request: Request) {
  cookies().delete("acme_user");
  return NextResponse.redirect(new URL("/", request.url));
}
`,
  "lib/actions.ts": `"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

export async function leave() {
  (await cookies()).delete("acme_user");
  redirect("/");
}
`,
};

const APPS: Record<string, string> = {
  "custom settings": eslintConfig(
    "recommended",
    '{ settings: { "next-logout": { logoutPaths: ["/users/sign_out", "/logout"], sessionCookies: ["acme_user", "session"], nextVersion: "14.2" } } }',
  ),
  "strict, rule options and a rule turned off": eslintConfig(
    "strict",
    '{ settings: { "next-logout": { logoutPaths: ["/users/sign_out", "/logout"], sessionCookies: ["acme_user", "*session*"], nextVersion: "16" } } }',
    `{ rules: {
    "next-logout/no-client-cookie-deletion": ["error", { allowCookies: ["theme", "access_token"] }],
    "next-logout/require-logout-revalidate": ["error", { checkServerActions: true }],
    "next-logout/require-clear-site-data": ["error", { directives: ["cookies"] }],
    "next-logout/no-sync-cookies": "off",
  } }`,
  ),
};

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** An app in the temp directory: the config, every codemod fixture input (route cases under `app/logout/`), OWN_FILES. */
function createApp(config: string): { directory: string; files: string[] } {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-equivalence-"));
  directories.push(directory);
  const sources: Record<string, string> = { "package.json": PACKAGE_JSON, "eslint.config.mjs": config, ...OWN_FILES };
  for (const transform of readdirSync(CODEMOD_FIXTURES).sort()) {
    for (const entry of readdirSync(path.join(CODEMOD_FIXTURES, transform)).sort()) {
      const match = /^(.+)\.input\.(tsx?)$/.exec(entry);
      if (!match) continue;
      const [, name, ext] = match as unknown as [string, string, string];
      const file = name.startsWith("route-") ? `fixtures/${transform}/${name}/app/logout/route.${ext}` : `fixtures/${transform}/${name}.${ext}`;
      sources[file] = readFileSync(path.join(CODEMOD_FIXTURES, transform, entry), "utf8");
    }
  }
  for (const [file, text] of Object.entries(sources)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  mkdirSync(path.join(directory, "node_modules"));
  symlinkSync(REPO_ROOT, path.join(directory, "node_modules/eslint-plugin-next-logout"), "dir");
  symlinkSync(path.join(REPO_ROOT, "node_modules/@typescript-eslint"), path.join(directory, "node_modules/@typescript-eslint"), "dir");
  return { directory, files: Object.keys(sources).filter((file) => /\.tsx?$/.test(file)).sort() };
}

interface Case {
  target: LintTarget;
  userConfig: UserConfig;
  eslint: EslintOutcome;
  /** The codemod's output with the config, and with the default settings (--no-eslint-config). */
  codemod: string;
  codemodWithoutConfig: string;
}

const cases = new Map<string, Case[]>();
for (const [name, config] of Object.entries(APPS)) {
  if (!readdirSync(path.join(REPO_ROOT, "dist/src")).includes("index.js")) throw new Error("dist/ is missing: run `npm run build` first (`npm test` does).");
  const { directory, files } = createApp(config);
  const fixer = new ESLint({ cwd: directory, fix: true });
  const linter = new ESLint({ cwd: directory });
  const resolve = createConfigResolver();
  const appCases: Case[] = [];
  for (const file of files) {
    const target = { label: file, filePath: path.join(directory, file), source: readFileSync(path.join(directory, file), "utf8") };
    const lookup = await resolve(target.filePath);
    if (lookup.kind !== "found") throw new Error(`${name}: no config found for ${file} (${lookup.kind})`);
    const output = (options: Parameters<typeof runCodemod>[3]) => {
      const result = runCodemod("logout", target.filePath, target.source, options);
      return result.status === "changed" ? result.output : target.source;
    };
    appCases.push({
      target,
      userConfig: lookup.config,
      eslint: await runEslintFix(target, fixer, linter),
      codemod: output({ userConfig: lookup.config }),
      codemodWithoutConfig: output({}),
    });
  }
  cases.set(name, appCases);
}

describe.each([...cases.entries()])("under an eslint.config.mjs with %s", (_, appCases) => {
  it.each(appCases.map((entry) => [entry.target.label, entry] as const))("%s: codemod output === eslint --fix (+ taken suggestions)", (_, entry) => {
    expect(entry.codemod).toBe(entry.eslint.withSuggestions);
  });

  it("the config matters: without it, the codemod's output differs, and a <Link> to the configured path stays", () => {
    const differing = appCases.filter((entry) => entry.codemod !== entry.codemodWithoutConfig).map((entry) => entry.target.label);
    expect(differing).toEqual(expect.arrayContaining(["app/api/leave/route.ts", "components/account-menu.tsx", "components/forget-me.tsx"]));
    const accountMenu = appCases.find((entry) => entry.target.label === "components/account-menu.tsx");
    expect(accountMenu?.codemodWithoutConfig).toBe(accountMenu?.target.source);
  });

  it("ESLint 9's ESLint class resolves the same config for every file", async () => {
    const resolveWith9 = createConfigResolver(ESLint9 as unknown as EslintConstructor);
    for (const entry of appCases) {
      const lookup = await resolveWith9(entry.target.filePath);
      expect(lookup.kind === "found" ? lookup.config.key : lookup.kind, entry.target.label).toBe(entry.userConfig.key);
    }
  });
});

describe("what the custom settings did", () => {
  const byLabel = (app: string, label: string) => cases.get(app)?.find((entry) => entry.target.label === label);

  it('logoutPaths: the <Link> and the router call to "/users/sign_out" became full page loads', () => {
    const output = byLabel("custom settings", "components/account-menu.tsx")?.codemod;
    expect(output).toContain('<a href="/users/sign_out">Sign out</a>');
    expect(output).toContain('window.location.replace("/users/sign_out")');
  });

  it("logoutPaths: a client logout function navigates to the first configured logout path", () => {
    expect(byLabel("custom settings", "components/forget-me.tsx")?.codemod).toContain('window.location.replace("/users/sign_out")');
  });

  it('nextVersion "14.2": the handler that deletes the configured session cookie keeps cookies() synchronous', () => {
    expect(byLabel("custom settings", "app/api/leave/route.ts")?.codemod).toContain('\n  cookies().delete("acme_user");\n');
  });

  it("checkServerActions: the Server Action that deletes the session cookie revalidates, as only the option asks", () => {
    expect(byLabel("strict, rule options and a rule turned off", "lib/actions.ts")?.codemod).toContain("revalidatePath(");
    expect(byLabel("custom settings", "lib/actions.ts")?.codemod).not.toContain("revalidatePath(");
  });

  it("no-sync-cookies off: the synchronous cookies() stays even on Next 16", () => {
    expect(byLabel("strict, rule options and a rule turned off", "app/api/leave/route.ts")?.codemod).toContain('\n  cookies().delete("acme_user");\n');
  });
});

// The codemods as users run them: the real jscodeshift CLI with codemods/*.ts, and bin/next-logout-codemod.js.
// Both load the built package: `npm test` builds dist/ first.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCodemod } from "../../src/codemod/engine.ts";
import { createConfigResolver } from "../../src/codemod/eslint-config.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";
import { BROKEN_ROUTE, ROUTE_WITHOUT_CLEAR_SITE_DATA, SEED_STYLE_ROUTE } from "./route-sources.ts";

const EXAMPLE_APP = path.join(REPO_ROOT, "examples/next-app");
const JSCODESHIFT = path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js");
const BIN = path.join(REPO_ROOT, "bin/next-logout-codemod.js");
const WORKER = path.join(REPO_ROOT, "dist/src/codemod/worker.js");
const EXTENSIONS = [".tsx", ".ts", ".jsx", ".js"];
// A hung jscodeshift (a worker thread keeping it alive) is killed after this long and fails its test.
const PROCESS_TIMEOUT = 120_000;

const PACKAGE_JSON = `${JSON.stringify({ name: "jscodeshift-test-app", private: true, dependencies: { next: "16.4.6" } })}\n`;

beforeAll(() => {
  if (!existsSync(WORKER)) {
    throw new Error(`${path.relative(REPO_ROOT, WORKER)} is missing: run \`npm run build\` first (\`npm test\` does), the jscodeshift transforms run the built engine.`);
  }
});

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

function makeTempDir(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-jscodeshift-"));
  temporaryDirectories.push(directory);
  return directory;
}

function copyExampleApp(): string {
  const directory = makeTempDir();
  cpSync(EXAMPLE_APP, directory, { recursive: true });
  return directory;
}

function makeApp(files: Record<string, string>): string {
  const directory = makeTempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), content);
  }
  return directory;
}

/** An app whose eslint.config.mjs can import the plugin and its parser, installed as `npm install` leaves them. */
function makeConfiguredApp(files: Record<string, string>): string {
  const directory = makeApp(files);
  mkdirSync(path.join(directory, "node_modules"));
  symlinkSync(REPO_ROOT, path.join(directory, "node_modules/eslint-plugin-next-logout"), "dir");
  symlinkSync(path.join(REPO_ROOT, "node_modules/@typescript-eslint"), path.join(directory, "node_modules/@typescript-eslint"), "dir");
  return directory;
}

/**
 * Every file under a folder, relative path to content. node_modules is left out: jscodeshift's @babel/register keeps
 * its cache of the compiled transforms in the working directory's node_modules/.cache.
 */
function readTree(directory: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, encoding: "utf8" }).sort()) {
    if (entry.split(path.sep)[0] === "node_modules") continue;
    const file = path.join(directory, entry);
    if (statSync(file).isFile()) tree[entry] = readFileSync(file, "utf8");
  }
  return tree;
}

function read(directory: string, file: string): string {
  return readFileSync(path.join(directory, file), "utf8");
}

/** Fails with the process's output when it was killed (the timeout) or could not start. */
function checkFinished(result: SpawnSyncReturns<string>, command: string): void {
  if (result.error || result.signal) {
    throw new Error(
      `${command} did not finish on its own (${result.error?.message ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
}

interface JscodeshiftRun {
  status: number | null;
  output: string;
  /** jscodeshift's "Results:" counts: it exits 0 even when a transform fails to load, so these are the truth. */
  summary: { errors: number; unmodified: number; skipped: number; ok: number };
}

/** Runs jscodeshift in `directory` on `paths` (default: all of it). */
function jscodeshift(transform: string, directory: string, args: readonly string[] = [], paths: readonly string[] = [directory]): JscodeshiftRun {
  const result = spawnSync(
    process.execPath,
    [JSCODESHIFT, "-t", path.join(REPO_ROOT, "codemods", `${transform}.ts`), "--extensions=tsx,ts,jsx,js", ...args, ...paths],
    { cwd: directory, encoding: "utf8", timeout: PROCESS_TIMEOUT },
  );
  checkFinished(result, `jscodeshift -t codemods/${transform}.ts`);
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  const count = (label: string) => {
    const match = new RegExp(`^(\\d+) ${label}$`, "m").exec(output);
    if (!match) throw new Error(`jscodeshift printed no "${label}" count:\n${output}`);
    return Number(match[1]);
  };
  return { status: result.status, output, summary: { errors: count("errors"), unmodified: count("unmodified"), skipped: count("skipped"), ok: count("ok") } };
}

function nextLogoutCodemod(directory: string, args: readonly string[]): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: directory, encoding: "utf8", timeout: PROCESS_TIMEOUT });
  checkFinished(result, "next-logout-codemod");
  return result;
}

describe("jscodeshift -t codemods/logout.ts on a copy of examples/next-app", { timeout: 2 * PROCESS_TIMEOUT }, () => {
  let directory: string;
  let original: Record<string, string>;
  let first: JscodeshiftRun;
  beforeAll(() => {
    directory = copyExampleApp();
    original = readTree(directory);
    first = jscodeshift("logout", directory);
  }, 2 * PROCESS_TIMEOUT);

  it("exits on its own with status 0 (the worker thread does not keep it alive)", () => {
    expect(first.status, first.output).toBe(0);
  });

  it("reports 0 errors and 4 ok", () => {
    expect(first.summary).toEqual({ errors: 0, unmodified: 3, skipped: 1, ok: 4 });
  });

  it("leaves each file as runCodemod(\"logout\") makes it", () => {
    const changed: string[] = [];
    for (const [file, source] of Object.entries(original)) {
      let expected = source;
      if (EXTENSIONS.includes(path.extname(file))) {
        const result = runCodemod("logout", path.join(directory, file), source);
        if (result.status === "changed") {
          expected = result.output;
          changed.push(file);
        }
      }
      expect(read(directory, file), file).toBe(expected);
    }
    expect(changed).toEqual(["app/(auth)/logout/route.ts", "app/@authenticated/page.tsx", "components/sign-out-button.tsx", "components/user-menu.tsx"]);
  });

  it("a second run reports 0 ok and changes nothing", () => {
    const before = readTree(directory);
    const second = jscodeshift("logout", directory);
    expect(second.summary).toMatchObject({ errors: 0, ok: 0 });
    expect(readTree(directory)).toEqual(before);
  });
});

// With --dry, so one copy serves every transform: each has something to change there, and writes nothing.
describe("each transform loads and runs under jscodeshift --dry", { timeout: PROCESS_TIMEOUT + 10_000 }, () => {
  let directory: string;
  let original: Record<string, string>;
  beforeAll(() => {
    directory = copyExampleApp();
    original = readTree(directory);
  });

  it.each([
    // components/sign-out-button.tsx deletes the session cookie: client-cookie-logout's fix rewrites its navigation.
    ["logout-links", 2],
    ["logout-route-handlers", 1],
    ["client-cookie-logout", 1],
    ["logout", 4],
  ])("%s: 0 errors, %i ok, no file written", (transform, ok) => {
    const result = jscodeshift(transform, directory, ["--dry"]);
    expect(result.summary, result.output).toMatchObject({ errors: 0, ok });
    expect(readTree(directory)).toEqual(original);
  });
});

describe("jscodeshift options and failures", { timeout: PROCESS_TIMEOUT + 10_000 }, () => {
  it("honours --next-version=14: the synchronous cookies().delete stays", () => {
    const file = "app/(auth)/logout/route.ts";
    const directory = makeApp({ "package.json": PACKAGE_JSON, [file]: SEED_STYLE_ROUTE });
    const onNext14 = runCodemod("logout", path.join(directory, file), SEED_STYLE_ROUTE, { nextVersion: "14" });
    const byDefault = runCodemod("logout", path.join(directory, file), SEED_STYLE_ROUTE);
    if (onNext14.status !== "changed" || byDefault.status !== "changed") throw new Error("the seed-style route should need a fix on Next 14 and 16");
    expect(onNext14.output).not.toBe(byDefault.output);

    const result = jscodeshift("logout", directory, ["--next-version=14"]);
    expect(result.summary).toMatchObject({ errors: 0, ok: 1 });
    const written = read(directory, file);
    expect(written).toBe(onNext14.output);
    expect(written).toContain("\n  cookies().delete(cookieName);\n");
    expect(written).not.toContain("await cookies()");
  });

  it("honours --strict=true (the README's spelling): Clear-Site-Data is added", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA });
    const strict = runCodemod("logout", path.join(directory, "app/logout/route.ts"), ROUTE_WITHOUT_CLEAR_SITE_DATA, { strict: true });
    if (strict.status !== "changed") throw new Error("the route should need a fix with strict");
    const result = jscodeshift("logout", directory, ["--strict=true"]);
    expect(result.summary).toMatchObject({ errors: 0, ok: 1 });
    expect(read(directory, "app/logout/route.ts")).toBe(strict.output);
    expect(strict.output).toContain('"Clear-Site-Data": ');
  });

  it("counts a file with a syntax error in errors and leaves it untouched", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/broken/route.ts": BROKEN_ROUTE, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = jscodeshift("logout", directory);
    expect(result.summary).toEqual({ errors: 1, unmodified: 0, skipped: 0, ok: 1 });
    expect(result.output).toMatch(/ERR .*app\/broken\/route\.ts Transformation error/);
    expect(read(directory, "app/broken/route.ts")).toBe(BROKEN_ROUTE);
    expect(read(directory, "app/logout/route.ts")).toContain("(await cookies()).delete(cookieName);");
  });
});

describe("bin/next-logout-codemod.js", { timeout: PROCESS_TIMEOUT + 10_000 }, () => {
  it("on a copy of examples/next-app: exit 0 and the summary line", () => {
    const directory = copyExampleApp();
    const result = nextLogoutCodemod(directory, ["logout", ".", "--force"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^8 files scanned: 4 changed, 3 unchanged, 1 skipped \(nothing to fix\), 0 errors$/m);
  });

  it("exit 1 when a file fails to parse", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/broken/route.ts": BROKEN_ROUTE });
    const result = nextLogoutCodemod(directory, ["logout", ".", "--force"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: app\/broken\/route\.ts:4:\d+: Parsing error: /m);
    expect(result.stdout).toMatch(/^1 file scanned: 0 changed, 0 unchanged, 0 skipped \(nothing to fix\), 1 error$/m);
    expect(read(directory, "app/broken/route.ts")).toBe(BROKEN_ROUTE);
  });
});

describe("the user's ESLint config, under jscodeshift", { timeout: 3 * PROCESS_TIMEOUT }, () => {
  const SIGN_OUT_LINK = 'import Link from "next/link";\n\nexport function AccountMenu() {\n  return <Link href="/users/sign_out">Sign out</Link>;\n}\n';
  const SIGN_OUT_ANCHOR = 'export function AccountMenu() {\n  return <a href="/users/sign_out">Sign out</a>;\n}\n';
  const config = (...extra: string[]) => `import tsParser from "@typescript-eslint/parser";
import nextLogout from "eslint-plugin-next-logout";

export default [
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
  nextLogout.configs.recommended,
  { settings: { "next-logout": { logoutPaths: ["/users/sign_out"] } }, rules: { "next-logout/no-sync-cookies": "off" } },
${extra.map((entry) => `  ${entry},\n`).join("")}];
`;
  // jscodeshift follows the node_modules links into this repository: name the source folders, as the docs say.
  const SOURCE_FOLDERS = ["app", "components", "generated"];
  const inApp = (directory: string) => SOURCE_FOLDERS.map((folder) => path.join(directory, folder));
  const FILES = {
    "package.json": PACKAGE_JSON,
    "components/account-menu.tsx": SIGN_OUT_LINK,
    "generated/account-menu.tsx": SIGN_OUT_LINK,
    "app/logout/route.ts": SEED_STYLE_ROUTE,
  };

  it("reads settings and rules: the configured logout path is fixed, a rule turned off is not applied, ignored files are left", async () => {
    const directory = makeConfiguredApp({ ...FILES, "eslint.config.mjs": config('{ ignores: ["generated/**"] }') });
    const route = path.join(directory, "app/logout/route.ts");
    const lookup = await createConfigResolver()(route);
    if (lookup.kind !== "found") throw new Error(`the route's config was not found: ${lookup.kind}`);
    const expectedRoute = runCodemod("logout", route, SEED_STYLE_ROUTE, { userConfig: lookup.config });
    if (expectedRoute.status !== "changed") throw new Error("the route should need the recommended fixes other than no-sync-cookies");

    const result = jscodeshift("logout", directory, [], inApp(directory));
    expect(result.summary, result.output).toEqual({ errors: 0, unmodified: 0, skipped: 1, ok: 2 });
    expect(read(directory, "components/account-menu.tsx")).toBe(SIGN_OUT_ANCHOR);
    expect(read(directory, "generated/account-menu.tsx")).toBe(SIGN_OUT_LINK);
    expect(read(directory, "app/logout/route.ts")).toBe(expectedRoute.output);
    expect(expectedRoute.output).toContain("\n  cookies().delete(cookieName);\n");
    expect(result.output).toContain(
      ` REP ${path.join(directory, "generated/account-menu.tsx")} not transformed: ${path.join(directory, "eslint.config.mjs")} gives this file no config (it ignores it, or no "files" pattern matches it); --eslint-config=false transforms it with the default settings\n`,
    );
    // Said once per config file, on whichever file jscodeshift's workers reach first.
    const turnedOff = ` next-logout/no-sync-cookies is off in ${path.join(directory, "eslint.config.mjs")}: its fixes are not applied and its findings not listed\n`;
    const notes = result.output.split("\n").filter((line) => line.includes("next-logout/no-sync-cookies is off"));
    expect(notes).toHaveLength(1);
    expect([route, path.join(directory, "components/account-menu.tsx")].map((file) => ` REP ${file}${turnedOff}`)).toContain(`${notes[0]}\n`);
  });

  it("--eslint-config=false: the default settings, under which the configured path is no logout path", () => {
    const directory = makeConfiguredApp({ ...FILES, "eslint.config.mjs": config() });
    const result = jscodeshift("logout", directory, ["--eslint-config=false"], inApp(directory));
    expect(result.summary, result.output).toMatchObject({ errors: 0, ok: 1 });
    expect(read(directory, "components/account-menu.tsx")).toBe(SIGN_OUT_LINK);
    expect(read(directory, "generated/account-menu.tsx")).toBe(SIGN_OUT_LINK);
    expect(read(directory, "app/logout/route.ts")).toContain("\n  (await cookies()).delete(cookieName);\n");
  });

  it("a config that fails: every candidate file is an error naming the config, and none is written (jscodeshift still exits 0)", () => {
    const directory = makeConfiguredApp({ ...FILES, "eslint.config.mjs": 'throw new Error("cannot read secrets.json");\n' });
    const before = readTree(directory);
    const result = jscodeshift("logout", directory, [], inApp(directory));
    expect(result.status).toBe(0);
    expect(result.summary, result.output).toEqual({ errors: 3, unmodified: 0, skipped: 0, ok: 0 });
    expect(result.output).toContain(`Transformation error (ESLint config ${path.join(directory, "eslint.config.mjs")}: cannot read secrets.json)`);
    expect(readTree(directory)).toEqual(before);
  });

  it("bin/next-logout-codemod.js: exit 1, one error line, nothing written", () => {
    const directory = makeConfiguredApp({ ...FILES, "eslint.config.mjs": 'throw new Error("cannot read secrets.json");\n' });
    const before = readTree(directory);
    const result = nextLogoutCodemod(directory, ["logout", ".", "--force"]);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 1,
      stdout: "",
      stderr: "error: ESLint config eslint.config.mjs: cannot read secrets.json (nothing was changed; fix the config, or pass --no-eslint-config)\n",
    });
    expect(readTree(directory)).toEqual(before);
  });
});

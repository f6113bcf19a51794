// ESLint's --cache and --concurrency with the plugin: the same findings as a plain run. Both need every option and
// setting to be plain JSON: the cache hashes the config, and worker threads rebuild it from the config file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

const APP = path.join(REPO_ROOT, "tests/fixtures/every-problem");

/** The every-problem app, with an eslint.config.mjs that turns on configs.all and sets every setting. */
function appFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(APP, { recursive: true, encoding: "utf8" })) {
    if (statSync(path.join(APP, file)).isFile()) files[file] = readFileSync(path.join(APP, file), "utf8");
  }
  files["eslint.config.mjs"] = [
    'import tsParser from "@typescript-eslint/parser";',
    'import nextLogout from "eslint-plugin-next-logout";',
    "export default [",
    '  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },',
    "  nextLogout.configs.all,",
    '  { rules: { "next-logout/no-client-cookie-deletion": ["error", { allowCookies: ["theme"] }] } },',
    '  { settings: { "next-logout": { logoutPaths: ["/logout", "/api/auth/logout", "/account/sign-out"], sessionCookies: ["session", "__Secure-session"], nextVersion: "detect" } } },',
    "];",
    "",
  ].join("\n");
  return files;
}

function eslint(app: ScratchApp, ...args: string[]): { findings: string[]; status: number | null } {
  const bin = path.join(app.dir, "node_modules/eslint/bin/eslint.js");
  const result = spawnSync(process.execPath, [bin, ...args, "--format", "json", "."], { cwd: app.dir, encoding: "utf8" });
  if (!result.stdout.startsWith("[")) throw new Error(`eslint ${args.join(" ")} failed: ${result.stderr}`);
  const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number }[] }[];
  const findings = results
    .flatMap(({ filePath, messages }) => messages.map(({ ruleId, line, column }) => `${path.relative(app.dir, filePath)}:${line}:${column} ${ruleId}`))
    .sort();
  return { findings, status: result.status };
}

describe("the ESLint CLI on the every-problem app with configs.all", () => {
  let app: ScratchApp;
  let plain: string[];
  beforeAll(() => {
    app = createScratchApp(appFiles(), { "@typescript-eslint/parser": path.join(REPO_ROOT, "node_modules/@typescript-eslint/parser") });
    plain = eslint(app).findings;
  });
  afterAll(() => app.remove());

  it("reports the app's problems", () => {
    expect(plain.length).toBeGreaterThan(10);
    expect(plain.every((finding) => finding.includes(" next-logout/"))).toBe(true);
  });

  it("--cache: the first run writes the cache, the second is served from it, both with the plain run's findings", () => {
    const cacheLocation = path.join(app.dir, ".eslintcache");
    expect(eslint(app, "--cache", "--cache-location", cacheLocation).findings).toEqual(plain);
    expect(existsSync(cacheLocation)).toBe(true);
    const cached = readFileSync(cacheLocation, "utf8");
    expect(eslint(app, "--cache", "--cache-location", cacheLocation).findings).toEqual(plain);
    // Nothing changed, so the second run took every result from the cache and rewrote it as it was.
    expect(readFileSync(cacheLocation, "utf8")).toBe(cached);
  });

  it("--concurrency=2 gives the plain run's findings", () => {
    expect(eslint(app, "--concurrency=2").findings).toEqual(plain);
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type TypeScript from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./e2e/scratch-app.ts";

// The published types work on TypeScript 5.0 and later (the documented minimum), in a user's typed ESLint config.
const require = createRequire(import.meta.url);
const COMPILERS = { "5.0": require("typescript-5.0") as typeof TypeScript, current: require("typescript") as typeof TypeScript };

const USER_CONFIG = `import nextLogout, { type NextLogoutSettingsInput } from "eslint-plugin-next-logout";

const settings: NextLogoutSettingsInput = { logoutPaths: ["/logout", "/users/sign_out"], nextVersion: "16" };

export default [nextLogout.configs.recommended, { settings: { "next-logout": settings } }];
export const ruleCount: number = Object.keys(nextLogout.rules).length;
`;

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

/** A user's project holding eslint.config.ts, with the plugin and ESLint "installed". */
function makeUserProject(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-types-"));
  directories.push(directory);
  mkdirSync(path.join(directory, "node_modules"));
  symlinkSync(REPO_ROOT, path.join(directory, "node_modules/eslint-plugin-next-logout"), "dir");
  for (const name of ["eslint", "@eslint", "@types"]) {
    symlinkSync(path.join(REPO_ROOT, "node_modules", name), path.join(directory, "node_modules", name), "dir");
  }
  writeFileSync(path.join(directory, "eslint.config.ts"), USER_CONFIG);
  return directory;
}

function diagnostics(ts: typeof TypeScript, files: string[], options: TypeScript.CompilerOptions): string[] {
  const program = ts.createProgram(files, { noEmit: true, ...options });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("the published types", () => {
  it.each(Object.entries(COMPILERS))("compile in a user's eslint.config.ts with TypeScript %s (strict, skipLibCheck)", (_version, ts) => {
    const directory = makeUserProject();
    const options: TypeScript.CompilerOptions = {
      strict: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    };
    expect(diagnostics(ts, [path.join(directory, "eslint.config.ts")], options)).toEqual([]);
  });

  it("describe the plugin: types/index.d.ts equals what src/index.ts exports", () => {
    const ts = COMPILERS.current;
    const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error("tsconfig.json does not parse");
    expect(diagnostics(ts, [path.join(REPO_ROOT, "tests/types/public-types.check.ts")], config.options)).toEqual([]);
  });
});

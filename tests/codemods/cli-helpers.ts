// Shared by the CLI tests: throwaway apps in the temp directory, the CLI run in-process, and what it printed.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { runCli, type CliIo } from "../../src/codemod/cli.ts";
import plugin from "../../src/index.ts";
import type { RuleId } from "../../src/plugin/rules.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";

export { REPO_ROOT };
export const EXAMPLE_APP = path.join(REPO_ROOT, "examples/next-app");
export const PACKAGE_JSON = `${JSON.stringify({ name: "cli-test-app", private: true, dependencies: { next: "16.4.6" } })}\n`;

const TEMPORARY_FILE = /^\..+\.next-logout-.+\.tmp$/;

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

export function makeTempDir(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-cli-"));
  temporaryDirectories.push(directory);
  return directory;
}

/** A folder with the given files (text or bytes), by path relative to it. */
export function makeApp(files: Record<string, string | Uint8Array>): string {
  const directory = makeTempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), content);
  }
  return directory;
}

/**
 * Installs the built plugin into the app's node_modules, as `npm install` would, so its eslint.config.mjs can
 * `import nextLogout from "eslint-plugin-next-logout"`. `npm test` builds dist/ first.
 */
export function installPlugin(directory: string): void {
  if (!existsSync(path.join(REPO_ROOT, "dist/src/index.js"))) throw new Error("dist/ is missing: run `npm run build` first (`npm test` does).");
  mkdirSync(path.join(directory, "node_modules"), { recursive: true });
  symlinkSync(REPO_ROOT, path.join(directory, "node_modules/eslint-plugin-next-logout"), "dir");
}

export function copyExampleApp(): string {
  const directory = makeTempDir();
  cpSync(EXAMPLE_APP, directory, { recursive: true });
  return directory;
}

/**
 * The files under a folder, as paths relative to it, sorted; `.git` and `node_modules` left out, and symbolic
 * links not followed (an app's node_modules links to this repository).
 */
function listFiles(directory: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(directory, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory() && ![".git", "node_modules"].includes(entry.name)) files.push(...listFiles(directory, relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** Every file under a folder (`.git` and `node_modules` left out), relative path to content. */
export function readTree(directory: string): Record<string, string> {
  return Object.fromEntries(listFiles(directory).map((file) => [file, readFileSync(path.join(directory, file), "latin1")]));
}

export function findTemporaryFiles(directory: string): string[] {
  return listFiles(directory).filter((file) => TEMPORARY_FILE.test(path.basename(file)));
}

export function read(directory: string, file: string): string {
  return readFileSync(path.join(directory, file), "utf8");
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with its working directory at `cwd`; every run must leave no temporary file behind. */
export async function run(cwd: string, argv: readonly string[], io: Partial<Pick<CliIo, "isTty" | "Eslint">> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    cwd,
    isTty: io.isTty ?? false,
    Eslint: io.Eslint,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  expect(findTemporaryFiles(cwd)).toEqual([]);
  return { code, stdout, stderr };
}

export function outputLines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

export function errorLines(result: Run): string[] {
  return outputLines(result.stderr).filter((line) => line.startsWith("error: "));
}

/** The summary line: the last line of stdout. */
export function summaryLine(result: Run): string | undefined {
  return outputLines(result.stdout).at(-1);
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.error || result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

/** Makes the folder a git repository with everything in it committed. */
export function commitAll(directory: string): void {
  git(directory, "init", "-q");
  git(directory, "add", "-A");
  git(directory, "-c", "user.email=a@b", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "initial");
}

/** A rule's message as ESLint words it, from the rule's own template: expectations follow the rules' wording. */
export function ruleMessage(rule: RuleId, messageId: string, data: Record<string, string> = {}): string {
  const template = (plugin.rules[rule].meta?.messages as Record<string, string> | undefined)?.[messageId];
  if (template === undefined) throw new Error(`${rule} has no message ${messageId}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`${rule}/${messageId} needs {{${name}}}`);
    return data[name] as string;
  });
}

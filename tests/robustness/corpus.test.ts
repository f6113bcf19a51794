// Every rule over thousands of real files: the installed packages' own sources, Next.js shaped files and syntax
// edge cases. A rule that throws breaks lint for the whole file, so any exception fails the test, naming the file,
// the rule and the stack.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { REPO_ROOT } from "../e2e/scratch-app.ts";
import { allRulesConfig, getCrashedRule, isNotLinted, linter } from "./linter.ts";
import { NEXT_SHAPED_FILES } from "./next-shapes.ts";

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const MAX_BYTES = 60_000;
/** How many of node_modules' source files to lint: a fixed stride through the sorted list, so every package shows. */
const REAL_FILES = 5_200;

/** Every source file under node_modules, sorted, largest and generated caches left out. */
function listNodeModulesSources(): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const entryPath = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".cache" && entry.name !== ".bin") walk(entryPath);
      } else if (entry.isFile() && SOURCE.test(entry.name) && statSync(entryPath).size <= MAX_BYTES) {
        files.push(entryPath);
      }
    }
  };
  walk(path.join(REPO_ROOT, "node_modules"));
  return files;
}

function pickEvenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const stride = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * stride)]!);
}

const appDirectory = mkdtempSync(path.join(tmpdir(), "next-logout-corpus-"));
afterAll(() => rmSync(appDirectory, { recursive: true, force: true }));

function writeNextShapedApp(): string[] {
  writeFileSync(path.join(appDirectory, "package.json"), JSON.stringify({ name: "corpus-app", dependencies: { next: "16.4.6" } }));
  return Object.entries(NEXT_SHAPED_FILES).map(([file, text]) => {
    const filePath = path.join(appDirectory, file);
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, text);
    return filePath;
  });
}

it("lints at least 5,000 real and edge-case files with every rule and no rule exception", () => {
  const shaped = writeNextShapedApp();
  const files = [...pickEvenly(listNodeModulesSources(), REAL_FILES), ...shaped];
  const crashes: string[] = [];
  let parseErrors = 0;
  const notLinted: string[] = [];
  const started = performance.now();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    try {
      const messages = linter.verify(text, allRulesConfig(file), { filename: file });
      if (messages.some((message) => message.fatal)) parseErrors++;
      if (messages.some(isNotLinted)) notLinted.push(file);
    } catch (error) {
      crashes.push(`${path.relative(REPO_ROOT, file)}: ${getCrashedRule(error)}\n${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `corpus: ${files.length} files (${shaped.length} Next.js shaped or edge cases) in ${seconds.toFixed(1)} s, ` +
      `${Math.round(files.length / seconds)} files/s; ${parseErrors} files the parser rejected; ${crashes.length} rule exceptions`,
  );
  expect(files.length).toBeGreaterThanOrEqual(5_000);
  expect(notLinted).toEqual([]);
  expect(crashes).toEqual([]);
});

it("the Next.js shaped files parse, so the rules really walk them", () => {
  for (const [file, text] of Object.entries(NEXT_SHAPED_FILES)) {
    const filePath = path.join(appDirectory, file);
    const fatal = linter.verify(text, allRulesConfig(filePath), { filename: filePath }).filter((message) => message.fatal);
    expect(fatal, file).toEqual([]);
  }
});

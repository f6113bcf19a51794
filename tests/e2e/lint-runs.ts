// Runs oxlint and ESLint as a user would in a scratch app, and reads both JSON outputs into the same shape, so a
// test can compare findings position by position.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./scratch-app.ts";

/** One finding, positions as ESLint gives them: 1-based lines, 1-based columns in UTF-16 code units. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
}

export interface LintRun {
  status: number | null;
  findings: Finding[];
  stdout: string;
}

/** A finding of oxlint, with the start it prints itself: its columns count UTF-8 bytes. */
export interface OxlintFinding extends Finding {
  reportedLine: number;
  reportedColumn: number;
}

export interface OxlintRun extends LintRun {
  findings: OxlintFinding[];
  /** Diagnostics without a rule, such as "Error running JS plugin" when a rule throws. */
  pluginErrors: string[];
}

export const PLUGIN_PREFIX = "next-logout/";

/** Every file of `tests/fixtures/<name>`, as a map from relative path to text (createScratchApp's input). */
export function readFixtureApp(name: string): Record<string, string> {
  const root = path.join(REPO_ROOT, "tests/fixtures", name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full)] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return files;
}

/** The first ```lang block under a `## heading` of the README: the tests run what the README shows. */
export function readReadmeBlock(heading: string, lang: string): string {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const block = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section);
  if (!block?.[1]) throw new Error(`README.md's "## ${heading}" section has no \`\`\`${lang} block`);
  return block[1];
}

/** `npx oxlint --format json …` in the app, with oxlint installed in its node_modules. */
export function runOxlint(appDir: string, args: string[]): OxlintRun {
  const bin = path.join(appDir, "node_modules/oxlint/bin/oxlint");
  const result = spawnSync(process.execPath, [bin, "--format", "json", ...args], { cwd: appDir, encoding: "utf8" });
  if (result.error) throw result.error;
  const output = JSON.parse(result.stdout) as { diagnostics: OxlintDiagnostic[] };
  const findings: OxlintFinding[] = [];
  const pluginErrors: string[] = [];
  for (const diagnostic of output.diagnostics) {
    const span = diagnostic.labels[0]?.span;
    const rule = diagnostic.code ? /^([^(]+)\((.+)\)$/.exec(diagnostic.code) : null;
    if (!span || !rule) {
      pluginErrors.push(diagnostic.message.split("\n")[0] ?? "");
      continue;
    }
    const bytes = readFileSync(path.join(appDir, diagnostic.filename));
    const start = positionAt(bytes, span.offset);
    const end = positionAt(bytes, span.offset + span.length);
    findings.push({
      file: diagnostic.filename,
      ...start,
      endLine: end.line,
      endColumn: end.column,
      rule: `${rule[1]}/${rule[2]}`,
      reportedLine: span.line,
      reportedColumn: span.column,
    });
  }
  return { status: result.status, findings: sortFindings(findings), stdout: result.stdout, pluginErrors };
}

/** `npx eslint --format json …` in the app. */
export function runEslint(appDir: string, args: string[]): LintRun {
  const bin = path.join(appDir, "node_modules/eslint/bin/eslint.js");
  const result = spawnSync(process.execPath, [bin, "--format", "json", ...args], { cwd: appDir, encoding: "utf8" });
  if (result.error) throw result.error;
  const results = JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[] }[];
  const findings = results.flatMap(({ filePath, messages }) =>
    messages.map((message) => ({
      file: path.relative(appDir, filePath),
      line: message.line,
      column: message.column,
      endLine: message.endLine ?? message.line,
      endColumn: message.endColumn ?? message.column,
      rule: message.ruleId ?? "(fatal)",
    })),
  );
  return { status: result.status, findings: sortFindings(findings), stdout: result.stdout };
}

/** `file:line:column-endLine:endColumn rule`, the plugin's findings only: what the tests compare. */
export function describeOurs(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.rule.startsWith(PLUGIN_PREFIX))
    .map((finding) => `${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.rule.slice(PLUGIN_PREFIX.length)}`);
}

interface OxlintDiagnostic {
  message: string;
  code?: string;
  filename: string;
  labels: { span: { offset: number; length: number; line: number; column: number } }[];
}

interface EslintMessage {
  ruleId: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A UTF-8 byte offset (oxlint's spans) as ESLint's 1-based line and UTF-16 column. */
function positionAt(bytes: Buffer, offset: number): { line: number; column: number } {
  const lines = bytes.subarray(0, offset).toString("utf8").split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

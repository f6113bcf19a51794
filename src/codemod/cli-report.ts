// What the CLI prints after a run: the config it read, the files it changed, the findings left for the user (by
// rule, with file:line:column), rules a config turned off, files a config ignores, errors, and the counts.
import { PLUGIN_NAMESPACE } from "../plugin/configs.ts";
import type { CliIo, LeftFinding, Summary } from "./cli-run.ts";

const NO_CONFIG_HINT = "--no-eslint-config";

export function printSummary(summary: Summary, dry: boolean, io: CliIo): void {
  if (summary.configErrors.length > 0) {
    for (const error of summary.configErrors) io.stderr(`error: ${error} (nothing was changed; fix the config, or pass ${NO_CONFIG_HINT})\n`);
    for (const error of summary.errors) io.stderr(`error: ${error}\n`);
    return;
  }
  let text = "";
  if (summary.configFiles.size > 0) text += `ESLint config read: ${[...summary.configFiles].join(", ")}\n`;
  if (summary.changed.length > 0) {
    text += `${dry ? "Would change" : "Changed"} ${summary.changed.length} file(s):\n${summary.changed.map((file) => `  ${file}\n`).join("")}`;
  }
  text += formatLeftForYou(summary.findings, dry);
  for (const [configFile, rules] of summary.turnedOff) {
    for (const rule of [...rules].sort()) {
      text += `${PLUGIN_NAMESPACE}/${rule} is off in ${configFile}: its fixes are not applied and its findings not listed.\n`;
    }
  }
  for (const [configFile, count] of summary.ignored) {
    text +=
      `${configFile} gives no config for ${plural(count, "file")} (it ignores them, or no "files" pattern matches them): ` +
      `left as they are; ${NO_CONFIG_HINT} transforms them with the default settings.\n`;
  }
  if (text !== "") io.stdout(text);
  for (const error of summary.errors) io.stderr(`error: ${error}\n`);
  const ignored = [...summary.ignored.values()].reduce((sum, count) => sum + count, 0);
  io.stdout(
    `${plural(summary.scanned, "file")} scanned: ${summary.changed.length} ${dry ? "would change" : "changed"}, ${summary.unchanged} unchanged, ` +
      `${summary.skipped} skipped (nothing to fix), ${ignored > 0 ? `${ignored} ignored by the ESLint config, ` : ""}${plural(summary.errors.length, "error")}\n`,
  );
}

/** The findings no fix removed, grouped by rule (rules sorted), each as `file:line:column message`. */
function formatLeftForYou(findings: readonly LeftFinding[], dry: boolean): string {
  if (findings.length === 0) return "";
  const byRule = new Map<string, LeftFinding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const where = dry ? "as the files would be after the changes" : "as the files are after the changes";
  let text = `Left for you: ${plural(findings.length, "finding")} with no safe automatic fix (lines ${where}):\n`;
  for (const ruleId of [...byRule.keys()].sort()) {
    text += `  ${ruleId}\n`;
    for (const { file, line, column, message } of byRule.get(ruleId) ?? []) text += `    ${file}:${line}:${column} ${message}\n`;
  }
  return text;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

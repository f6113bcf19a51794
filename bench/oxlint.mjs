// Oxlint with next-logout as a JS plugin, for bench/run.mjs: row (e), beside ESLint's (c). Both run no-debugger
// plus configs.all; oxlint's own default rules are off, so the two differ only in the linter. Oxlint is timed
// from spawn to exit, which is what a user waits for; ESLint's (c) runs in the benchmark's process, already
// loaded and warm, so the comparison is, if anything, unfair to oxlint.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

export const OXLINT_LABEL = "(e) oxlint: no-debugger + next-logout configs.all as a JS plugin (spawn to exit)";

/** `.oxlintrc.json` for (e): the built plugin by absolute path, every rule of configs.all, nothing of oxlint's own. */
export function writeOxlintConfig(dir, pluginFile, ruleIds) {
  const file = path.join(dir, "oxlintrc.bench.json");
  const config = {
    categories: { correctness: "off" },
    jsPlugins: [pluginFile],
    rules: { "no-debugger": "error", ...Object.fromEntries(ruleIds.map((rule) => [rule, "error"])) },
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** `oxlint -c <config> --format json <files>`, timed; findings counted by rule as ESLint names them. */
export function runOxlint(bin, config, cwd, files) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [bin, "-c", config, "--format", "json", ...files], { cwd, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
  const ms = performance.now() - start;
  // 1 means it found errors; anything else (or no JSON) means it didn't lint.
  if (child.status !== 0 && child.status !== 1) throw new Error(`oxlint exited with ${child.status ?? child.signal}:\n${child.stderr}\n${child.stdout.slice(-2000)}`);
  const output = JSON.parse(child.stdout);
  const findings = {};
  const pluginErrors = [];
  for (const diagnostic of output.diagnostics) {
    const rule = /^([^(]+)\((.+)\)$/.exec(diagnostic.code ?? "");
    if (rule) findings[`${rule[1]}/${rule[2]}`] = (findings[`${rule[1]}/${rule[2]}`] ?? 0) + 1;
    else pluginErrors.push(`${diagnostic.filename}: ${diagnostic.message.split("\n")[0]}`);
  }
  if (pluginErrors.length > 0) throw new Error(`oxlint could not run the plugin on ${pluginErrors.length} files, e.g. ${pluginErrors[0]}`);
  return { ms, files: output.number_of_files, rules: output.number_of_rules, threads: output.threads_count, findings };
}

#!/usr/bin/env node
// A small, profilable workload for the misses in docs/performance.md. Run it under the V8 profiler and read the
// profile with bench/cpuprofile-top.mjs:
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs lint [--files N]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs codemod [--files N]
//   node bench/cpuprofile-top.mjs /tmp/prof/*.cpuprofile
//
// `lint` lints a generated corpus with the parser and next-logout's configs.all only (no other rule) and prints
// ESLint's per-rule stats; `codemod` runs the logout codemod engine in process over every file (the work
// jscodeshift's worker hands to it) and prints how many files the text prefilter let through. `clone-ab` lints the
// corpus with configs.all in alternating rounds, with the global structuredClone as it is and replaced by a JSON
// round trip, to measure what typescript-eslint's RuleCreator (applyDefault: structuredClone of the default options
// in every rule's create(), for every file) costs the rules.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { files: { type: "string", default: "2000" }, rounds: { type: "string", default: "2" } } });
const mode = positionals[0];
if (mode !== "lint" && mode !== "codemod" && mode !== "clone-ab") {
  process.stderr.write("usage: node bench/profile.mjs lint|codemod|clone-ab [--files N] [--rounds N]\n");
  process.exit(1);
}

const { generateCorpus } = await import("./corpus.mjs");
const dir = mkdtempSync(path.join(os.tmpdir(), "next-logout-profile-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const corpus = generateCorpus({ dir, files: Number(values.files) });
const { readdirSync } = await import("node:fs");
const sources = readdirSync(dir, { recursive: true })
  .filter((file) => /\.(?:tsx?|jsx?)$/.test(file))
  .map((file) => path.join(dir, file))
  .sort();

const nativeStructuredClone = globalThis.structuredClone;
const jsonClone = (value) => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

for (let round = 0; round < Number(values.rounds); round++) {
  const start = performance.now();
  if (mode === "clone-ab") {
    for (const variant of round % 2 === 0 ? ["native", "json"] : ["json", "native"]) {
      globalThis.structuredClone = variant === "native" ? nativeStructuredClone : jsonClone;
      const variantStart = performance.now();
      const { ruleMs, files } = await lintWithOurRules();
      const total = Object.values(ruleMs).reduce((sum, ms) => sum + ms, 0);
      console.log(`round ${round + 1} structuredClone=${variant.padEnd(6)}: ${files} files in ${(performance.now() - variantStart).toFixed(0)} ms; our rules ${total.toFixed(0)} ms = ${((total * 1000) / files).toFixed(1)} µs/file; first rule created (${Object.keys(ruleMs)[0]}) ${((ruleMs[Object.keys(ruleMs)[0]] * 1000) / files).toFixed(1)} µs/file`);
    }
    globalThis.structuredClone = nativeStructuredClone;
  } else if (mode === "lint") {
    const { ESLint } = await import("eslint");
    const tsParser = (await import("@typescript-eslint/parser")).default;
    const plugin = (await import("../dist/src/index.js")).default;
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.{js,jsx,ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }, plugin.configs.all],
      stats: true,
      cache: false,
    });
    const results = await eslint.lintFiles(sources);
    const ruleMs = {};
    let parseMs = 0;
    for (const result of results) {
      for (const pass of result.stats.times.passes) {
        parseMs += pass.parse.total;
        for (const [rule, time] of Object.entries(pass.rules)) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
      }
    }
    console.log(`round ${round + 1}: ${results.length} files (${corpus.lines} lines) in ${(performance.now() - start).toFixed(0)} ms; parse ${parseMs.toFixed(0)} ms`);
    for (const [rule, ms] of Object.entries(ruleMs).sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(45)} ${ms.toFixed(1).padStart(8)} ms ${((ms * 1000) / results.length).toFixed(1).padStart(7)} µs/file`);
  } else {
    const { runCodemod } = await import("../dist/src/codemod/engine.js");
    const statuses = {};
    for (const file of sources) {
      const { status } = runCodemod("logout", file, readFileSync(file, "utf8"));
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    console.log(`round ${round + 1}: ${sources.length} files in ${(performance.now() - start).toFixed(0)} ms; ${JSON.stringify(statuses)} (skipped = ruled out by the text prefilter)`);
  }
}

async function lintWithOurRules() {
  const { ESLint } = await import("eslint");
  const tsParser = (await import("@typescript-eslint/parser")).default;
  const plugin = (await import("../dist/src/index.js")).default;
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.{js,jsx,ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }, plugin.configs.all],
    stats: true,
    cache: false,
  });
  const results = await eslint.lintFiles(sources);
  const ruleMs = {};
  for (const result of results) {
    for (const pass of result.stats.times.passes) {
      for (const [rule, time] of Object.entries(pass.rules)) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  return { ruleMs, files: results.length };
}

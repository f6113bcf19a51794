#!/usr/bin/env node
// `npm run bench`: how much next-logout costs, measured against the floor (what any lint or codemod run costs
// anyway) and the peers (@next/eslint-plugin-next's recommended rules, @next/codemod's next-async-request-api),
// and what the same rules cost under oxlint, side by side and interleaved, on a generated App Router codebase.
// See docs/performance.md.
//
//   node bench/run.mjs [--files N] [--rounds N] [--seed N] [--repo PATH] [--repo-only] [--full] [--quick]
//                      [--no-write] [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { fmtMs, fmtS, fmtUs, linearFit, median, pct, sum } from "./stats.mjs";

const benchStart = performance.now();
const DOC_START = "<!-- bench:results:start -->";
const DOC_END = "<!-- bench:results:end -->";
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, "..");

// ---------------------------------------------------------------------------------------------------------------
// Options

const { values: flags } = parseArgs({
  options: {
    files: { type: "string" },
    rounds: { type: "string" },
    seed: { type: "string" },
    repo: { type: "string" },
    "repo-only": { type: "boolean", default: false },
    full: { type: "boolean", default: false },
    "scaling-floor": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (flags.help) {
  console.log(`Usage: npm run bench -- [options]

  --files N     files in the generated corpus (default 4000; scaling runs at N/4, N/2, N and 2N)
  --rounds N    interleaved rounds (default 5, at least 5 unless --quick)
  --seed N      corpus seed (default ${0x5eed2026})
  --repo PATH   also lint and transform a real repository's .ts/.tsx/.js/.jsx files
  --repo-only   with --repo: skip the generated corpus's lint and codemod comparison
  --full        every round covers the whole corpus (default: each round covers 1/rounds of it, see docs)
  --scaling-floor  also lint the traversal floor on every scaling tree (slower; default: configs.all only)
  --quick       smoke test: 1000 files, 3 rounds
  --no-write    don't update docs/performance.md (bench/results.json is always written)
  --keep        keep the temporary corpus directory`);
  process.exit(0);
}

const files = Number(flags.files ?? (flags.quick ? 1000 : 4000));
const rounds = Number(flags.rounds ?? (flags.quick ? 3 : 5));
const seedArg = flags.seed === undefined ? undefined : Number(flags.seed);
if (!Number.isInteger(files) || files < 40) fail("--files must be an integer >= 40");
if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds must be a positive integer");
if (rounds < 5 && !flags.quick) fail("--rounds must be at least 5 (ratios need at least 5 interleaved rounds); use --quick for a smoke test");
if (flags["repo-only"] && !flags.repo) fail("--repo-only needs --repo PATH");
if (flags.repo && !existsSync(flags.repo)) fail(`--repo ${flags.repo} does not exist`);

// ---------------------------------------------------------------------------------------------------------------
// Preconditions: the built plugin and the peers

const DIST_PLUGIN = path.join(repoRoot, "dist", "src", "index.js");
const DIST_ENGINE = path.join(repoRoot, "dist", "src", "codemod", "engine.js");
const DIST_WORKER = path.join(repoRoot, "dist", "src", "codemod", "worker.js");
for (const built of [DIST_PLUGIN, DIST_ENGINE, DIST_WORKER]) {
  if (!existsSync(built)) fail(`${path.relative(repoRoot, built)} is missing: the benchmark runs the built plugin. Run \`npm run build\` first.`);
}
const JSCODESHIFT = path.join(repoRoot, "node_modules", "jscodeshift", "bin", "jscodeshift.js");
const TRANSFORMS = {
  noop: { label: "no-op floor (bench/noop-transform.cjs)", file: path.join(benchDir, "noop-transform.cjs") },
  logout: { label: "codemods/logout.ts", file: path.join(repoRoot, "codemods", "logout.ts") },
  peer: { label: "@next/codemod next-async-request-api", file: path.join(repoRoot, "node_modules", "@next", "codemod", "transforms", "next-async-request-api.js") },
};
const OXLINT_BIN = path.join(repoRoot, "node_modules", "oxlint", "bin", "oxlint");
for (const needed of [JSCODESHIFT, TRANSFORMS.peer.file, path.join(repoRoot, "node_modules", "@next", "eslint-plugin-next", "package.json"), OXLINT_BIN]) {
  if (!existsSync(needed)) fail(`${path.relative(repoRoot, needed)} is missing: run \`npm install\` (the benchmark needs the devDependencies).`);
}

const { ESLint } = await import("eslint");
const { LINT_VARIANTS, eslintOptions, ourRuleIds, peerRuleIds, OUR_PREFIX, PEER_PREFIX } = await import("./configs.mjs");
const { OXLINT_LABEL, writeOxlintConfig, runOxlint } = await import("./oxlint.mjs");
const { runCodemod } = await import(pathToFileURL(DIST_ENGINE).href);
const { generateCorpora, generateCorpus, generateBigFile, listSources, mulberry32, DEFAULT_SEED, NEXT_VERSION } = await import("./corpus.mjs");
const seed = seedArg ?? DEFAULT_SEED;

// A full collection before every timed lint, so one variant's garbage is not collected on the next one's clock.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

const machine = {
  cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
  cpus: os.cpus().length,
  totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
};

// ---------------------------------------------------------------------------------------------------------------
// Corpora

const tmp = mkdtempSync(path.join(os.tmpdir(), "next-logout-bench-"));
process.on("exit", () => {
  if (!flags.keep) rmSync(tmp, { recursive: true, force: true });
});
log(`temp dir ${tmp}; ${files} files, ${rounds} rounds, seed ${seed}${flags.full ? ", full rounds" : ""}`);
const oxlintConfig = writeOxlintConfig(tmp, DIST_PLUGIN, ourRuleIds);

const { sizes, corpora, main } = generateCorpora({ tmp, files, prefix: "corpus", generate: (dir, size) => generateCorpus({ dir, files: size, seed }) });
log(`generated corpora ${sizes.join(", ")} (main: ${main.lines} lines, ${main.defects.length} defect files)`);

const BIG_LINES = 20_000;
const bigDir = path.join(tmp, "big-file");
mkdirSync(path.join(bigDir, "components"), { recursive: true });
writeFileSync(path.join(bigDir, "package.json"), `${JSON.stringify({ name: "bench-big-file", private: true, dependencies: { next: NEXT_VERSION } }, null, 2)}\n`);
const bigFile = path.join(bigDir, "components", "generated-big.tsx");
const bigSource = generateBigFile({ lines: BIG_LINES, seed });
writeFileSync(bigFile, bigSource);
const bigLines = bigSource.split("\n").length - 1;

// One file that passes every transform's prefilter: what a run costs before it does any per-file work.
const oneDir = path.join(tmp, "one-file");
mkdirSync(path.join(oneDir, "app"), { recursive: true });
writeFileSync(path.join(oneDir, "package.json"), `${JSON.stringify({ name: "bench-one-file", private: true, dependencies: { next: NEXT_VERSION } }, null, 2)}\n`);
writeFileSync(path.join(oneDir, "app", "page.tsx"), `import Link from "next/link";\n\nexport default function Page() {\n  return <Link href="/">Home</Link>;\n}\n`);

// The codemod engine itself, in process, on the defect files: every seeded defect must be fixed, or the corpus
// doesn't exercise what it claims to.
const engineCheck = { changed: 0, defects: main.defects.length, unchanged: [] };
for (const defect of main.defects) {
  const file = path.join(main.dir, defect.file);
  const result = runCodemod("logout", file, readFileSync(file, "utf8"));
  if (result.status === "changed") engineCheck.changed++;
  else engineCheck.unchanged.push(`${defect.kind}: ${defect.file}`);
}
log(`engine check: ${engineCheck.changed}/${engineCheck.defects} defect files changed by the logout codemod`);

// ---------------------------------------------------------------------------------------------------------------
// Warm-up: JIT-compile the parser, ESLint and every rule before anything is timed (results discarded).

{
  const warm = main.sources.slice(0, Math.min(100, main.sources.length));
  for (const variant of ["ours", "peer", "floor", "bare"]) await lintOnce(variant, main.dir, warm);
  runOxlint(OXLINT_BIN, oxlintConfig, main.dir, warm);
  log("warm-up done");
}

// ---------------------------------------------------------------------------------------------------------------
// Lint and codemod comparisons, interleaved

const comparisons = {};
if (!flags["repo-only"]) comparisons.corpus = await compare("corpus", main.dir, main.sources, main.lines);
if (flags.repo) {
  const repoDir = path.resolve(flags.repo);
  const repoSources = listSources(repoDir);
  if (repoSources.length === 0) fail(`--repo ${repoDir} has no .ts/.tsx/.js/.jsx files outside node_modules, .next, dist and build`);
  const repoLines = repoSources.reduce((sum, file) => sum + readFileSync(file, "utf8").split("\n").length, 0);
  comparisons.repo = await compare("repo", repoDir, repoSources, repoLines);
}

// The monorepo-shaped corpus: cross-file links, the resolver and cache on a line of their own (bench/monorepo-bench.mjs).
const { runMonorepoBench, addMonorepoTargets, renderMonorepo } = await import("./monorepo-bench.mjs");
const monorepo = flags["repo-only"] ? null : await runMonorepoBench({ tmp, files, rounds, seed, full: flags.full, log });

// ---------------------------------------------------------------------------------------------------------------
// Fixed cost of a codemod run: one file that every prefilter lets through.

const fixedCost = {};
for (const name of ["noop", "logout", "peer"]) fixedCost[name] = runJscodeshift(name, [oneDir], { silent: false }).ms;
log(`codemod fixed cost (1 file): ${Object.entries(fixedCost).map(([name, ms]) => `${name} ${fmtS(ms)}`).join(", ")}`);
// The same for oxlint (e): process start, loading the JS plugin, one file.
const oxlintFixedMs = runOxlint(OXLINT_BIN, oxlintConfig, oneDir, [path.join(oneDir, "app", "page.tsx")]).ms;
log(`oxlint fixed cost (1 file): ${fmtS(oxlintFixedMs)}`);

// ---------------------------------------------------------------------------------------------------------------
// Scaling: whole trees of N/4 .. 2N files, lint (configs.all; the floor too with --scaling-floor) and the logout
// codemod, one run each; plus the concurrency comparisons next to their concurrency-off twins.

const scaling = [];
const concurrency = { files: null, codemodFiles: null, jscodeshiftDefaultWorkers: Math.max(os.cpus().length - 1, 1) };
for (const [index, size] of sizes.entries()) {
  const corpus = corpora.get(size);
  const variants = flags["scaling-floor"] ? (index % 2 === 0 ? ["floor", "ours"] : ["ours", "floor"]) : ["ours"];
  const lint = {};
  for (const variant of variants) lint[variant] = await lintOnce(variant, corpus.dir, [corpus.dir]);
  if (size === files) {
    // ESLint `concurrency: 2` for (c), on the main corpus, right after the same lint with concurrency off.
    const concurrent = await lintOnce("ours", corpus.dir, [corpus.dir], { concurrency: 2 });
    Object.assign(concurrency, { files: corpus.sources.length, eslintOff: lint.ours.ms, eslintTwo: concurrent.ms, eslintOffFindings: lint.ours.ourFindings, eslintTwoFindings: concurrent.ourFindings });
  }
  const codemod = runJscodeshift("logout", [corpus.dir], { silent: false, cpus: 1 });
  if (index === 0) {
    // jscodeshift clamps --cpus to os.cpus().length - 1: on 2 cores --cpus=2 still spawns one worker. Shown on the
    // smallest tree, where the run is cheapest.
    const cpus2 = runJscodeshift("logout", [corpus.dir], { silent: false, cpus: 2 });
    Object.assign(concurrency, { codemodFiles: corpus.sources.length, jscodeshiftCpus1: codemod.ms, jscodeshiftCpus2: cpus2.ms, jscodeshiftWorkersCpus1: codemod.workers, jscodeshiftWorkersCpus2: cpus2.workers });
  }
  scaling.push({ files: corpus.sources.length, lines: corpus.lines, defects: corpus.defects.length, lint, codemod });
  log(`scaling ${size}: ${lint.floor ? `floor ${fmtS(lint.floor.ms)}, ` : ""}configs.all ${fmtS(lint.ours.ms)}, logout codemod ${fmtS(codemod.ms)} (${codemod.ok} changed)`);
}

// ---------------------------------------------------------------------------------------------------------------
// One 20,000-line file

// Paired, round by round, with files of the main corpus adding up to as many lines, so the per-line comparison
// doesn't depend on how busy the machine was at another time.
const bigRounds = Math.min(rounds, 3);
const chunk = { files: [], lines: 0 };
for (const file of shuffle(main.sources)) {
  if (chunk.lines >= bigLines) break;
  chunk.files.push(file);
  chunk.lines += readFileSync(file, "utf8").split("\n").length - 1;
}
const big = { lines: bigLines, floor: [], ours: [], ourRuleMs: [], chunkFiles: chunk.files.length, chunkLines: chunk.lines, chunkOurs: [], chunkRuleMs: [] };
for (let round = 0; round < bigRounds; round++) {
  for (const variant of rotate(["floor", "ours", "chunk"], round)) {
    const run = await lintOnce(variant === "chunk" ? "ours" : variant, variant === "chunk" ? main.dir : bigDir, variant === "chunk" ? chunk.files : [bigFile]);
    if (variant === "chunk") {
      big.chunkOurs.push(run.ms);
      big.chunkRuleMs.push(ourRuleSum(run.ruleMs));
      continue;
    }
    big[variant].push(run.ms);
    if (variant === "ours") big.ourRuleMs.push(ourRuleSum(run.ruleMs));
  }
}
log(`big file: floor ${fmtMs(median(big.floor))}, configs.all ${fmtMs(median(big.ours))}; ${chunk.files.length} corpus files of ${chunk.lines} lines: ${fmtMs(median(big.chunkOurs))}`);

// ---------------------------------------------------------------------------------------------------------------
// Results

const benchWallMs = performance.now() - benchStart;
const results = summarize();
writeFileSync(path.join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
console.log(markdown);
if (!flags["no-write"]) writeDoc(markdown);
log(`done in ${fmtS(benchWallMs)}; wrote bench/results.json${flags["no-write"] ? "" : " and docs/performance.md"}`);

// ===============================================================================================================

/** Lint and codemod variants, interleaved round by round on the same files (each round its slice of them). */
async function compare(name, cwd, sources, lines) {
  const slices = makeSlices(sources, rounds);
  const lintVariants = ["bare", "floor", "ours", "peer"];
  const codemodVariants = ["noop", "logout", "peer"];
  const lint = Object.fromEntries(lintVariants.map((variant) => [variant, { ms: [], files: 0, parseMs: 0, ruleMs: {}, findings: {}, fatal: 0 }]));
  const codemod = Object.fromEntries(codemodVariants.map((variant) => [variant, { ms: [], reports: 0, errors: 0 }]));
  const oxlint = { ms: [], files: 0, findings: {}, threads: null, rules: null };
  for (let round = 0; round < rounds; round++) {
    const slice = slices[round];
    // (e) takes its turn among the ESLint lints, in the same rotation.
    for (const variant of rotate([...lintVariants, "oxlint"], round)) {
      if (variant === "oxlint") {
        const run = runOxlint(OXLINT_BIN, oxlintConfig, cwd, slice);
        Object.assign(oxlint, { files: oxlint.files + run.files, threads: run.threads, rules: run.rules });
        oxlint.ms.push(run.ms);
        for (const [rule, count] of Object.entries(run.findings)) oxlint.findings[rule] = (oxlint.findings[rule] ?? 0) + count;
        continue;
      }
      const run = await lintOnce(variant, cwd, slice);
      const into = lint[variant];
      into.ms.push(run.ms);
      into.files += run.files;
      into.parseMs += run.parseMs;
      into.fatal += run.fatal;
      for (const [rule, ms] of Object.entries(run.ruleMs)) into.ruleMs[rule] = (into.ruleMs[rule] ?? 0) + ms;
      for (const [rule, count] of Object.entries(run.findings)) into.findings[rule] = (into.findings[rule] ?? 0) + count;
    }
    for (const variant of rotate(codemodVariants, round)) {
      const run = runJscodeshift(variant, slice, { silent: true });
      codemod[variant].ms.push(run.ms);
      codemod[variant].reports += run.reports;
      codemod[variant].errors += run.errors;
    }
    log(
      `${name} round ${round + 1}/${rounds} (${slice.length} files): lint ${lintVariants.map((variant) => `${variant} ${fmtS(lint[variant].ms[round])}`).join(", ")}, oxlint ${fmtS(oxlint.ms[round])}; ` +
        `codemod ${codemodVariants.map((variant) => `${variant} ${fmtS(codemod[variant].ms[round])}`).join(", ")}`,
    );
  }
  for (const [variant, data] of Object.entries(lint)) {
    if (data.fatal > 0) fail(`${name}: ${data.fatal} files failed to parse under lint variant ${variant}; the benchmark would measure errors, not linting`);
  }
  return { name, cwd, files: sources.length, lines, sliceFiles: slices.map((slice) => slice.length), lint, codemod, oxlint };
}

/** One `new ESLint(...).lintFiles(...)`, timed, with ESLint's own per-rule stats summed over the files. */
async function lintOnce(variant, cwd, patterns, extra = {}) {
  gc();
  const start = performance.now();
  const eslint =
    extra.concurrency && extra.concurrency !== "off"
      ? await ESLint.fromOptionsModule(writeOptionsModule(variant, cwd, extra))
      : new ESLint(eslintOptions(variant, cwd, extra));
  const results = await eslint.lintFiles(patterns);
  const ms = performance.now() - start;
  let parseMs = 0;
  let fatal = 0;
  const ruleMs = {};
  const findings = {};
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      else findings[message.ruleId] = (findings[message.ruleId] ?? 0) + 1;
    }
  }
  const ourFindings = sum(Object.entries(findings).filter(([rule]) => rule.startsWith(OUR_PREFIX)).map(([, count]) => count));
  return { ms, files: results.length, parseMs, ruleMs, findings, fatal, ourFindings };
}

/** ESLint's worker threads import their options: parsers and plugins can't be cloned into them. */
function writeOptionsModule(variant, cwd, extra) {
  const file = path.join(tmp, `eslint-options-${variant}-${Object.values(extra).join("-")}.mjs`);
  writeFileSync(
    file,
    `import { eslintOptions } from ${JSON.stringify(pathToFileURL(path.join(benchDir, "configs.mjs")).href)};\n` +
      `export default eslintOptions(${JSON.stringify(variant)}, ${JSON.stringify(cwd)}, ${JSON.stringify(extra)});\n`,
  );
  return pathToFileURL(file);
}

/** `jscodeshift -t <transform> --dry`, timed from spawn to exit (what a user waits for). */
function runJscodeshift(variant, targets, { silent, cpus } = {}) {
  const args = [JSCODESHIFT, "-t", TRANSFORMS[variant].file, "--dry", "--extensions=tsx,ts,jsx,js", ...(silent ? ["--silent"] : []), ...(cpus ? [`--cpus=${cpus}`] : []), ...targets];
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
  const ms = performance.now() - start;
  if (child.status !== 0) fail(`jscodeshift ${variant} exited with ${child.status ?? child.signal}:\n${child.stderr}\n${child.stdout.slice(-2000)}`);
  const out = child.stdout;
  const number = (pattern) => {
    const match = pattern.exec(out);
    return match ? Number(match[1]) : null;
  };
  return {
    ms,
    elapsedMs: number(/Time elapsed: ([\d.]+)/) === null ? null : number(/Time elapsed: ([\d.]+)/) * 1000,
    workers: number(/Spawning (\d+) workers/),
    ok: number(/(\d+) ok/),
    errors: number(/(\d+) errors/) ?? (out.match(/^ ERR /gm) ?? []).length,
    reports: (out.match(/^ REP /gm) ?? []).length,
  };
}

/** The sources split into `count` slices of the same mix (a seeded shuffle dealt round-robin), or whole with --full. */
function makeSlices(sources, count) {
  if (flags.full) return Array.from({ length: count }, () => sources);
  const shuffled = shuffle(sources);
  return Array.from({ length: count }, (_, slice) => shuffled.filter((_, index) => index % count === slice).sort());
}

function summarize() {
  const targets = [];
  const target = (area, name, value, goal, pass, detail = "") => targets.push({ area, name, value, goal, pass, detail });
  const out = { date: new Date().toISOString(), seed, options: { files, rounds, full: flags.full, quick: flags.quick, scalingFloor: flags["scaling-floor"], repo: flags.repo ?? null }, machine, corpus: null, comparisons: {}, scaling: null, bigFile: null, concurrency, fixedCost, oxlintFixedMs: round1(oxlintFixedMs), engineCheck, targets, benchWallMs };
  out.corpus = { files: main.sources.length, lines: main.lines, bytes: main.bytes, kinds: main.counts, defects: main.defects.length, defectKinds: countBy(main.defects, (defect) => defect.kind), nextVersion: NEXT_VERSION };

  for (const [name, comparison] of Object.entries(comparisons)) {
    const { lint, codemod, oxlint } = comparison;
    const perRound = (a, b) => a.ms.map((ms, round) => ms / b.ms[round]);
    const filesLinted = lint.ours.files;
    const rulesOf = (data, prefix) => Object.entries(data.ruleMs).filter(([rule]) => rule.startsWith(prefix));
    const ourRules = Object.fromEntries(ourRuleIds.map((rule) => [rule, lint.ours.ruleMs[rule] ?? 0]));
    const peerRules = Object.fromEntries(peerRuleIds.map((rule) => [rule, lint.peer.ruleMs[rule] ?? 0]));
    const usPerFile = (ms) => (ms * 1000) / filesLinted;
    const peerMedianUs = median(Object.values(peerRules).map(usPerFile));
    const ourTotal = sum(Object.values(ourRules));
    const peerTotal = sum(Object.values(peerRules));
    const c = {
      files: comparison.files,
      lines: comparison.lines,
      sliceFiles: comparison.sliceFiles,
      lint: Object.fromEntries(
        Object.entries(lint).map(([variant, data]) => [
          variant,
          { label: LINT_VARIANTS[variant].label, roundsMs: data.ms.map(round1), totalMs: round1(sum(data.ms)), msPerFile: sum(data.ms) / data.files, parseMsPerFile: data.parseMs / data.files, findings: data.findings },
        ]),
      ),
      lintRatios: {
        oursVsFloor: ratioStats(perRound(lint.ours, lint.floor)),
        peerVsFloor: ratioStats(perRound(lint.peer, lint.floor)),
        floorVsBare: ratioStats(perRound(lint.floor, lint.bare)),
        ourRuleTimeVsFloor: ourTotal / sum(lint.floor.ms),
      },
      rules: {
        ours: Object.fromEntries(Object.entries(ourRules).map(([rule, ms]) => [rule, { totalMs: round1(ms), usPerFile: round1(usPerFile(ms)) }])),
        peer: Object.fromEntries(Object.entries(peerRules).map(([rule, ms]) => [rule, { totalMs: round1(ms), usPerFile: round1(usPerFile(ms)) }])),
        ourTotalMs: round1(ourTotal),
        peerTotalMs: round1(peerTotal),
        ourVsPeer: ourTotal / peerTotal,
        peerMedianUsPerFile: round1(peerMedianUs),
        oursAbovePeerMedian: Object.entries(ourRules).filter(([, ms]) => usPerFile(ms) > peerMedianUs).map(([rule]) => rule),
        unexpected: rulesOf(lint.ours, PEER_PREFIX).length + rulesOf(lint.peer, OUR_PREFIX).length,
      },
      codemod: Object.fromEntries(Object.entries(codemod).map(([variant, data]) => [variant, { label: TRANSFORMS[variant].label, roundsMs: data.ms.map(round1), totalMs: round1(sum(data.ms)), reports: data.reports, errors: data.errors }])),
      oxlint: {
        label: OXLINT_LABEL,
        roundsMs: oxlint.ms.map(round1),
        totalMs: round1(sum(oxlint.ms)),
        files: oxlint.files,
        msPerFile: sum(oxlint.ms) / oxlint.files,
        threads: oxlint.threads,
        rules: oxlint.rules,
        findings: oxlint.findings,
        sameFindingsAsOurs: sameCounts(ownFindings(oxlint.findings, OUR_PREFIX), ownFindings(lint.ours.findings, OUR_PREFIX)),
        // ESLint (c)'s time over oxlint's, round by round: how many times faster oxlint is.
        oursVsOxlint: ratioStats(perRound(lint.ours, oxlint)),
        // The same with oxlint's fixed cost (process start, loading the plugin) taken out of each of its runs.
        oursVsOxlintPerFile: sum(lint.ours.ms) / (sum(oxlint.ms) - rounds * oxlintFixedMs),
      },
      codemodRatios: {
        logoutVsNoop: ratioStats(perRound(codemod.logout, codemod.noop)),
        peerVsLogout: ratioStats(perRound(codemod.peer, codemod.logout)),
        // The per-file work alone: each run less the cost of a one-file run of the same transform.
        logoutVsNoopPerFile: (sum(codemod.logout.ms) - rounds * fixedCost.logout) / (sum(codemod.noop.ms) - rounds * fixedCost.noop),
        peerVsLogoutPerFile: (sum(codemod.peer.ms) - rounds * fixedCost.peer) / (sum(codemod.logout.ms) - rounds * fixedCost.logout),
      },
    };
    out.comparisons[name] = c;
    const where = name === "corpus" ? `${c.files}-file corpus` : `repo (${c.files} files)`;
    // Wall time under this much noise can hide the cost either way; the rules' own stats time is part of that wall
    // time whatever the noise, so it is a floor for the true difference: both must be within the target.
    target(
      "Lint",
      `configs.all adds ≤ 3% to the traversal floor's wall time (${where})`,
      `${pct(c.lintRatios.oursVsFloor.median - 1)} wall; our rules' own time alone ${pct(c.lintRatios.ourRuleTimeVsFloor)}`,
      "≤ +3%",
      c.lintRatios.oursVsFloor.median <= 1.03 && c.lintRatios.ourRuleTimeVsFloor <= 0.03,
      `wall: median of ${rounds} paired rounds, range ${pct(c.lintRatios.oursVsFloor.min - 1)} … ${pct(c.lintRatios.oursVsFloor.max - 1)}`,
    );
    target("Lint", `our total rule time ≤ 25% of @next/next's (${where})`, `${pct0(c.rules.ourVsPeer)} (${fmtMs(ourTotal)} vs ${fmtMs(peerTotal)})`, "≤ 25%", c.rules.ourVsPeer <= 0.25);
    const worst = Object.entries(ourRules).sort((a, b) => b[1] - a[1])[0];
    target("Lint", `no rule of ours costs more per file than the median @next/next rule (${where})`, `worst ${worst[0]} ${fmtUs(usPerFile(worst[1]))}/file vs median ${fmtUs(peerMedianUs)}/file`, "none above", c.rules.oursAbovePeerMedian.length === 0, c.rules.oursAbovePeerMedian.length ? `above: ${c.rules.oursAbovePeerMedian.join(", ")}` : "");
    target("Codemod", `logout.ts ≤ 1.2× the no-op floor (${where})`, `${x(c.codemodRatios.logoutVsNoop.median)}`, "≤ 1.2×", c.codemodRatios.logoutVsNoop.median <= 1.2, `per-file work alone: ${perFileRatio(c.codemodRatios.logoutVsNoopPerFile)}`);
    target("Codemod", `logout.ts ≥ 5× faster than next-async-request-api (${where})`, `${x(c.codemodRatios.peerVsLogout.median)}`, "≥ 5×", c.codemodRatios.peerVsLogout.median >= 5, `per-file work alone: ${perFileRatio(c.codemodRatios.peerVsLogoutPerFile)}`);
  }

  // Scaling
  // The codemod's fixed cost (process, Babel-compiled transform, engine worker start), from a least-squares line
  // through the scaling runs: time = fixed + perFile × files.
  const fit = linearFit(scaling.map((row) => [row.files, row.codemod.ms]));
  const rows = scaling.map((row) => ({
    files: row.files,
    lines: row.lines,
    floorMs: row.lint.floor ? round1(row.lint.floor.ms) : null,
    oursMs: round1(row.lint.ours.ms),
    floorUsPerFile: row.lint.floor ? round1((row.lint.floor.ms * 1000) / row.files) : null,
    oursUsPerFile: round1((row.lint.ours.ms * 1000) / row.files),
    addedUsPerFile: row.lint.floor ? round1(((row.lint.ours.ms - row.lint.floor.ms) * 1000) / row.files) : null,
    ourRulesUsPerFile: round1((ourRuleSum(row.lint.ours.ruleMs) * 1000) / row.files),
    codemodMs: round1(row.codemod.ms),
    codemodUsPerFile: round1((row.codemod.ms * 1000) / row.files),
    codemodWorkUsPerFile: round1(((row.codemod.ms - fit.intercept) * 1000) / row.files),
    codemodChanged: row.codemod.ok,
    defects: row.defects,
  }));
  const spread = (key) => {
    const values = rows.map((row) => row[key]);
    const mid = median(values);
    return { median: mid, worst: Math.max(...values.map((value) => Math.abs(value / mid - 1))) };
  };
  out.scaling = { rows, lintPerFile: spread("oursUsPerFile"), ourRulesPerFile: spread("ourRulesUsPerFile"), codemodPerFile: spread("codemodWorkUsPerFile"), codemodFit: { fixedMs: round1(fit.intercept), usPerFile: round1(fit.slope * 1000) }, floorPerFile: flags["scaling-floor"] ? spread("floorUsPerFile") : null };
  const sizesLabel = `${rows[0].files}…${rows[rows.length - 1].files} files`;
  target("Scaling", `lint (c), floor + configs.all, time per file within ±25% (${sizesLabel})`, `±${pct0(out.scaling.lintPerFile.worst)}`, "±25%", out.scaling.lintPerFile.worst <= 0.25, "largest deviation from the median size");
  target("Scaling", `our rules' time per file (ESLint stats) within ±25% (${sizesLabel})`, `±${pct0(out.scaling.ourRulesPerFile.worst)}`, "±25%", out.scaling.ourRulesPerFile.worst <= 0.25);
  target("Scaling", `logout codemod time per file within ±25% (${sizesLabel}, less its fixed cost)`, `±${pct0(out.scaling.codemodPerFile.worst)}`, "±25%", out.scaling.codemodPerFile.worst <= 0.25, `fixed cost ${fmtS(fit.intercept)} from the fit, ${fmtUs(fit.slope * 1000)}/file; raw per file ${rows.map((row) => fmtUs(row.codemodUsPerFile)).join(" → ")}`);

  // The big file against corpus files of as many lines, linted in the same rounds.
  const corpusUsPerLine = (median(big.chunkOurs) * 1000) / big.chunkLines;
  const corpusRuleUsPerLine = (median(big.chunkRuleMs) * 1000) / big.chunkLines;
  const bigUsPerLine = (median(big.ours) * 1000) / big.lines;
  const bigRuleUsPerLine = (median(big.ourRuleMs) * 1000) / big.lines;
  out.bigFile = {
    lines: big.lines,
    floorMs: big.floor.map(round1),
    oursMs: big.ours.map(round1),
    ourRuleMs: big.ourRuleMs.map(round1),
    corpusChunk: { files: big.chunkFiles, lines: big.chunkLines, oursMs: big.chunkOurs.map(round1), ourRuleMs: big.chunkRuleMs.map(round1) },
    usPerLine: round1(bigUsPerLine),
    corpusUsPerLine: round1(corpusUsPerLine),
    ratio: bigUsPerLine / corpusUsPerLine,
    ruleUsPerLine: bigRuleUsPerLine,
    corpusRuleUsPerLine,
    ruleRatio: bigRuleUsPerLine / corpusRuleUsPerLine,
  };
  target("Scaling", `a ${big.lines.toLocaleString("en-US")}-line file lints (configs.all) in < 2× the corpus's per-line time`, `${x(out.bigFile.ratio)} (${fmtUs(bigUsPerLine)}/line vs ${fmtUs(corpusUsPerLine)}/line)`, "< 2×", out.bigFile.ratio < 2, `our rules alone: ${x(out.bigFile.ruleRatio)} per line`);
  target("Scaling", `our rules on the ${big.lines.toLocaleString("en-US")}-line file: per-line rule time < 2× the corpus's`, `${x(out.bigFile.ruleRatio)}`, "< 2×", out.bigFile.ruleRatio < 2);
  if (monorepo) addMonorepoTargets(out, monorepo, target);
  return out;
}

function renderMarkdown(results) {
  const lines = [];
  const m = results.machine;
  lines.push(`Run on ${results.date.slice(0, 10)} (${results.date}) · ${m.cpuModel}, ${m.cpus} cores, ${m.totalMemoryGiB} GiB · Node ${m.node} · ${m.platform} · load average at start ${m.loadAverageAtStart.join(" / ")}`);
  lines.push("");
  lines.push(
    `Corpus: ${results.corpus.files} files, ${results.corpus.lines.toLocaleString("en-US")} lines (next ${results.corpus.nextVersion}, seed ${results.seed} = 0x${results.seed.toString(16)}), ${results.corpus.defects} with a logout defect ` +
      `(${Object.entries(results.corpus.defectKinds).map(([kind, count]) => `${count} ${kind}`).join(", ")}); ${results.options.rounds} interleaved rounds${results.options.full ? " over the whole corpus" : `, each on its own ${Math.round(results.corpus.files / results.options.rounds)}-file slice of the same mix (all rounds together cover the corpus once per variant)`}. ` +
      `Whole \`npm run bench\`: ${fmtS(results.benchWallMs)}.`,
  );
  lines.push("");
  lines.push("| Area | Measure | Result | Target | |");
  lines.push("| --- | --- | --- | --- | --- |");
  for (const t of results.targets) lines.push(`| ${t.area} | ${t.name} | ${t.value}${t.detail ? ` (${t.detail})` : ""} | ${t.goal} | ${t.pass ? "PASS" : "**MISS**"} |`);
  const conc = results.concurrency;
  if (conc?.files) {
    lines.push(`| Concurrency | ESLint \`concurrency: 2\` vs off, (c) on ${conc.files} files | ${fmtS(conc.eslintTwo)} vs ${fmtS(conc.eslintOff)}: ${x(conc.eslintOff / conc.eslintTwo)} the speed${conc.eslintTwoFindings === conc.eslintOffFindings ? "" : ` (findings differ: ${conc.eslintTwoFindings} vs ${conc.eslintOffFindings})`} | report | — |`);
    lines.push(`| Concurrency | jscodeshift \`--cpus=2\` vs \`--cpus=1\`, logout.ts on ${conc.codemodFiles} files | ${fmtS(conc.jscodeshiftCpus2)} vs ${fmtS(conc.jscodeshiftCpus1)}; workers spawned: ${conc.jscodeshiftWorkersCpus2} vs ${conc.jscodeshiftWorkersCpus1} (default on ${results.machine.cpus} cores: ${conc.jscodeshiftDefaultWorkers}) | report | — |`);
  }
  for (const [name, c] of Object.entries(results.comparisons)) {
    const e = c.oxlint;
    lines.push(
      `| Oxlint | (e) oxlint vs (c) ESLint, both with configs.all, ${name === "corpus" ? `${c.files}-file corpus` : `repo (${c.files} files)`} | ` +
        `${fmtS(e.totalMs)} vs ${fmtS(c.lint.ours.totalMs)}: oxlint ${x(e.oursVsOxlint.median)} as fast [${x(e.oursVsOxlint.min)} … ${x(e.oursVsOxlint.max)}]; ` +
        `less oxlint's ${fmtS(results.oxlintFixedMs)} fixed cost per run, ${perFileRatio(e.oursVsOxlintPerFile)}; ${e.threads} threads; findings ${e.sameFindingsAsOurs ? "the same" : "**differ**"} | report | — |`,
    );
  }
  for (const [name, c] of Object.entries(results.comparisons)) {
    lines.push("");
    lines.push(`#### ${name === "corpus" ? "Generated corpus" : `Repository ${results.options.repo}`}: ${c.files} files, ${c.lines.toLocaleString("en-US")} lines`);
    lines.push("");
    lines.push("| Lint (ESLint Node API, `cache: false`) | wall, all rounds | per file | ESLint parse per file | ratio to (b), median of rounds [min … max] |");
    lines.push("| --- | --- | --- | --- | --- |");
    const ratioOf = { bare: null, floor: null, ours: c.lintRatios.oursVsFloor, peer: c.lintRatios.peerVsFloor };
    for (const [variant, data] of Object.entries(c.lint)) {
      const ratio = variant === "bare" ? `(b)/(a) = ${x(c.lintRatios.floorVsBare.median)}` : ratioOf[variant] ? `${x(ratioOf[variant].median)} [${x(ratioOf[variant].min)} … ${x(ratioOf[variant].max)}]` : "1";
      lines.push(`| ${data.label} | ${fmtS(data.totalMs)} | ${fmtMs(data.msPerFile)} | ${fmtMs(data.parseMsPerFile)} | ${ratio} |`);
    }
    const e = c.oxlint;
    lines.push(`| ${e.label} | ${fmtS(e.totalMs)} | ${fmtMs(e.msPerFile)} | — | (c)/(e) = ${x(e.oursVsOxlint.median)} [${x(e.oursVsOxlint.min)} … ${x(e.oursVsOxlint.max)}] |`);
    lines.push("");
    lines.push(
      `Findings: (c) ${summarizeFindings(c.lint.ours.findings, OUR_PREFIX)}; (d) ${summarizeFindings(c.lint.peer.findings, PEER_PREFIX)}; ` +
        `(e) ${e.sameFindingsAsOurs ? "the same as (c)" : `**not the same as (c)**: ${summarizeFindings(e.findings, OUR_PREFIX)}`}.`,
    );
    lines.push("");
    lines.push("| Codemod (jscodeshift `--dry`, spawn to exit) | all rounds | ratio, median of rounds [min … max] | fixed cost (1-file run) |");
    lines.push("| --- | --- | --- | --- |");
    lines.push(`| ${c.codemod.noop.label} | ${fmtS(c.codemod.noop.totalMs)} | 1 | ${fmtS(results.fixedCost.noop)} |`);
    lines.push(`| ${c.codemod.logout.label} | ${fmtS(c.codemod.logout.totalMs)} | ${x(c.codemodRatios.logoutVsNoop.median)} the floor [${x(c.codemodRatios.logoutVsNoop.min)} … ${x(c.codemodRatios.logoutVsNoop.max)}]; ${c.codemod.logout.reports} findings reported | ${fmtS(results.fixedCost.logout)} |`);
    lines.push(`| ${c.codemod.peer.label} | ${fmtS(c.codemod.peer.totalMs)} | ${x(c.codemodRatios.peerVsLogout.median)} logout.ts [${x(c.codemodRatios.peerVsLogout.min)} … ${x(c.codemodRatios.peerVsLogout.max)}] | ${fmtS(results.fixedCost.peer)} |`);
    lines.push("");
    lines.push(`Per rule (ESLint \`stats\`, summed over ${c.files} files; median @next/next rule: ${fmtUs(c.rules.peerMedianUsPerFile)}/file):`);
    lines.push("");
    lines.push("| next-logout rule | total | per file | | @next/next rule | total | per file |");
    lines.push("| --- | --- | --- | --- | --- | --- | --- |");
    const ours = Object.entries(c.rules.ours).sort((a, b) => b[1].totalMs - a[1].totalMs);
    const peer = Object.entries(c.rules.peer).sort((a, b) => b[1].totalMs - a[1].totalMs);
    for (let index = 0; index < Math.max(ours.length, peer.length); index++) {
      const [ourRule, ourData] = ours[index] ?? [];
      const [peerRule, peerData] = peer[index] ?? [];
      const above = ourRule && c.rules.oursAbovePeerMedian.includes(ourRule) ? " ▲" : "";
      lines.push(
        `| ${ourRule ? `${ourRule.slice(OUR_PREFIX.length)}${above}` : ""} | ${ourData ? fmtMs(ourData.totalMs) : ""} | ${ourData ? fmtUs(ourData.usPerFile) : ""} | | ${peerRule ? peerRule.slice(PEER_PREFIX.length) : ""} | ${peerData ? fmtMs(peerData.totalMs) : ""} | ${peerData ? fmtUs(peerData.usPerFile) : ""} |`,
      );
    }
    lines.push(`| **total** | **${fmtMs(c.rules.ourTotalMs)}** | **${fmtUs((c.rules.ourTotalMs * 1000) / c.files)}** | | **total** | **${fmtMs(c.rules.peerTotalMs)}** | **${fmtUs((c.rules.peerTotalMs * 1000) / c.files)}** |`);
    lines.push("");
    lines.push(`Our rules' stats time is ${(c.lintRatios.ourRuleTimeVsFloor * 100).toFixed(1)}% of the traversal floor's wall time (the part of the (c) − (b) difference that isn't noise).`);
  }
  lines.push("");
  lines.push(`#### Scaling (whole trees, one run each${results.options.scalingFloor ? "" : "; the floor column needs --scaling-floor"})`);
  lines.push("");
  lines.push("| files | lines | (b) floor | (c) configs.all | (c) per file | (c) − (b) per file | our rules per file (stats) | logout codemod | per file, less fixed cost (fit) | changed |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of results.scaling.rows) {
    lines.push(`| ${row.files} | ${row.lines.toLocaleString("en-US")} | ${row.floorMs === null ? "—" : fmtS(row.floorMs)} | ${fmtS(row.oursMs)} | ${fmtUs(row.oursUsPerFile)} | ${row.addedUsPerFile === null ? "—" : fmtUs(row.addedUsPerFile)} | ${fmtUs(row.ourRulesUsPerFile)} | ${fmtS(row.codemodMs)} | ${fmtUs(row.codemodWorkUsPerFile)} | ${row.codemodChanged ?? "?"} of ${row.defects} |`);
  }
  const b = results.bigFile;
  lines.push("");
  lines.push(
    `Big file: ${b.lines.toLocaleString("en-US")} lines, median of ${b.oursMs.length} rounds: floor ${fmtMs(median(b.floorMs))}, configs.all ${fmtMs(median(b.oursMs))} (${fmtUs(b.usPerLine)}/line), against ${b.corpusChunk.files} corpus files of ${b.corpusChunk.lines.toLocaleString("en-US")} lines linted with configs.all in the same rounds: ${fmtMs(median(b.corpusChunk.oursMs))} (${fmtUs(b.corpusUsPerLine)}/line). ` +
      `Our rules: ${fmtMs(median(b.ourRuleMs))} on the big file (${fmtUs(b.ruleUsPerLine)}/line) vs ${fmtMs(median(b.corpusChunk.ourRuleMs))} (${fmtUs(b.corpusRuleUsPerLine)}/line).`,
  );
  if (results.monorepo) lines.push("", ...renderMonorepo(results.monorepo));
  lines.push("");
  lines.push(`Engine check: the logout codemod engine changed ${results.engineCheck.changed} of the ${results.engineCheck.defects} defect files${results.engineCheck.unchanged.length ? ` (unchanged: ${results.engineCheck.unchanged.join("; ")})` : ""}.`);
  const misses = results.targets.filter((t) => !t.pass).length;
  lines.push("");
  lines.push(`**${results.targets.length - misses} PASS, ${misses} MISS.**`);
  return lines.join("\n");
}

function ownFindings(findings, prefix) {
  return Object.fromEntries(Object.entries(findings).filter(([rule]) => rule.startsWith(prefix)));
}

function sameCounts(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function summarizeFindings(findings, prefix) {
  const own = Object.entries(findings).filter(([rule]) => rule.startsWith(prefix));
  if (own.length === 0) return "none";
  return own.sort().map(([rule, count]) => `${count} ${rule.slice(prefix.length)}`).join(", ");
}

/** Replaces the generated part of docs/performance.md, keeping the hand-written rest (method, misses). */
function writeDoc(markdown) {
  const doc = path.join(repoRoot, "docs", "performance.md");
  const block = `${DOC_START}\n<!-- Generated by \`npm run bench\`: edits between these markers are overwritten. -->\n\n${markdown}\n\n${DOC_END}`;
  let text = existsSync(doc) ? readFileSync(doc, "utf8") : "";
  if (text.includes(DOC_START) && text.includes(DOC_END)) {
    text = text.slice(0, text.indexOf(DOC_START)) + block + text.slice(text.indexOf(DOC_END) + DOC_END.length);
  } else {
    text = `# Performance\n\nMeasured by \`npm run bench\` (bench/run.mjs).\n\n## Latest results\n\n${block}\n\n## Misses\n\n(None analysed yet.)\n${text ? `\n${text}` : ""}`;
  }
  writeFileSync(doc, text);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** A seeded Fisher–Yates shuffle (a copy). */
function shuffle(list) {
  const shuffled = [...list];
  const rng = mulberry32(seed ^ 0x51ce5);
  for (let index = shuffled.length - 1; index > 0; index--) {
    const swap = Math.floor(rng() * (index + 1));
    [shuffled[index], shuffled[swap]] = [shuffled[swap], shuffled[index]];
  }
  return shuffled;
}


/** A ratio of runs less their fixed cost: meaningless (shown as n/a) when noise makes either side negative. */
function perFileRatio(ratio) {
  return Number.isFinite(ratio) && ratio > 0 ? x(ratio) : "n/a (runs too short against the fixed cost)";
}

function ourRuleSum(ruleMs) {
  return sum(Object.entries(ruleMs).filter(([rule]) => rule.startsWith(OUR_PREFIX)).map(([, ms]) => ms));
}

function rotate(list, by) {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

function ratioStats(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), rounds: values.map((value) => Math.round(value * 1000) / 1000) };
}



function countBy(list, key) {
  const counts = {};
  for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function round1(value) {
  return Math.round(value * 10) / 10;
}




function x(ratio) {
  return `${ratio.toFixed(2)}×`;
}


function pct0(ratio) {
  return `${(ratio * 100).toFixed(0)}%`;
}

function log(message) {
  process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

// The cross-file part of `npm run bench`, on the monorepo of bench/monorepo-corpus.mjs: what configs.all adds to the
// floor when no-link-to-logout follows wrappers, menu data, URL helpers, next-intl navigation and a workspace
// package; the resolver and module cache on a line of their own; scaling from N/4 to 2N files; and a check that the
// findings are exactly the seeded defects. bench/run.mjs calls it and merges its targets and section.
import { ESLint } from "eslint";
import path from "node:path";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { eslintOptions, OUR_PREFIX } from "./configs.mjs";
import { generateCorpora, mulberry32 } from "./corpus.mjs";
import { generateMonorepoCorpus } from "./monorepo-corpus.mjs";
import { fmtMs, fmtS, fmtUs, linearFit, median, pct, sum } from "./stats.mjs";

const LINK_RULE = `${OUR_PREFIX}no-link-to-logout`;
const DIST_PROJECT_MODEL = new URL("../dist/src/project/project-model.js", import.meta.url);
// Today's logout codemod on the existing corpus, before cross-file links (docs/performance.md, 2026-11-24):
// 2.68× the no-op floor. The codemod must stay within 1.2× of that.
const CODEMOD_RATIO_BEFORE = 2.68;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

/** Generates the monorepo corpora and runs every measurement; returns the data `addMonorepoTargets` and `renderMonorepo` read. */
export async function runMonorepoBench({ tmp, files, rounds, seed, full, log }) {
  const { resetProjectModel, getProjectModelStats } = await import(DIST_PROJECT_MODEL.href);
  const { sizes, corpora, main } = generateCorpora({ tmp, files, prefix: "monorepo", generate: (dir, size) => generateMonorepoCorpus({ dir, files: size, seed }) });
  log(`monorepo corpora ${sizes.join(", ")} (main: ${main.sources.length} files, ${main.lines} lines, ${main.defects.length} defect files)`);

  const lintOnce = async (variant, cwd, patterns) => {
    resetProjectModel();
    gc();
    const start = performance.now();
    const results = await new ESLint(eslintOptions(variant, cwd)).lintFiles(patterns);
    const ms = performance.now() - start;
    let ruleMs = 0;
    let linkRuleMs = 0;
    for (const result of results) {
      for (const pass of result.stats?.times?.passes ?? []) {
        for (const [rule, time] of Object.entries(pass.rules ?? {})) {
          if (rule.startsWith(OUR_PREFIX)) ruleMs += time.total;
          if (rule === LINK_RULE) linkRuleMs += time.total;
        }
      }
    }
    return { ms, ruleMs, linkRuleMs, model: getProjectModelStats(), results };
  };

  // Floor and configs.all, interleaved, each round on its own slice of the same mix (as bench/run.mjs does).
  const slices = makeSlices(main.sources, rounds, full, seed);
  const paired = { floor: [], ours: [], ruleMs: [], linkRuleMs: [], model: [] };
  for (let round = 0; round < rounds; round++) {
    for (const variant of round % 2 ? ["ours", "floor"] : ["floor", "ours"]) {
      const run = await lintOnce(variant, main.dir, slices[round]);
      paired[variant].push(run.ms);
      if (variant === "ours") {
        paired.ruleMs.push(run.ruleMs);
        paired.linkRuleMs.push(run.linkRuleMs);
        paired.model.push(run.model);
      }
    }
    log(`monorepo round ${round + 1}/${rounds} (${slices[round].length} files): floor ${(paired.floor[round] / 1000).toFixed(1)} s, configs.all ${(paired.ours[round] / 1000).toFixed(1)} s, resolver and cache ${paired.model[round].milliseconds} ms`);
  }

  // Whole trees at every size; the main size's run also checks the findings against the seeded defects.
  const scaling = [];
  let findings = null;
  for (const size of sizes) {
    const corpus = corpora.get(size);
    const run = await lintOnce("ours", corpus.dir, [corpus.dir]);
    scaling.push({ files: corpus.sources.length, lines: corpus.lines, ms: run.ms, ruleMs: run.ruleMs, linkRuleMs: run.linkRuleMs, model: run.model });
    if (size === files) findings = checkFindings(run.results, corpus);
    log(`monorepo scaling ${size}: configs.all ${(run.ms / 1000).toFixed(1)} s, our rules ${Math.round(run.ruleMs)} ms, resolver and cache ${run.model.milliseconds} ms`);
  }
  return { files: main.sources.length, lines: main.lines, kinds: main.counts, defects: main.defects.length, sliceFiles: slices.map((slice) => slice.length), paired, scaling, findings };
}

/** Adds the monorepo's targets to bench/run.mjs's results (its `target` function), next to the others. */
export function addMonorepoTargets(results, monorepo, target) {
  const { paired, scaling, findings } = monorepo;
  const ratios = paired.ours.map((ms, round) => ms / paired.floor[round]);
  const wall = median(ratios);
  const ruleShare = sum(paired.ruleMs) / sum(paired.floor);
  const linkShare = sum(paired.linkRuleMs) / sum(paired.floor);
  const where = `monorepo, ${monorepo.files} files`;
  target(
    "Cross-file",
    `configs.all adds ≤ 3% to the traversal floor's wall time (${where})`,
    `${pct(wall - 1)} wall; our rules' own time alone ${pct(ruleShare)}, no-link-to-logout ${pct(linkShare)}`,
    "≤ +3%",
    wall <= 1.03 && ruleShare <= 0.03,
    `wall: median of ${ratios.length} paired rounds, range ${pct(Math.min(...ratios) - 1)} … ${pct(Math.max(...ratios) - 1)}`,
  );
  const model = paired.model.reduce((total, stats) => ({
    milliseconds: total.milliseconds + stats.milliseconds,
    resolutions: total.resolutions + stats.resolutions,
    filesRead: total.filesRead + stats.filesRead,
    modulesParsed: total.modulesParsed + stats.modulesParsed,
    filesSkipped: total.filesSkipped + stats.filesSkipped,
  }));
  target(
    "Cross-file",
    `resolver and module cache, within configs.all (${where}, a fresh cache per round)`,
    `${fmtMs(model.milliseconds)} (${fmtUs((model.milliseconds * 1000) / monorepo.files)}/file, ${pct(model.milliseconds / sum(paired.floor))} of the floor): ${model.resolutions} resolutions, ${model.filesRead} files read, ${model.modulesParsed} parsed, ${model.filesSkipped} skipped`,
    "report",
    true,
  );
  // Linear means a fixed part (the shared modules, read and parsed once whatever the tree's size) plus a part per
  // file. The per-file part, less the fixed cost of a least-squares line (as the codemod's scaling is judged), must
  // stay within ±25% at every size; the raw time per file, which the fixed part bends downwards, is shown too.
  const perFile = scaling.map((row) => (row.ruleMs * 1000) / row.files);
  const fit = linearFit(scaling.map((row) => [row.files, row.ruleMs]));
  const workPerFile = scaling.map((row) => ((row.ruleMs - fit.intercept) * 1000) / row.files);
  const middle = median(workPerFile);
  const worst = Math.max(...workPerFile.map((value) => Math.abs(value / middle - 1)));
  target(
    "Cross-file",
    `our rules' time per file within ±25%, less its fixed cost (${scaling[0].files}…${scaling.at(-1).files} files, whole trees)`,
    `±${(worst * 100).toFixed(0)}%`,
    "±25%",
    worst <= 0.25,
    `fixed cost ${fmtMs(fit.intercept)} from the fit, ${fmtUs(fit.slope * 1000)}/file; per file less it ${workPerFile.map(fmtUs).join(" → ")}; raw per file ${perFile.map(fmtUs).join(" → ")}`,
  );
  target(
    "Cross-file",
    `no-link-to-logout reports exactly the seeded defects (${where})`,
    `${findings.found} of ${findings.expected} found, ${findings.extra.length} elsewhere`,
    "all, none else",
    findings.missing.length === 0 && findings.extra.length === 0,
    [...findings.missing.map((file) => `missing ${file}`), ...findings.extra.map((file) => `extra ${file}`)].slice(0, 5).join("; "),
  );
  const codemod = results.comparisons.corpus?.codemodRatios.logoutVsNoop.median;
  if (codemod !== undefined) {
    target("Codemod", `logout.ts within 1.2× of before cross-file links (${CODEMOD_RATIO_BEFORE.toFixed(2)}× the no-op floor, existing corpus)`, `${(codemod / CODEMOD_RATIO_BEFORE).toFixed(2)}× (${codemod.toFixed(2)}× the floor)`, "≤ 1.2×", codemod / CODEMOD_RATIO_BEFORE <= 1.2);
  }
  results.monorepo = { ...monorepo, wall, ruleShare, linkShare, model };
}

/** The monorepo's section of docs/performance.md. */
export function renderMonorepo(monorepo) {
  const lines = [`#### Monorepo corpus (cross-file links): ${monorepo.files} files, ${monorepo.lines.toLocaleString("en-US")} lines, ${monorepo.defects} with a logout defect`, ""];
  lines.push("| round | files | (b) floor | (c) configs.all | ratio | our rules | no-link-to-logout | resolver and cache |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  monorepo.paired.floor.forEach((floor, round) => {
    const ours = monorepo.paired.ours[round];
    lines.push(`| ${round + 1} | ${monorepo.sliceFiles[round]} | ${fmtS(floor)} | ${fmtS(ours)} | ${(ours / floor).toFixed(3)} | ${fmtMs(monorepo.paired.ruleMs[round])} | ${fmtMs(monorepo.paired.linkRuleMs[round])} | ${fmtMs(monorepo.paired.model[round].milliseconds)} |`);
  });
  lines.push("");
  lines.push("| whole tree | lines | (c) configs.all | per file | our rules per file | no-link-to-logout per file | resolver and cache | files read / parsed |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of monorepo.scaling) {
    lines.push(`| ${row.files} | ${row.lines.toLocaleString("en-US")} | ${fmtS(row.ms)} | ${fmtUs((row.ms * 1000) / row.files)} | ${fmtUs((row.ruleMs * 1000) / row.files)} | ${fmtUs((row.linkRuleMs * 1000) / row.files)} | ${fmtMs(row.model.milliseconds)} | ${row.model.filesRead} / ${row.model.modulesParsed} |`);
  }
  const { findings } = monorepo;
  lines.push("");
  lines.push(`Findings on the ${monorepo.files}-file tree: no-link-to-logout reported ${findings.reports} times in ${findings.found + findings.extra.length} files; ${findings.found} of the ${findings.expected} seeded defect files (${Object.entries(findings.byKind).map(([kind, count]) => `${count} ${kind}`).join(", ")}), ${findings.extra.length} other files.`);
  return lines;
}

/** The no-link-to-logout reports of a whole-tree lint against the defects seeded to produce exactly one each. */
function checkFindings(results, corpus) {
  const expected = new Map(corpus.defects.filter((defect) => defect.kind === "link-to-logout" || !BASE_NON_LINK_KINDS.has(defect.kind)).map((defect) => [defect.file, defect.kind]));
  const reported = new Map();
  for (const result of results) {
    const count = result.messages.filter((message) => message.ruleId === LINK_RULE).length;
    if (count > 0) reported.set(path.relative(corpus.dir, result.filePath).split(path.sep).join("/"), count);
  }
  const found = [...expected.keys()].filter((file) => reported.get(file) === 1);
  const byKind = {};
  for (const file of found) byKind[expected.get(file)] = (byKind[expected.get(file)] ?? 0) + 1;
  return {
    expected: expected.size,
    found: found.length,
    reports: sum([...reported.values()]),
    missing: [...expected.keys()].filter((file) => reported.get(file) !== 1),
    extra: [...reported.keys()].filter((file) => !expected.has(file)),
    byKind,
  };
}

// The existing corpus's other defects belong to other rules.
const BASE_NON_LINK_KINDS = new Set(["seed-route-handler", "client-cookie-remove", "relative-redirect"]);

function makeSlices(sources, count, full, seed) {
  if (full) return Array.from({ length: count }, () => sources);
  const rng = mulberry32(seed ^ 0x51ce5);
  const shuffled = [...sources];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const swap = Math.floor(rng() * (index + 1));
    [shuffled[index], shuffled[swap]] = [shuffled[swap], shuffled[index]];
  }
  return Array.from({ length: count }, (_, slice) => shuffled.filter((_, index) => index % count === slice).sort());
}





#!/usr/bin/env node
// Reads a .cpuprofile (from `node --cpu-prof`) and prints where the time goes:
//   1. the top functions by self time;
//   2. the plugin's own functions (dist/src, dist/rules), each charged with its self time plus everything it calls
//      outside the plugin (fs, regexps, ESLint helpers) — "time under our frame";
//   3. total time with a plugin frame anywhere on the stack.
//
//   node bench/cpuprofile-top.mjs <file.cpuprofile> [--top N] [--match TEXT]   (TEXT: default this repo's dist/)
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// The plugin's built code: this repository's dist/ (typescript-eslint's own files are under other dist/ folders).
const pluginDist = `${path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist")}/`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, match: { type: "string", default: pluginDist } } });
if (positionals.length !== 1) {
  process.stderr.write("usage: node bench/cpuprofile-top.mjs <file.cpuprofile> [--top N] [--match TEXT]\n");
  process.exit(1);
}
const top = Number(values.top);
const ours = (node) => node.callFrame.url.includes(values.match);
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*node_modules\//, "").replace(/^file:\/\//, "").replace(pluginDist, "dist/");
  return `${functionName || "(anonymous)"} ${where ? `${where}:${lineNumber + 1}` : ""}`.trim();
};

const self = new Map();
const underOurs = new Map();
let total = 0;
let inOurs = 0;
for (let index = 0; index < profile.samples.length; index++) {
  const micros = profile.timeDeltas[index] ?? 0;
  total += micros;
  const node = byId.get(profile.samples[index]);
  const key = label(node);
  self.set(key, (self.get(key) ?? 0) + micros);
  // The nearest plugin frame at or above the sampled one.
  for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
    const frame = byId.get(id);
    if (ours(frame)) {
      const ourKey = label(frame);
      underOurs.set(ourKey, (underOurs.get(ourKey) ?? 0) + micros);
      inOurs += micros;
      break;
    }
  }
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`profile: ${(total / 1000).toFixed(0)} ms sampled; ${(inOurs / 1000).toFixed(0)} ms (${((100 * inOurs) / total).toFixed(1)}%) with a frame matching "${values.match}" on the stack`);
print(`top ${top} by self time`, self);
print(`top ${top} frames matching "${values.match}", charged with their self time plus calls outside it`, underOurs);

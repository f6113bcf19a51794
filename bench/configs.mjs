// The four lint configurations the benchmark compares, shared by bench/run.mjs and the options modules it writes for
// ESLint's `concurrency` (worker threads can't receive parser or plugin objects, only import them).
import tsParser from "@typescript-eslint/parser";
import nextPlugin from "@next/eslint-plugin-next";
import nextLogout from "../dist/src/index.js";

export const SOURCE_GLOB = "**/*.{js,jsx,ts,tsx,mjs,cjs}";

const parserOnly = {
  name: "bench/parser",
  files: [SOURCE_GLOB],
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } }, sourceType: "module" },
};

// The cheapest real rule: its listener runs on DebuggerStatement only, so the traversal (and code path analysis)
// happens as it does under any rule set while the rules themselves cost next to nothing.
const traversal = { name: "bench/traversal-floor", rules: { "no-debugger": "error" } };

/** The @next/next recommended rules under the namespace eslint-config-next registers the plugin as. */
const nextRecommended = {
  name: "bench/@next/next-recommended",
  plugins: { "@next/next": nextPlugin },
  rules: nextPlugin.configs.recommended.rules,
};

export const LINT_VARIANTS = {
  bare: { label: "(a) bare floor: parser, no rules", config: [parserOnly] },
  floor: { label: "(b) traversal floor: parser + no-debugger", config: [parserOnly, traversal] },
  ours: { label: "(c) floor + next-logout configs.all", config: [parserOnly, traversal, nextLogout.configs.all] },
  peer: { label: "(d) floor + @next/next recommended", config: [parserOnly, traversal, nextRecommended] },
};

export const OUR_PREFIX = "next-logout/";
export const PEER_PREFIX = "@next/next/";
export const ourRuleIds = Object.keys(nextLogout.configs.all.rules);
export const peerRuleIds = Object.keys(nextRecommended.rules);

/** ESLint constructor options for one variant; `concurrency` other than "off" needs an options module instead. */
export function eslintOptions(variant, cwd, extra = {}) {
  return { cwd, overrideConfigFile: true, overrideConfig: LINT_VARIANTS[variant].config, stats: true, cache: false, ...extra };
}

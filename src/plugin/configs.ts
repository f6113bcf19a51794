import * as typescriptParser from "@typescript-eslint/parser";
import type { ESLint, Linter } from "eslint";
import type { RuleConfigLevel } from "./create-rule.ts";
import { typedRuleModules, type RuleId } from "./rules.ts";

export const PLUGIN_NAMESPACE = "next-logout";

export type ConfigName = "recommended" | "strict" | "all";

/**
 * Every file a Next.js app may hold code in: a flat config without `files` matches only `.js`, `.mjs`, `.cjs`, and
 * one matched only by `**\/*` counts as matched by no config.
 */
export const SOURCE_FILES = "**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}";
/** The legacy config's overrides: `.eslintrc` lints these without `--ext` once an override names them. */
const LEGACY_TYPESCRIPT_FILES = ["*.ts", "*.tsx", "*.mts", "*.cts"];

/** Which configs include a rule, from its `meta.docs.recommended`: strict adds to recommended, all has every rule. */
const LEVELS_IN_CONFIG: Record<ConfigName, ReadonlySet<RuleConfigLevel | undefined>> = {
  recommended: new Set(["recommended"]),
  strict: new Set(["recommended", "strict"]),
  all: new Set(["recommended", "strict", undefined]),
};

export function getConfigRules(config: ConfigName): Linter.RulesRecord {
  const entries = Object.entries(typedRuleModules)
    .filter(([, rule]) => LEVELS_IN_CONFIG[config].has(rule.meta.docs?.recommended))
    .map(([id]) => [`${PLUGIN_NAMESPACE}/${id as RuleId}`, "error"] as const);
  return Object.fromEntries(entries);
}

export type NextLogoutConfigs = {
  recommended: Linter.Config;
  strict: Linter.Config;
  all: Linter.Config;
  "recommended-legacy": Linter.LegacyConfig;
};

/**
 * Each flat config names its files and brings the TypeScript parser (a dependency: it reads JS, JSX and TS alike),
 * so `[nextLogout.configs.recommended]` alone lints `.tsx`. Configs listed after it keep their own parsers for
 * their files: eslint-config-next's Babel parser for `.js`, typescript-eslint's for `.ts`.
 */
export function createConfigs(plugin: ESLint.Plugin): NextLogoutConfigs {
  const flat = (name: ConfigName): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    files: [SOURCE_FILES],
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    languageOptions: {
      parser: typescriptParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: getConfigRules(name),
  });
  return {
    recommended: flat("recommended"),
    strict: flat("strict"),
    all: flat("all"),
    "recommended-legacy": {
      plugins: [PLUGIN_NAMESPACE],
      rules: getConfigRules("recommended"),
      overrides: [
        {
          files: LEGACY_TYPESCRIPT_FILES,
          parser: "@typescript-eslint/parser",
          parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
        },
      ],
    },
  };
}

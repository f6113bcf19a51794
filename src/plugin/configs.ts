import type { ESLint, Linter } from "eslint";
import type { RuleConfigLevel } from "./create-rule.ts";
import { typedRuleModules, type RuleId } from "./rules.ts";

export const PLUGIN_NAMESPACE = "next-logout";

export type ConfigName = "recommended" | "strict" | "all";

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

export function createConfigs(plugin: ESLint.Plugin): NextLogoutConfigs {
  const flat = (name: ConfigName): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: getConfigRules(name),
  });
  return {
    recommended: flat("recommended"),
    strict: flat("strict"),
    all: flat("all"),
    "recommended-legacy": { plugins: [PLUGIN_NAMESPACE], rules: getConfigRules("recommended") },
  };
}

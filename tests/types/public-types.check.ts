// Compiled by tests/types.test.ts (and `npm run typecheck`): the hand-written types/index.d.ts describes the plugin.
import type declared from "../../types/index.d.ts";
import type { NextLogoutSettingsInput as DeclaredSettings } from "../../types/index.d.ts";
import plugin from "../../src/index.ts";
import type { RuleId } from "../../src/plugin/rules.ts";
import type { NextLogoutSettingsInput as SourceSettings } from "../../src/project/settings.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const pluginMatches: typeof declared = plugin;
export const settingsMatch: Equal<DeclaredSettings, SourceSettings> = true;
export const ruleIdsMatch: Equal<keyof typeof declared.rules, RuleId> = true;

import type { ESLint } from "eslint";
import { createRequire } from "node:module";
import { createConfigs, PLUGIN_NAMESPACE, type NextLogoutConfigs } from "./configs.ts";
import { rules } from "./rules.ts";

export type { NextLogoutSettingsInput } from "./settings.ts";

// package.json sits two levels up in both src/ and dist/src/.
const { name, version } = createRequire(import.meta.url)("../../package.json") as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as NextLogoutConfigs,
} satisfies ESLint.Plugin;

// Configs reference the plugin object itself, so they are attached once it exists.
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;

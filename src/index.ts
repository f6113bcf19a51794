import type { ESLint } from "eslint";
import { createConfigs, PLUGIN_NAMESPACE, type NextLogoutConfigs } from "./plugin/configs.ts";
import { OWN_MANIFEST } from "./plugin/manifest.ts";
import { rules } from "./plugin/rules.ts";

export type { NextLogoutSettingsInput } from "./project/settings.ts";

const { name, version } = OWN_MANIFEST;

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as NextLogoutConfigs,
} satisfies ESLint.Plugin;

// Configs reference the plugin object itself, so they are attached once it exists.
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;

// `require("eslint-plugin-next-logout")` (Node >= 20.19 loads ESM through require) returns the plugin itself,
// not `{ default }`: what .eslintrc's plugin loader and CommonJS configs expect.
export { plugin as "module.exports" };

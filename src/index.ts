import type { ESLint } from "eslint";
import { createRequire } from "node:module";
import { createConfigs, PLUGIN_NAMESPACE, type NextLogoutConfigs } from "./plugin/configs.ts";
import { rules } from "./plugin/rules.ts";

export type { NextLogoutSettingsInput } from "./project/settings.ts";

const { name, version } = readOwnManifest();

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as NextLogoutConfigs,
} satisfies ESLint.Plugin;

// Configs reference the plugin object itself, so they are attached once it exists.
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;

/** The package's own package.json: one level up from src/, two from the built dist/src/. */
function readOwnManifest(): { name: string; version: string } {
  const require = createRequire(import.meta.url);
  try {
    return require("../package.json") as { name: string; version: string };
  } catch {
    return require("../../package.json") as { name: string; version: string };
  }
}

// `require("eslint-plugin-next-logout")` (Node >= 20.19 loads ESM through require) returns the plugin itself,
// not `{ default }`: what .eslintrc's plugin loader and CommonJS configs expect.
export { plugin as "module.exports" };

// The user's ESLint config, as ESLint itself resolves it for each file (`ESLint#calculateConfigForFile`): the
// codemod takes `settings["next-logout"]` and the next-logout rules' severities and options from it, so it fixes
// what `eslint --fix` with that config fixes.
import { ESLint, type Linter } from "eslint";
import path from "node:path";
import { PLUGIN_NAMESPACE } from "../plugin/configs.ts";
import { typedRuleModules, type RuleId } from "../plugin/rules.ts";
import { parseSettings, SETTINGS_KEY, type NextLogoutSettingsInput } from "../project/settings.ts";
import { createConfigFileFinder } from "./config-file.ts";

const PACKAGE_NAME = "eslint-plugin-next-logout";
const RULE_IDS = Object.keys(typedRuleModules) as RuleId[];

/** What a user's ESLint config says about next-logout for one file. */
export interface UserConfig {
  /** The eslint.config.* it comes from. */
  configFile: string;
  /** `settings["next-logout"]` as written, already validated. */
  settings: NextLogoutSettingsInput | undefined;
  /** The next-logout rules the config names: `"off"`, or the options of a rule that is on. */
  rules: Partial<Record<RuleId, "off" | readonly unknown[]>>;
  /** Equal for configs that say the same: the engine keeps one lint config per key. */
  key: string;
}

export type ConfigLookup =
  /** No eslint.config.* at or above the file: the defaults apply. */
  | { kind: "none" }
  /** The config gives the file no configuration: it ignores the file, or no `files` pattern matches it. */
  | { kind: "no-config-for-file"; configFile: string }
  | { kind: "found"; config: UserConfig };

/** A config that fails to load, or whose next-logout settings are invalid. */
export class EslintConfigError extends Error {
  readonly configFile: string;
  readonly reason: string;
  constructor(configFile: string, reason: string) {
    super(`ESLint config ${configFile}: ${reason}`);
    this.name = "EslintConfigError";
    this.configFile = configFile;
    this.reason = reason;
  }
}

/** The part of ESLint's class the resolver uses: ESLint 9's and ESLint 10's both fit. */
export interface EslintLike {
  calculateConfigForFile(filePath: string): Promise<unknown>;
}
export type EslintConstructor = new (options: { cwd: string; overrideConfigFile: string }) => EslintLike;

export type ConfigResolver = (file: string) => Promise<ConfigLookup>;

/**
 * A resolver for one run. Each config file is loaded once, by one ESLint instance whose working directory is the
 * config's folder (so ESLint 9 and 10 resolve it alike, for files anywhere below it); a config that fails fails
 * every file under it; and equal answers are one object, so the engine reuses its lint config.
 */
export function createConfigResolver(Eslint: EslintConstructor = ESLint as unknown as EslintConstructor): ConfigResolver {
  const findConfigFile = createConfigFileFinder();
  const eslintByConfigFile = new Map<string, EslintLike>();
  const failures = new Map<string, EslintConfigError>();
  const interned = new Map<string, UserConfig>();
  return async (file) => {
    const configFile = findConfigFile(file);
    if (configFile === null) return { kind: "none" };
    const failure = failures.get(configFile);
    if (failure) throw failure;
    let eslint = eslintByConfigFile.get(configFile);
    if (!eslint) {
      eslint = new Eslint({ cwd: path.dirname(configFile), overrideConfigFile: configFile });
      eslintByConfigFile.set(configFile, eslint);
    }
    let calculated: Linter.Config | undefined;
    try {
      calculated = (await eslint.calculateConfigForFile(path.resolve(file))) as Linter.Config | undefined;
    } catch (error) {
      throw remember(failures, new EslintConfigError(configFile, describeError(error)));
    }
    if (!calculated) return { kind: "no-config-for-file", configFile };
    const { settings, rules } = readNextLogoutPart(calculated);
    const key = JSON.stringify([settings ?? null, rules]);
    const internKey = `${configFile}\0${key}`;
    let config = interned.get(internKey);
    if (!config) {
      try {
        parseSettings({ [SETTINGS_KEY]: settings });
      } catch (error) {
        throw remember(failures, new EslintConfigError(configFile, describeError(error)));
      }
      config = { configFile, settings, rules, key };
      interned.set(internKey, config);
    }
    return { kind: "found", config };
  };
}

function remember(failures: Map<string, EslintConfigError>, error: EslintConfigError): EslintConfigError {
  failures.set(error.configFile, error);
  return error;
}

/** `settings["next-logout"]` and the next-logout rules, under whatever name the config gave the plugin. */
function readNextLogoutPart(config: Linter.Config): Pick<UserConfig, "settings" | "rules"> {
  const namespace = findNamespace(config.plugins) ?? PLUGIN_NAMESPACE;
  const rules: UserConfig["rules"] = {};
  for (const id of RULE_IDS) {
    const entry = config.rules?.[`${namespace}/${id}`];
    if (entry === undefined) continue;
    const [severity, ...options] = Array.isArray(entry) ? entry : [entry];
    rules[id] = severity === 0 || severity === "off" ? "off" : options;
  }
  return { settings: config.settings?.[SETTINGS_KEY] as NextLogoutSettingsInput | undefined, rules };
}

function findNamespace(plugins: Linter.Config["plugins"]): string | undefined {
  for (const [namespace, plugin] of Object.entries(plugins ?? {})) {
    if (plugin?.meta?.name === PACKAGE_NAME) return namespace;
  }
  return undefined;
}

/** ESLint's messages span lines (a schema error lists the properties): one line, for one error line per config. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}

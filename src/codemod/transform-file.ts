// One file for the jscodeshift bridge: its ESLint config, then the engine. Runs in the worker thread (or in place
// when the bridge runs as native ESM), one run per process.
import type { RuleId } from "../plugin/rules.ts";
import { getTurnedOffRules, runCodemod, type CodemodResult } from "./engine.ts";
import { createConfigResolver, type ConfigResolver } from "./eslint-config.ts";
import type { TransformName } from "./transforms.ts";

export interface TransformRequest {
  nextVersion?: string;
  strict?: boolean;
  /** Whether to read the file's ESLint config (`--eslint-config=false` turns it off). */
  eslintConfig: boolean;
}

export type TransformFileResult =
  | (CodemodResult & { turnedOff?: { configFile: string; rules: readonly RuleId[] } })
  /** The config gives the file no configuration (it ignores it, or no `files` pattern matches): left as it is. */
  | { status: "ignored"; configFile: string };

let resolve: ConfigResolver | null = null;
// A config that failed fails the rest of the run too: no file is written under settings the user didn't write.
let failure: Error | null = null;

export async function transformFile(name: TransformName, file: string, source: string, request: TransformRequest): Promise<TransformFileResult> {
  if (failure) throw failure;
  const options = { nextVersion: request.nextVersion, strict: request.strict };
  if (!request.eslintConfig) return runCodemod(name, file, source, options);
  resolve ??= createConfigResolver();
  let lookup;
  try {
    lookup = await resolve(file);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw failure;
  }
  if (lookup.kind === "no-config-for-file") return { status: "ignored", configFile: lookup.configFile };
  if (lookup.kind === "none") return runCodemod(name, file, source, options);
  const withConfig = { ...options, userConfig: lookup.config };
  const turnedOff = getTurnedOffRules(name, withConfig);
  const result = runCodemod(name, file, source, withConfig);
  return turnedOff.length > 0 ? { ...result, turnedOff: { configFile: lookup.config.configFile, rules: turnedOff } } : result;
}

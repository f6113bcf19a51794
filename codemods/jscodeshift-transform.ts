// The bridge between jscodeshift and the plugin's codemod engine. jscodeshift loads this file through Babel, as
// CommonJS; the engine then runs in a worker thread, outside Babel's `require` hook (see src/codemod/worker.ts).
import path from "node:path";
import { Worker } from "node:worker_threads";
import { createConfigFileFinder } from "../src/codemod/config-file.ts";
import { IGNORED_DIRECTORIES } from "../src/codemod/files.ts";
import type { TransformFileResult, TransformRequest } from "../src/codemod/transform-file.ts";
import { ANY_SETTINGS_PREFILTER, DEFAULT_PREFILTER, TRANSFORMS, type TransformName } from "../src/codemod/transforms.ts";

/** What jscodeshift hands a transform. */
export interface FileInfo {
  path: string;
  source: string;
}

export interface Api {
  report: (message: string) => void;
}

export type Transform = (file: FileInfo, api: Api, options: Record<string, unknown>) => Promise<string | undefined>;

type Reply = { id: number; result: TransformFileResult } | { id: number; error: string };

const findConfigFile = createConfigFileFinder();
// Each note about a config (a rule it turns off) is reported once per jscodeshift worker process.
const notedConfigs = new Set<string>();

/**
 * A jscodeshift transform running one of the plugin's codemods. It returns `undefined` (jscodeshift's "skipped")
 * for files the text prefilter rules out and files the ESLint config ignores, the source itself for files with
 * nothing to change, and throws for files that don't parse or whose ESLint config fails, which jscodeshift counts
 * as errors and leaves untouched.
 */
export function createTransform(name: TransformName): Transform {
  return async (file, api, options) => {
    // jscodeshift walks node_modules unless told not to: never edit dependencies or build output.
    if (file.path.split(/[\\/]/).some((segment) => IGNORED_DIRECTORIES.has(segment))) return undefined;
    const request = toTransformRequest(options);
    // The prefilter runs here too, so a tree with nothing to fix never starts the engine. Under an ESLint config,
    // whose settings only the engine reads, it lets through whatever some settings could make a candidate.
    const prefilter = request.eslintConfig && findConfigFile(file.path) !== null ? ANY_SETTINGS_PREFILTER : DEFAULT_PREFILTER;
    if (!TRANSFORMS[name].mayApply(file.path, file.source, prefilter)) return undefined;
    const result = await run(name, file, request);
    if (result.status === "ignored") {
      api.report(`not transformed: ${result.configFile} gives this file no config (it ignores it, or no "files" pattern matches it); --eslint-config=false transforms it with the default settings`);
      return undefined;
    }
    if (result.turnedOff && !notedConfigs.has(result.turnedOff.configFile)) {
      notedConfigs.add(result.turnedOff.configFile);
      for (const rule of result.turnedOff.rules) api.report(`next-logout/${rule} is off in ${result.turnedOff.configFile}: its fixes are not applied and its findings not listed`);
    }
    for (const { line, column, ruleId, message } of result.findings) api.report(`${line}:${column} ${ruleId}: ${message}`);
    if (result.status === "skipped") return undefined;
    return result.status === "changed" ? result.output : file.source;
  };
}

/** jscodeshift passes unknown flags through: `--next-version=15`, `--strict=true`, `--eslint-config=false`. */
function toTransformRequest(options: Record<string, unknown>): TransformRequest {
  const nextVersion = options["next-version"] ?? options.nextVersion;
  const eslintConfig = options["eslint-config"] ?? options.eslintConfig;
  return {
    nextVersion: typeof nextVersion === "string" || typeof nextVersion === "number" ? String(nextVersion) : undefined,
    strict: options.strict === true || options.strict === "true",
    eslintConfig: eslintConfig !== false && eslintConfig !== "false",
  };
}

async function run(name: TransformName, file: FileInfo, request: TransformRequest): Promise<TransformFileResult> {
  // Under jscodeshift this file is CommonJS and has `__dirname`; as native ESM (tests, Node's own TypeScript) it
  // runs the engine in place.
  if (typeof __dirname !== "string") {
    const { transformFile } = await import("../src/codemod/transform-file.ts");
    return transformFile(name, file.path, file.source, request);
  }
  return callWorker(name, file, request);
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (result: TransformFileResult) => void; reject: (error: Error) => void }>();

function callWorker(name: TransformName, file: FileInfo, request: TransformRequest): Promise<TransformFileResult> {
  worker ??= startWorker();
  const id = nextId++;
  // Referenced only while it owes an answer: an idle worker must not keep jscodeshift's process alive.
  if (pending.size === 0) worker.ref();
  worker.postMessage({ id, name, file: file.path, source: file.source, request });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function startWorker(): Worker {
  const started = new Worker(path.join(__dirname, "..", "dist", "src", "codemod", "worker.js"));
  started.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if ("error" in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.result);
  });
  started.on("error", (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = null;
  });
  return started;
}

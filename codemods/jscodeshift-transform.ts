// The bridge between jscodeshift and the plugin's codemod engine. jscodeshift loads this file through Babel, as
// CommonJS; the engine then runs in a worker thread, outside Babel's `require` hook (see src/codemod/worker.ts).
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CodemodOptions, CodemodResult } from "../src/codemod/engine.ts";
import { IGNORED_DIRECTORIES } from "../src/codemod/files.ts";
import { TRANSFORMS, type TransformName } from "../src/codemod/transforms.ts";

/** What jscodeshift hands a transform. */
export interface FileInfo {
  path: string;
  source: string;
}

export interface Api {
  report: (message: string) => void;
}

export type Transform = (file: FileInfo, api: Api, options: Record<string, unknown>) => Promise<string | undefined>;

type Reply = { id: number; result: CodemodResult } | { id: number; error: string };

/**
 * A jscodeshift transform running one of the plugin's codemods. It returns `undefined` (jscodeshift's "skipped")
 * for files the text prefilter rules out, the source itself for files with nothing to change, and throws for files
 * that don't parse, which jscodeshift counts as errors and leaves untouched.
 */
export function createTransform(name: TransformName): Transform {
  return async (file, api, options) => {
    // jscodeshift walks node_modules unless told not to: never edit dependencies or build output.
    if (file.path.split(/[\\/]/).some((segment) => IGNORED_DIRECTORIES.has(segment))) return undefined;
    // The prefilter runs here too, so a tree with nothing to fix never starts the engine.
    if (!TRANSFORMS[name].mayApply(file.path, file.source)) return undefined;
    const result = await run(name, file, toCodemodOptions(options));
    for (const report of result.reports) api.report(report);
    if (result.status === "skipped") return undefined;
    return result.status === "changed" ? result.output : file.source;
  };
}

/** jscodeshift passes unknown flags through: `--next-version=15`, `--strict`. */
function toCodemodOptions(options: Record<string, unknown>): CodemodOptions {
  const nextVersion = options["next-version"] ?? options.nextVersion;
  return {
    nextVersion: typeof nextVersion === "string" || typeof nextVersion === "number" ? String(nextVersion) : undefined,
    strict: options.strict === true || options.strict === "true",
  };
}

async function run(name: TransformName, file: FileInfo, options: CodemodOptions): Promise<CodemodResult> {
  // Under jscodeshift this file is CommonJS and has `__dirname`; as native ESM (tests, Node's own TypeScript) it
  // runs the engine in place.
  if (typeof __dirname !== "string") {
    const { runCodemod } = await import("../src/codemod/engine.ts");
    return runCodemod(name, file.path, file.source, options);
  }
  return callWorker(name, file, options);
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (result: CodemodResult) => void; reject: (error: Error) => void }>();

function callWorker(name: TransformName, file: FileInfo, options: CodemodOptions): Promise<CodemodResult> {
  worker ??= startWorker();
  const id = nextId++;
  // Referenced only while it owes an answer: an idle worker must not keep jscodeshift's process alive.
  if (pending.size === 0) worker.ref();
  worker.postMessage({ id, name, file: file.path, source: file.source, options });
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

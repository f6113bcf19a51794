import { analyze } from "@typescript-eslint/scope-manager";
import { parse, simpleTraverse } from "@typescript-eslint/typescript-estree";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** Another file of the project, parsed: its text, its tree (with `parent` links) and its scopes. */
export interface ProjectModule {
  file: string;
  text: string;
  program: TSESTree.Program;
  scopeManager: TSESLint.Scope.ScopeManager;
}

/** What the project model did since the last reset: `npm run bench` reports it on a line of its own. */
export interface ProjectModelStats {
  /** Import specifiers resolved to a file (or to none), cache hits left out. */
  resolutions: number;
  filesRead: number;
  modulesParsed: number;
  /** Files left alone: unreadable, too big, or not parsable. */
  filesSkipped: number;
  /** Wall time inside resolution, reading and parsing. */
  milliseconds: number;
}

interface FileRecord {
  file: string;
  mtimeMs: number;
  size: number;
  /** When the file was last compared with the disk (`Date.now()`); see {@link FRESHNESS_MS}. */
  checkedAt: number;
  /** Set once a later check finds the file changed or gone: everything derived from it is stale. */
  isOutdated: boolean;
  /** `null`: unreadable or too big. */
  text: string | null;
  /** `undefined` until parsed; `null` when the parser rejected it. */
  module?: ProjectModule | null;
  derived: Map<string, Derived>;
}

interface Derived {
  value: unknown;
  /** The files its computation read itself. */
  dependencies: readonly FileRecord[];
  /** The derived values its computation used: current only while they are (files read through them count too). */
  children: readonly Derived[];
  /** When it was last found current: within {@link FRESHNESS_MS} it is current without a look. */
  checkedAt: number;
}

const MAX_MODULE_BYTES = 256 * 1024;
/**
 * How long a file read counts as current before it is compared with the disk again (mtime and size). A lint run
 * compares each file about once a second instead of once per linted file; an editor sees a changed wrapper when
 * it next lints a file that uses it, a second later at most.
 */
export const FRESHNESS_MS = 1_000;
const MAX_RECORDS = 3_000;
const MAX_PARSED = 250;
const TYPESCRIPT_ONLY = /\.[cm]?ts$/i;

// One cache per process (per ESLint worker thread), shared by every rule and the codemod. Least recently used
// records go first; parsed trees are bounded separately, since they are what takes memory.
const records = new Map<string, FileRecord>();
const parsed = new Set<FileRecord>();
/** A derivation in progress: the files it has read, and whether its result may be kept. */
interface Frame {
  record: FileRecord;
  key: string;
  dependencies: Set<FileRecord>;
  children: Set<Derived>;
  /** Cleared when the result rests on a guess: a cycle's fallback or a depth limit (see {@link markIncomplete}). */
  isComplete: boolean;
}

// The derivations in progress, innermost last. A derived value is fresh while every file it read is unchanged.
const frames: Frame[] = [];
let measuring = 0;
const stats: ProjectModelStats = { resolutions: 0, filesRead: 0, modulesParsed: 0, filesSkipped: 0, milliseconds: 0 };

/** The text of a project file; `null` when it is unreadable or bigger than 256 KiB. */
export function readModuleText(file: string): string | null {
  return getRecord(file)?.text ?? null;
}

/** A project file parsed with typescript-estree and its scopes (no type information); `null` when it can't be. */
export function getProjectModule(file: string): ProjectModule | null {
  const record = getRecord(file);
  if (!record || record.text === null) return null;
  if (record.module === undefined) record.module = measure(() => parseModule(file, record.text!));
  parsed.delete(record);
  parsed.add(record);
  if (parsed.size > MAX_PARSED) {
    const [oldest] = parsed;
    if (oldest) forgetParsed(oldest);
  }
  return record.module;
}

/**
 * A value computed from a project file and whatever it reads meanwhile (other files through this cache), kept
 * until one of those files changes. `undefined` when the file can't be read. A computation that asks for its own
 * key again (a cycle) gets `fallback`; the values computed inside the cycle on that guess are not kept, so a result
 * never depends on the order files were linted in.
 */
export function deriveFromFile<T>(file: string, key: string, compute: () => T, fallback: T): T | undefined {
  const record = getRecord(file);
  if (!record || record.text === null) return undefined;
  const cached = record.derived.get(key);
  if (cached === IN_PROGRESS) {
    const cycleStart = frames.findIndex((frame) => frame.record === record && frame.key === key);
    for (const frame of frames.slice(cycleStart + 1)) frame.isComplete = false;
    return fallback;
  }
  if (cached && isDerivedCurrent(cached, Date.now())) {
    frames.at(-1)?.children.add(cached);
    return cached.value as T;
  }
  record.derived.set(key, IN_PROGRESS);
  const frame: Frame = { record, key, dependencies: new Set([record]), children: new Set(), isComplete: true };
  frames.push(frame);
  let value: T = fallback;
  try {
    value = compute();
  } finally {
    frames.pop();
    if (frame.isComplete) {
      const derived: Derived = { value, dependencies: [...frame.dependencies], children: [...frame.children], checkedAt: Date.now() };
      record.derived.set(key, derived);
      frames.at(-1)?.children.add(derived);
    } else {
      record.derived.delete(key);
      // What the abandoned computation read still counts for the one around it.
      for (const dependency of frame.dependencies) noteDependency(dependency);
      for (const child of frame.children) frames.at(-1)?.children.add(child);
    }
  }
  return value;
}

/** Whether the files a derived value read, itself or through the values it used, are all unchanged. */
function isDerivedCurrent(derived: Derived, now: number): boolean {
  if (now - derived.checkedAt < FRESHNESS_MS) return true;
  // Marked first: values shared by several parents are checked once per look.
  derived.checkedAt = now;
  const isFresh = derived.dependencies.every((dependency) => isCurrent(dependency, now)) && derived.children.every((child) => isDerivedCurrent(child, now));
  if (!isFresh) derived.checkedAt = 0;
  return isFresh;
}

/** The derivations in progress rest on a cut-off (a depth limit): their results are not kept. */
export function markIncomplete(): void {
  for (const frame of frames) frame.isComplete = false;
}

const IN_PROGRESS: Derived = { value: undefined, dependencies: [], children: [], checkedAt: 0 };

/** Times `work` into the stats; nested calls count once. */
export function measure<T>(work: () => T): T {
  if (measuring > 0) return work();
  measuring++;
  const start = performance.now();
  try {
    return work();
  } finally {
    stats.milliseconds += performance.now() - start;
    measuring--;
  }
}

export function countResolution(): void {
  stats.resolutions++;
}

export function getProjectModelStats(): ProjectModelStats {
  return { ...stats, milliseconds: Math.round(stats.milliseconds * 10) / 10 };
}

const resetHooks = new Set<() => void>();

/** Runs `hook` on every reset of the project model: caches kept elsewhere (by the analyses) go with it. */
export function onProjectModelReset(hook: () => void): void {
  resetHooks.add(hook);
}

/** Empties the module cache and the stats, and whatever registered with {@link onProjectModelReset}. */
export function clearModuleCache(): void {
  for (const hook of resetHooks) hook();
  records.clear();
  parsed.clear();
  Object.assign(stats, { resolutions: 0, filesRead: 0, modulesParsed: 0, filesSkipped: 0, milliseconds: 0 });
}

function getRecord(file: string): FileRecord | null {
  let record = records.get(file);
  if (record && !isCurrent(record)) {
    forget(record);
    record = undefined;
  }
  if (!record) {
    record = measure(() => readRecord(file)) ?? undefined;
    if (!record) return null;
    records.set(file, record);
    if (records.size > MAX_RECORDS) {
      const [oldest] = records.values();
      if (oldest) forget(oldest);
    }
  } else {
    records.delete(file);
    records.set(file, record);
  }
  noteDependency(record);
  return record;
}

function isCurrent(record: FileRecord, now = Date.now()): boolean {
  if (record.isOutdated) return false;
  if (now - record.checkedAt < FRESHNESS_MS) return true;
  const stats = statFile(record.file);
  record.checkedAt = now;
  record.isOutdated = !stats || stats.mtimeMs !== record.mtimeMs || stats.size !== record.size;
  return !record.isOutdated;
}

function readRecord(file: string): FileRecord | null {
  const fileStats = statFile(file);
  if (!fileStats) return null;
  let text: string | null = null;
  if (fileStats.size <= MAX_MODULE_BYTES) {
    try {
      text = readFileSync(file, "utf8");
      stats.filesRead++;
    } catch {
      text = null;
    }
  }
  if (text === null) stats.filesSkipped++;
  return { file, mtimeMs: fileStats.mtimeMs, size: fileStats.size, checkedAt: Date.now(), isOutdated: false, text, derived: new Map() };
}

function statFile(file: string): { mtimeMs: number; size: number } | null {
  try {
    const fileStats = statSync(file, { throwIfNoEntry: false });
    return fileStats?.isFile() ? fileStats : null;
  } catch {
    return null;
  }
}

function parseModule(file: string, text: string): ProjectModule | null {
  try {
    // typescript-estree and scope-manager directly, not parseForESLint: the analyses read no tokens or comments,
    // and a global (no lib is declared) reads as unbound, as an undeclared one does. That halves the parse.
    const program = parse(text, { jsx: !TYPESCRIPT_ONLY.test(file), range: true, loc: true });
    simpleTraverse(program, { enter() {} }, true);
    const scopeManager = analyze(program, { sourceType: "module", lib: [] });
    stats.modulesParsed++;
    return { file, text, program, scopeManager: scopeManager as unknown as TSESLint.Scope.ScopeManager };
  } catch {
    stats.filesSkipped++;
    return null;
  }
}

function noteDependency(record: FileRecord): void {
  frames.at(-1)?.dependencies.add(record);
}

function forget(record: FileRecord): void {
  records.delete(record.file);
  forgetParsed(record);
}

function forgetParsed(record: FileRecord): void {
  parsed.delete(record);
  record.module = undefined;
  record.derived.clear();
}

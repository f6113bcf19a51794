import path from "node:path";
import { readJsonObject } from "./config-files.ts";
import { isSourceFile, resolveSourceFile } from "./source-files.ts";

// Conditions tried first: the ones monorepos point at their TypeScript sources with.
const PREFERRED_CONDITIONS = ["source", "typescript", "development", "import", "module", "default", "types", "require", "node", "browser"];
const ENTRY_FIELDS = ["source", "types", "typings", "module", "main"];
const FALLBACK_ENTRIES = ["src/index", "index"];
const entries = new Map<string, string | null>();

/** Forgets every package entry read (the project model's reset). */
export function clearPackageEntries(): void {
  entries.clear();
}

/**
 * The source file a workspace package exposes at `subpath` (`"."` or `"./menu"`): its `exports` (subpaths,
 * `*` patterns and conditions), else `source`/`types`/`module`/`main`, else `src/index` or `index`. Only a
 * source file that exists counts, so an unbuilt package's `dist/` gives way to the `src/` next to it.
 */
export function resolvePackageEntry(directory: string, subpath: string): string | null {
  const key = `${directory}\0${subpath}`;
  let entry = entries.get(key);
  if (entry === undefined) {
    entry = readPackageEntry(directory, subpath);
    entries.set(key, entry);
  }
  return entry;
}

function readPackageEntry(directory: string, subpath: string): string | null {
  const manifest = readJsonObject(path.join(directory, "package.json"));
  if (!manifest) return null;
  if (manifest.exports !== undefined && manifest.exports !== null) {
    const fromExports = resolveExports(directory, manifest.exports, subpath);
    if (fromExports) return fromExports;
  }
  if (subpath === ".") {
    for (const field of ENTRY_FIELDS) {
      const value = manifest[field];
      const file = typeof value === "string" ? resolveTarget(directory, value) : null;
      if (file) return file;
    }
    return firstSource(FALLBACK_ENTRIES.map((entry) => path.join(directory, entry)));
  }
  return firstSource([path.join(directory, subpath), path.join(directory, "src", subpath)]);
}

function resolveExports(directory: string, exports: unknown, subpath: string): string | null {
  const isSubpathMap = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports as object).some((key) => key.startsWith("."));
  if (!isSubpathMap) return subpath === "." ? resolveConditions(directory, exports, null) : null;
  const map = exports as Record<string, unknown>;
  if (subpath in map) return resolveConditions(directory, map[subpath], null);
  // `"./*": "./src/*.ts"`: the longest matching prefix wins, as in Node.
  let best: { key: string; star: string } | null = null;
  for (const key of Object.keys(map)) {
    const star = key.indexOf("*");
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1 && (!best || prefix.length > best.key.indexOf("*"))) {
      best = { key, star: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  return best ? resolveConditions(directory, map[best.key], best.star) : null;
}

/** A target string, an array of fallbacks, or a conditions object (nested), the preferred conditions first. */
function resolveConditions(directory: string, target: unknown, star: string | null, depth = 0): string | null {
  if (depth > 6 || target === null) return null;
  if (typeof target === "string") return resolveTarget(directory, star === null ? target : target.replaceAll("*", star));
  if (Array.isArray(target)) {
    for (const entry of target) {
      const file = resolveConditions(directory, entry, star, depth + 1);
      if (file) return file;
    }
    return null;
  }
  if (typeof target !== "object") return null;
  const conditions = target as Record<string, unknown>;
  const keys = [...PREFERRED_CONDITIONS.filter((key) => key in conditions), ...Object.keys(conditions).filter((key) => !PREFERRED_CONDITIONS.includes(key))];
  for (const key of keys) {
    const file = resolveConditions(directory, conditions[key], star, depth + 1);
    if (file) return file;
  }
  return null;
}

function resolveTarget(directory: string, target: string): string | null {
  const file = resolveSourceFile(path.resolve(directory, target));
  return file && isSourceFile(file) ? file : null;
}

function firstSource(bases: readonly string[]): string | null {
  for (const base of bases) {
    const file = resolveSourceFile(base);
    if (file) return file;
  }
  return null;
}

// Which eslint.config.* governs a file: the nearest one at or above its folder, as ESLint 10 looks it up. (ESLint 9
// looks from the working directory; for a file under it, that finds the same file unless a folder in between has
// its own config, and then ESLint 10's answer is the one a monorepo means.) Plain file system calls and no ESLint:
// the jscodeshift bridge uses this under Babel.
import { statSync } from "node:fs";
import path from "node:path";

/** ESLint's own names, in its own order of preference. */
export const ESLINT_CONFIG_FILENAMES = [
  "eslint.config.js",
  "eslint.config.mjs",
  "eslint.config.cjs",
  "eslint.config.ts",
  "eslint.config.mts",
  "eslint.config.cts",
] as const;

/** Finds a file's config file, or `null` when there is none; each folder is looked at once per finder. */
export type ConfigFileFinder = (file: string) => string | null;

export function createConfigFileFinder(): ConfigFileFinder {
  const byDirectory = new Map<string, string | null>();
  const findFrom = (directory: string): string | null => {
    const cached = byDirectory.get(directory);
    if (cached !== undefined) return cached;
    const parent = path.dirname(directory);
    const found = findIn(directory) ?? (parent === directory ? null : findFrom(parent));
    byDirectory.set(directory, found);
    return found;
  };
  return (file) => findFrom(path.dirname(path.resolve(file)));
}

function findIn(directory: string): string | null {
  for (const name of ESLINT_CONFIG_FILENAMES) {
    const candidate = path.join(directory, name);
    if (isFile(candidate)) return candidate;
  }
  return null;
}

/** A folder the user can't read holds no config for us, as for ESLint's own lookup. */
function isFile(candidate: string): boolean {
  try {
    return statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

import { readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface PackageInfo {
  /** The directory holding the package.json. */
  directory: string;
  manifest: PackageJson;
}

// Per process: an editor session re-reads nothing, which is what eslint-plugin-next does for its page scan.
const packageByDirectory = new Map<string, PackageInfo | null>();

/** The nearest package.json at or above `directory`, cached per directory. */
export function findNearestPackage(directory: string): PackageInfo | null {
  const cached = packageByDirectory.get(directory);
  if (cached !== undefined) return cached;
  const manifest = readPackageJson(path.join(directory, "package.json"));
  const parent = path.dirname(directory);
  const found = manifest
    ? { directory, manifest }
    : parent === directory
      ? null
      : findNearestPackage(parent);
  packageByDirectory.set(directory, found);
  return found;
}

/** The directory of the nearest package.json above a linted file, or `null` outside any package. */
export function findProjectRoot(filename: string): string | null {
  if (!path.isAbsolute(filename)) return null;
  return findNearestPackage(path.dirname(filename))?.directory ?? null;
}

function readPackageJson(file: string): PackageJson | null {
  try {
    // Most directories have no package.json: asking without an exception keeps the lookup cheap.
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return null;
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as PackageJson) : null;
  } catch {
    return null;
  }
}

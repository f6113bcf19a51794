import path from "node:path";
import { findNearestPackage } from "./packages.ts";

export interface NextVersion {
  major: number;
  minor: number;
}

const VERSION = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/;

/** Parses `"16"`, `"14.2"` or `"15.0.3"`; `null` for anything else. */
export function parseNextVersion(text: string): NextVersion | null {
  const match = VERSION.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2] ?? 0) };
}

/**
 * The lowest version a semver range such as `^15.1.0`, `~14.2`, `15.x` or `>=13.4 <15` allows; `null` for tags
 * like `latest` and for `workspace:`/`catalog:` references.
 */
export function parseNextRange(range: string): NextVersion | null {
  const match = /(?:^|[\s^~>=v:@])(\d+)(?:\.(\d+|[xX*]))?(?:\.(?:\d+|[xX*]))?(?![\w.])/.exec(range.trim());
  if (!match) return null;
  const minor = Number(match[2]);
  return { major: Number(match[1]), minor: Number.isNaN(minor) ? 0 : minor };
}

const detectedByDirectory = new Map<string, NextVersion | null>();

/**
 * The `next` version of the package a file belongs to: the nearest package.json above it that depends on `next`
 * (so a workspace package without `next` defers to the app or monorepo root above it). Cached per directory.
 */
export function detectNextVersion(filename: string): NextVersion | null {
  if (!path.isAbsolute(filename)) return null;
  return detectFromDirectory(path.dirname(filename));
}

function detectFromDirectory(directory: string): NextVersion | null {
  const cached = detectedByDirectory.get(directory);
  if (cached !== undefined) return cached;
  const pkg = findNearestPackage(directory);
  let detected: NextVersion | null = null;
  if (pkg) {
    const { dependencies, devDependencies, peerDependencies } = pkg.manifest;
    const range = dependencies?.next ?? devDependencies?.next ?? peerDependencies?.next;
    const parent = path.dirname(pkg.directory);
    if (range !== undefined) detected = parseNextRange(range);
    else if (parent !== pkg.directory) detected = detectFromDirectory(parent);
  }
  detectedByDirectory.set(directory, detected);
  return detected;
}

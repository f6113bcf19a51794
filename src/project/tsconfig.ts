import path from "node:path";
import { isFile, readJsonObject } from "./config-files.ts";
import { findWorkspace } from "./workspaces.ts";

/** What a tsconfig.json or jsconfig.json says about bare specifiers: `paths` patterns and `baseUrl`. */
export interface PathAliases {
  /** `[pattern, targets]`, targets already absolute: `["@/*", ["/app/src/*"]]`. */
  paths: readonly (readonly [pattern: string, targets: readonly string[]])[];
  /** Bare specifiers also resolve against `baseUrl` (absolute). */
  baseUrl: string | null;
}

interface CompilerPaths {
  baseUrl?: string;
  /** The `paths` object, and the directory its targets are relative to when there is no `baseUrl`. */
  paths?: { entries: Record<string, unknown>; directory: string };
}

const MAX_EXTENDS_DEPTH = 8;
const configByDirectory = new Map<string, string | null>();
const aliasesByConfig = new Map<string, PathAliases | null>();
const appRouterFolders = new Map<string, boolean>();
const packageRoots = new Map<string, boolean>();

/** The path aliases of a tsconfig.json or jsconfig.json, `extends` followed. */
export function getPathAliasesOf(config: string): PathAliases | null {
  let aliases = aliasesByConfig.get(config);
  if (aliases === undefined) {
    aliases = toAliases(readCompilerPaths(config, 0, new Set()));
    aliasesByConfig.set(config, aliases);
  }
  return aliases;
}

/** Forgets every config read so far (the project model's reset). */
export function clearPathAliases(): void {
  configByDirectory.clear();
  aliasesByConfig.clear();
  appRouterFolders.clear();
  packageRoots.clear();
}

/**
 * The targets a specifier maps to under `paths`, TypeScript's way: an exact pattern, else the `*` pattern with the
 * longest prefix, its `*` replaced by what the specifier has there.
 */
export function matchPaths(aliases: PathAliases, specifier: string): string[] {
  let best: { targets: readonly string[]; prefix: string; star: string } | null = null;
  for (const [pattern, targets] of aliases.paths) {
    const star = pattern.indexOf("*");
    if (star === -1) {
      if (pattern === specifier) return [...targets];
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    const fits = specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
    if (fits && (!best || prefix.length > best.prefix.length)) {
      best = { targets, prefix, star: specifier.slice(prefix.length, specifier.length - suffix.length) };
    }
  }
  return best ? best.targets.map((target) => target.replace("*", best.star)) : [];
}

/**
 * The nearest tsconfig.json at or above `directory`, else the nearest jsconfig.json; `null` when there is neither.
 * One look per new directory in a TypeScript project: linted files sit in many directories.
 */
export function findPathAliasesConfig(directory: string): string | null {
  // Inside an App Router folder every directory is a route segment, and Next.js reads the project's own config:
  // the look starts at the `app` folder, sparing one per route folder (most of an app's directories).
  const start = findAppRouterFolder(directory) ?? directory;
  return findNearest(start, "tsconfig.json") ?? findNearest(start, "jsconfig.json");
}

/**
 * The App Router folder a directory is in or is: `app` next to a package.json, or in the `src` folder next to one
 * (as Next.js finds it). The innermost one, so a route segment named `app` inside it doesn't count. `null` outside.
 */
export function findAppRouterFolder(directory: string): string | null {
  const marker = `${path.sep}app`;
  for (let index = directory.lastIndexOf(marker); index !== -1; index = index === 0 ? -1 : directory.lastIndexOf(marker, index - 1)) {
    const end = index + marker.length;
    if (end !== directory.length && directory[end] !== path.sep) continue;
    const folder = directory.slice(0, end);
    if (isAppRouterFolder(folder)) return folder;
  }
  return null;
}

function isAppRouterFolder(folder: string): boolean {
  let answer = appRouterFolders.get(folder);
  if (answer === undefined) {
    const parent = path.dirname(folder);
    answer = isPackageRoot(parent) || (path.basename(parent) === "src" && isPackageRoot(path.dirname(parent)));
    appRouterFolders.set(folder, answer);
  }
  return answer;
}

function isPackageRoot(directory: string): boolean {
  let answer = packageRoots.get(directory);
  if (answer === undefined) packageRoots.set(directory, (answer = isFile(path.join(directory, "package.json"))));
  return answer;
}

function findNearest(directory: string, name: string): string | null {
  const key = `${name}\0${directory}`;
  const cached = configByDirectory.get(key);
  if (cached !== undefined) return cached;
  const own = path.join(directory, name);
  const parent = path.dirname(directory);
  const found = isFile(own) ? own : parent === directory ? null : findNearest(parent, name);
  configByDirectory.set(key, found);
  return found;
}

/** `compilerOptions.baseUrl` and `paths` of a config, its `extends` first (later configs win). */
function readCompilerPaths(config: string, depth: number, seen: Set<string>): CompilerPaths {
  const json = depth > MAX_EXTENDS_DEPTH || seen.has(config) ? null : readJsonObject(config);
  if (!json) return {};
  seen.add(config);
  const directory = path.dirname(config);
  const bases = ([] as unknown[]).concat(json.extends ?? []).filter((entry): entry is string => typeof entry === "string");
  let merged: CompilerPaths = {};
  for (const base of bases) {
    const file = resolveExtends(base, directory);
    if (file) merged = { ...merged, ...definedOnly(readCompilerPaths(file, depth + 1, seen)) };
  }
  const options = json.compilerOptions as Record<string, unknown> | undefined;
  if (typeof options?.baseUrl === "string") merged.baseUrl = path.resolve(directory, options.baseUrl);
  if (typeof options?.paths === "object" && options.paths !== null && !Array.isArray(options.paths)) {
    merged.paths = { entries: options.paths as Record<string, unknown>, directory };
  }
  return merged;
}

function definedOnly(paths: CompilerPaths): CompilerPaths {
  return Object.fromEntries(Object.entries(paths).filter(([, value]) => value !== undefined));
}

/** `./base`, `../tsconfig.base.json`, or a package's config (`@acme/tsconfig/next.json`) in the workspace or node_modules. */
function resolveExtends(specifier: string, directory: string): string | null {
  const withJson = (file: string) => [file, `${file}.json`, path.join(file, "tsconfig.json")].find(isFile) ?? null;
  if (specifier.startsWith(".") || path.isAbsolute(specifier)) return withJson(path.resolve(directory, specifier));
  const [scopeOrName = "", maybeName = ""] = specifier.split("/");
  const packageName = scopeOrName.startsWith("@") ? `${scopeOrName}/${maybeName}` : scopeOrName;
  const subpath = specifier.slice(packageName.length + 1);
  const workspaceDirectory = findWorkspace(directory)?.packages.get(packageName);
  if (workspaceDirectory) return withJson(path.join(workspaceDirectory, subpath || "tsconfig.json"));
  for (let current = directory; ; current = path.dirname(current)) {
    const found = withJson(path.join(current, "node_modules", specifier));
    if (found) return found;
    if (path.dirname(current) === current) return null;
  }
}

function toAliases(paths: CompilerPaths): PathAliases | null {
  if (!paths.paths && paths.baseUrl === undefined) return null;
  // Targets are relative to baseUrl when there is one, else to the config that wrote `paths` (TypeScript 4.1+).
  const targetBase = paths.baseUrl ?? paths.paths?.directory ?? "";
  const entries = Object.entries(paths.paths?.entries ?? {}).flatMap(([pattern, targets]) => {
    const list = Array.isArray(targets) ? targets.filter((target): target is string => typeof target === "string") : [];
    return list.length > 0 ? [[pattern, list.map((target) => path.resolve(targetBase, target))] as const] : [];
  });
  return { paths: entries, baseUrl: paths.baseUrl ?? null };
}

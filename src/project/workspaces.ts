import { readdirSync } from "node:fs";
import path from "node:path";
import { isFile, readJsonObject, readPnpmWorkspacePackages, readTextFile } from "./config-files.ts";

/** A monorepo: its root, and its packages by name (npm/yarn `workspaces`, or `pnpm-workspace.yaml`). */
export interface Workspace {
  root: string;
  packages: ReadonlyMap<string, string>;
}

const IGNORED_DIRECTORIES = new Set(["node_modules", ".git", ".next", "dist", "build", ".turbo"]);
const MAX_GLOB_DEPTH = 4;
const workspaceByDirectory = new Map<string, Workspace | null>();

/**
 * The workspace a directory belongs to: the nearest ancestor whose package.json lists `workspaces` or that holds a
 * pnpm-workspace.yaml. Read once per root per process; packages that no `node_modules` links are found too.
 */
export function findWorkspace(directory: string): Workspace | null {
  const cached = workspaceByDirectory.get(directory);
  if (cached !== undefined) return cached;
  const patterns = readWorkspacePatterns(directory);
  const parent = path.dirname(directory);
  const workspace = patterns ? { root: directory, packages: findPackages(directory, patterns) } : parent === directory ? null : findWorkspace(parent);
  workspaceByDirectory.set(directory, workspace);
  return workspace;
}

/** Forgets every workspace read so far (the project model's reset). */
export function clearWorkspaces(): void {
  workspaceByDirectory.clear();
}

function readWorkspacePatterns(directory: string): string[] | null {
  const pnpm = readTextFile(path.join(directory, "pnpm-workspace.yaml"));
  if (pnpm !== null) return readPnpmWorkspacePackages(pnpm);
  if (!isFile(path.join(directory, "package.json"))) return null;
  const workspaces = readJsonObject(path.join(directory, "package.json"))?.workspaces;
  // npm and yarn 1 take an array; yarn also `{ packages: [...] }`.
  const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === "string") : null;
}

function findPackages(root: string, patterns: readonly string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => globToRegExp(pattern.slice(1)));
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    for (const directory of expandGlob(root, pattern)) {
      const relative = path.relative(root, directory).split(path.sep).join("/");
      if (excluded.some((regexp) => regexp.test(relative))) continue;
      const name = readJsonObject(path.join(directory, "package.json"))?.name;
      if (typeof name === "string" && !packages.has(name)) packages.set(name, directory);
    }
  }
  return packages;
}

/** The directories a workspace glob names: literal segments, `*` and `name-*` within a segment, `**` below. */
function expandGlob(root: string, pattern: string): string[] {
  const segments = pattern.replace(/^\.\//, "").replace(/\/+$/, "").split("/").filter(Boolean);
  let directories = [root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const directory of directories) {
      if (segment === "**") next.push(directory, ...listDescendants(directory, MAX_GLOB_DEPTH));
      else if (segment.includes("*")) {
        const regexp = globToRegExp(segment);
        next.push(...listSubdirectories(directory).filter((child) => regexp.test(path.basename(child))));
      } else next.push(path.join(directory, segment));
    }
    directories = [...new Set(next)];
  }
  return directories.filter((directory) => isFile(path.join(directory, "package.json")));
}

function listSubdirectories(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !IGNORED_DIRECTORIES.has(entry.name))
      .map((entry) => path.join(directory, entry.name));
  } catch {
    return [];
  }
}

function listDescendants(directory: string, depth: number): string[] {
  if (depth === 0) return [];
  return listSubdirectories(directory).flatMap((child) => [child, ...listDescendants(child, depth - 1)]);
}

/** A workspace glob as a regular expression over `/`-separated relative paths; `**` spans zero or more segments. */
function globToRegExp(glob: string): RegExp {
  const segments = glob.replace(/^\.\//, "").split("/").filter(Boolean);
  let source = "";
  segments.forEach((segment, index) => {
    if (segment === "**") {
      source += index === 0 ? "(?:[^/]+(?:/[^/]+)*)?" : "(?:/[^/]+)*";
      return;
    }
    const separator = index === 0 ? "" : segments[index - 1] === "**" ? "/?" : "/";
    source += separator + segment.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
  });
  return new RegExp(`^${source}$`);
}

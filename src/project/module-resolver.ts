import path from "node:path";
import { countResolution, measure } from "./module-cache.ts";
import { resolvePackageEntry } from "./package-entry.ts";
import { resolveSourceFile } from "./source-files.ts";
import { findPathAliasesConfig, getPathAliases, matchPaths } from "./tsconfig.ts";
import { findWorkspace } from "./workspaces.ts";

// Packages that are never the project's own source: answered without touching the file system.
const KNOWN_PACKAGES = /^(?:node:|next(?:\/|$)|react(?:-dom)?(?:\/|$)|next-intl(?:\/|$)|@next\/)/;
const MAX_CACHED = 20_000;
// Keyed by what decides the answer: the target path of a relative import, or the tsconfig and workspace that
// bare specifiers resolve through (shared by every directory under them).
const resolvedPaths = new Map<string, string | null>();
const bareContexts = new Map<string, BareContext>();
const bareContextByDirectory = new Map<string, BareContext>();

/**
 * What bare specifiers resolve through from a directory: its tsconfig/jsconfig and its workspace. Directories with
 * the same context resolve every bare specifier alike; one object per context, so callers can key by it.
 */
export interface BareContext {
  readonly config: string | null;
  readonly workspaceRoot: string | null;
  /** Bare specifiers resolved through it. */
  readonly resolved: Map<string, string | null>;
}

/**
 * The project source file an import names, with no node_modules needed: a relative path (extensionless, `index`,
 * `.js` for `.ts`), a tsconfig/jsconfig `paths` alias or `baseUrl`, or a workspace package by its name. `null` for
 * packages from node_modules and for anything that does not resolve. Never throws.
 */
export function resolveImport(specifier: string, fromFile: string): string | null {
  return resolveImportFrom(specifier, path.dirname(fromFile));
}

/** {@link resolveImport} from a directory: the importing file's. */
export function resolveImportFrom(specifier: string, directory: string): string | null {
  if (isKnownPackage(specifier)) return null;
  let cache: Map<string, string | null> | undefined = resolvedPaths;
  let key = specifier;
  if (isRelative(specifier) || path.isAbsolute(specifier)) key = path.resolve(directory, specifier);
  else cache = getBareContext(directory).resolved;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  countResolution();
  const file = measure(() => {
    try {
      return resolveUncached(specifier, directory);
    } catch {
      return null;
    }
  });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, file);
  return file;
}

/** `react`, `next/link`, `node:fs`: packages that are never the project's own source. */
export function isKnownPackage(specifier: string): boolean {
  return KNOWN_PACKAGES.test(specifier);
}

/** Forgets every resolution (the project model's reset). */
export function clearResolutions(): void {
  resolvedPaths.clear();
  bareContexts.clear();
  bareContextByDirectory.clear();
}

/** `./x`, `../x`, `.` or `..`: resolved against the importing directory, not through a tsconfig or workspace. */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}

/**
 * The {@link BareContext} of a directory: its tsconfig/jsconfig, and its workspace, looked for from the config's
 * directory up (a project's config sits at its package root, or above).
 */
export function getBareContext(directory: string): BareContext {
  let context = bareContextByDirectory.get(directory);
  if (context === undefined) {
    context = measure(() => {
      const config = findPathAliasesConfig(directory);
      const workspaceRoot = findWorkspace(getWorkspaceSearchStart(directory, config))?.root ?? null;
      const key = `${config ?? ""}\0${workspaceRoot ?? ""}`;
      let shared = bareContexts.get(key);
      if (!shared) bareContexts.set(key, (shared = { config, workspaceRoot, resolved: new Map() }));
      return shared;
    });
    if (bareContextByDirectory.size >= MAX_CACHED) bareContextByDirectory.clear();
    bareContextByDirectory.set(directory, context);
  }
  return context;
}

function getWorkspaceSearchStart(directory: string, config = findPathAliasesConfig(directory)): string {
  return config ? path.dirname(config) : directory;
}

function resolveUncached(specifier: string, directory: string): string | null {
  if (isRelative(specifier) || path.isAbsolute(specifier)) return resolveSourceFile(path.resolve(directory, specifier));
  // TypeScript's order: `paths`, then `baseUrl`, then packages (here: the workspace's, by name).
  const aliases = getPathAliases(directory);
  for (const target of aliases ? matchPaths(aliases, specifier) : []) {
    const file = resolveSourceFile(target);
    if (file) return file;
  }
  const fromBaseUrl = aliases?.baseUrl ? resolveSourceFile(path.join(aliases.baseUrl, specifier)) : null;
  return fromBaseUrl ?? resolveWorkspaceImport(specifier, getWorkspaceSearchStart(directory));
}

/** `@acme/auth` or `@acme/auth/urls`: a package of the workspace, by the name in its package.json. */
function resolveWorkspaceImport(specifier: string, directory: string): string | null {
  const workspace = findWorkspace(directory);
  if (!workspace) return null;
  const parts = specifier.split("/");
  const nameLength = specifier.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, nameLength).join("/");
  const packageDirectory = workspace.packages.get(name);
  if (!packageDirectory) return null;
  const rest = parts.slice(nameLength).join("/");
  return resolvePackageEntry(packageDirectory, rest ? `./${rest}` : ".");
}

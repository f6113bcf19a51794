import path from "node:path";
import { countResolution, measure } from "./module-cache.ts";
import { resolvePackageEntry } from "./package-entry.ts";
import { resolveSourceFile } from "./source-files.ts";
import { isFile } from "./config-files.ts";
import { findAppRouterFolder, findPathAliasesConfig, getPathAliasesOf, matchPaths } from "./tsconfig.ts";
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
  return bareContextByDirectory.get(directory) ?? measure(() => findBareContext(directory));
}

/**
 * Linted files sit in many directories, and a new one costs a look at the disk: where the directory holds no config
 * of its own, its parent's context is its own (a directory in an App Router folder: the folder's), so the look is one
 * `stat` and no search up the tree.
 */
function findBareContext(directory: string): BareContext {
  const known = bareContextByDirectory.get(directory);
  if (known !== undefined) return known;
  let context: BareContext | null = null;
  const appFolder = findAppRouterFolder(directory);
  const parent = path.dirname(directory);
  if (appFolder !== null && appFolder !== directory) {
    // The folder's config answers for it; with none, the workspace is searched for from the directory itself.
    const folderContext = findBareContext(appFolder);
    if (folderContext.config !== null) context = folderContext;
  } else if (appFolder === null && parent !== directory && !isFile(path.join(directory, "tsconfig.json"))) {
    // Outside any App Router folder, so is the parent (an App Router folder itself may sit in another's, and
    // searches afresh). A tsconfig above wins over any jsconfig; the parent's jsconfig only over none here; and
    // with no config at all the workspace search starts here.
    const parentContext = findBareContext(parent);
    const parentConfig = parentContext.config;
    if (parentConfig !== null && (isTsconfig(parentConfig) || !isFile(path.join(directory, "jsconfig.json")))) context = parentContext;
  }
  context ??= createBareContext(directory);
  if (bareContextByDirectory.size >= MAX_CACHED) bareContextByDirectory.clear();
  bareContextByDirectory.set(directory, context);
  return context;
}

/** The context of a directory, found by searching up the tree: its nearest config, and that config's workspace. */
function createBareContext(directory: string): BareContext {
  const config = findPathAliasesConfig(directory);
  const workspaceRoot = findWorkspace(config ? path.dirname(config) : directory)?.root ?? null;
  const key = `${config ?? ""}\0${workspaceRoot ?? ""}`;
  let shared = bareContexts.get(key);
  if (!shared) bareContexts.set(key, (shared = { config, workspaceRoot, resolved: new Map() }));
  return shared;
}

function isTsconfig(config: string): boolean {
  return path.basename(config) === "tsconfig.json";
}

function resolveUncached(specifier: string, directory: string): string | null {
  if (isRelative(specifier) || path.isAbsolute(specifier)) return resolveSourceFile(path.resolve(directory, specifier));
  // TypeScript's order: `paths`, then `baseUrl`, then packages (here: the workspace's, by name).
  const { config, workspaceRoot } = getBareContext(directory);
  const aliases = config === null ? null : getPathAliasesOf(config);
  for (const target of aliases ? matchPaths(aliases, specifier) : []) {
    const file = resolveSourceFile(target);
    if (file) return file;
  }
  const fromBaseUrl = aliases?.baseUrl ? resolveSourceFile(path.join(aliases.baseUrl, specifier)) : null;
  return fromBaseUrl ?? (workspaceRoot === null ? null : resolveWorkspaceImport(specifier, workspaceRoot));
}

/** `@acme/auth` or `@acme/auth/urls`: a package of the workspace, by the name in its package.json. */
function resolveWorkspaceImport(specifier: string, workspaceRoot: string): string | null {
  const workspace = findWorkspace(workspaceRoot);
  if (!workspace) return null;
  const parts = specifier.split("/");
  const nameLength = specifier.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, nameLength).join("/");
  const packageDirectory = workspace.packages.get(name);
  if (!packageDirectory) return null;
  const rest = parts.slice(nameLength).join("/");
  return resolvePackageEntry(packageDirectory, rest ? `./${rest}` : ".");
}

import path from "node:path";
import { countResolution, measure } from "./module-cache.ts";
import { resolvePackageEntry } from "./package-entry.ts";
import { resolveSourceFile } from "./source-files.ts";
import { getPathAliases, matchPaths } from "./tsconfig.ts";
import { findWorkspace } from "./workspaces.ts";

// Packages that are never the project's own source: answered without touching the file system.
const KNOWN_PACKAGES = /^(?:node:|next(?:\/|$)|react(?:-dom)?(?:\/|$)|next-intl(?:\/|$)|@next\/)/;
const MAX_CACHED = 20_000;
const resolvedByDirectory = new Map<string, string | null>();

/**
 * The project source file an import names, with no node_modules needed: a relative path (extensionless, `index`,
 * `.js` for `.ts`), a tsconfig/jsconfig `paths` alias or `baseUrl`, or a workspace package by its name. `null` for
 * packages from node_modules and for anything that does not resolve. Never throws.
 */
export function resolveImport(specifier: string, fromFile: string): string | null {
  const directory = path.dirname(fromFile);
  const key = `${directory}\0${specifier}`;
  const cached = resolvedByDirectory.get(key);
  if (cached !== undefined) return cached;
  countResolution();
  const resolved = measure(() => {
    try {
      return resolveUncached(specifier, directory);
    } catch {
      return null;
    }
  });
  if (resolvedByDirectory.size >= MAX_CACHED) resolvedByDirectory.clear();
  resolvedByDirectory.set(key, resolved);
  return resolved;
}

/** Forgets every resolution (the project model's reset). */
export function clearResolutions(): void {
  resolvedByDirectory.clear();
}

function resolveUncached(specifier: string, directory: string): string | null {
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..") {
    return resolveSourceFile(path.resolve(directory, specifier));
  }
  if (path.isAbsolute(specifier)) return resolveSourceFile(specifier);
  if (KNOWN_PACKAGES.test(specifier)) return null;
  // TypeScript's order: `paths`, then `baseUrl`, then packages (here: the workspace's, by name).
  const aliases = getPathAliases(directory);
  for (const target of aliases ? matchPaths(aliases, specifier) : []) {
    const file = resolveSourceFile(target);
    if (file) return file;
  }
  const fromBaseUrl = aliases?.baseUrl ? resolveSourceFile(path.join(aliases.baseUrl, specifier)) : null;
  return fromBaseUrl ?? resolveWorkspaceImport(specifier, directory);
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

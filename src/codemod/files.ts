import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts"]);
/** Folders a codemod never enters: dependencies, build output and version control. */
export const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set(["node_modules", ".next", "dist", "build", ".git"]);

export interface FileList {
  files: string[];
  /** One line per path that could not be read, such as a missing path. */
  errors: string[];
}

/**
 * The source files under the given paths, sorted within each path. A file named directly is taken when its
 * extension is a source extension; folders are walked without following symbolic links.
 */
export function listSourceFiles(paths: readonly string[]): FileList {
  const files: string[] = [];
  const errors: string[] = [];
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch (error) {
      errors.push(`${given}: ${describeFileError(error)}`);
      continue;
    }
    if (stats.isDirectory()) walk(given, files, errors);
    else if (SOURCE_EXTENSIONS.has(path.extname(given))) files.push(given);
  }
  return { files, errors };
}

function walk(directory: string, files: string[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push(`${directory}: ${describeFileError(error)}`);
    return;
  }
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRECTORIES.has(entry.name)) walk(entryPath, files, errors);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.has(path.extname(entry.name))) {
      files.push(entryPath);
    }
  }
}

/** `no such file or directory` rather than `ENOENT: no such file or directory, stat 'x'`. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

import path from "node:path";
import { isDirectory, isFile } from "./config-files.ts";

/** The extensions a module specifier may leave out, in the order TypeScript and bundlers try them. */
export const SOURCE_EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"] as const;

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
// TypeScript's ESM convention: `import "./menu.js"` names the source `./menu.ts`.
const EMITTED_TO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};

/**
 * The source file a path names the way an import does: the file itself, the path with a source extension, its
 * `.js` twin's `.ts`, or the directory's `index` file. Declaration files (`.d.ts`) hold no values: never chosen.
 */
export function resolveSourceFile(base: string): string | null {
  const extension = path.extname(base);
  if (SOURCE_FILE.test(base) && !DECLARATION_FILE.test(base)) {
    if (isFile(base)) return base;
    for (const replacement of EMITTED_TO_SOURCE[extension] ?? []) {
      const source = base.slice(0, -extension.length) + replacement;
      if (isFile(source)) return source;
    }
  }
  for (const candidate of SOURCE_EXTENSIONS) {
    if (isFile(base + candidate)) return base + candidate;
  }
  if (!isDirectory(base)) return null;
  for (const candidate of SOURCE_EXTENSIONS) {
    const index = path.join(base, `index${candidate}`);
    if (isFile(index)) return index;
  }
  return null;
}

/** Whether the linted-file analysis may read a file as a module: a source file, no declaration file. */
export function isSourceFile(file: string): boolean {
  return SOURCE_FILE.test(file) && !DECLARATION_FILE.test(file);
}

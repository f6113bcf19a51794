import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { resolveImport } from "../project/module-resolver.ts";
import { findProjectRoot } from "../project/packages.ts";

const EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs"] as const;
/** A directive sits before any code: the first few kilobytes hold it, whatever the file's length. */
const HEAD_BYTES = 4096;
// `@/…` and `~/…`, as create-next-app and most templates configure them, at the project root or in `src/`.
const ALIASES = ["@/", "~/"] as const;

// Per process, keyed by file and modification time: an editor sees a directive added or removed.
const headByFile = new Map<string, { mtimeMs: number; head: string }>();

/**
 * Whether `specifier`, imported by the file `importer`, is a `"use server"` module: its exports are Server Actions.
 * Relative specifiers, tsconfig `paths`, workspace packages and the `@/`/`~/` aliases are resolved; packages from
 * node_modules, unresolvable and unreadable files are not.
 */
export function isUseServerModule(specifier: string, importer: string): boolean {
  return readModuleHeads(specifier, importer).some(startsWithUseServer);
}

/** The first few kilobytes of each file `specifier` may resolve to, as `isUseServerModule` resolves it. */
export function readModuleHeads(specifier: string, importer: string): string[] {
  if (!path.isAbsolute(importer)) return [];
  // The project model's answer (tsconfig `paths`, workspaces) first, then the conventional aliases without a tsconfig.
  const files = new Set([resolveImport(specifier, importer), ...getCandidateBases(specifier, importer).map(resolveFile)]);
  return [...files].flatMap((file) => {
    const head = file === null ? null : readCachedHead(file);
    return head === null ? [] : [head];
  });
}

function getCandidateBases(specifier: string, importer: string): string[] {
  if (specifier.startsWith("./") || specifier.startsWith("../")) return [path.resolve(path.dirname(importer), specifier)];
  const alias = ALIASES.find((prefix) => specifier.startsWith(prefix));
  if (!alias) return [];
  const root = findProjectRoot(importer);
  if (!root) return [];
  const rest = specifier.slice(alias.length);
  return [path.join(root, rest), path.join(root, "src", rest)];
}

/** `base` itself when it has an extension, `base.ts`…, or `base/index.ts`…: the first that is a file. */
function resolveFile(base: string): string | null {
  const candidates = [
    ...(EXTENSIONS.some((extension) => base.endsWith(extension)) ? [base] : []),
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile() === true) ?? null;
}

function readCachedHead(file: string): string | null {
  try {
    const { mtimeMs } = statSync(file);
    const cached = headByFile.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.head;
    const head = readHead(file);
    headByFile.set(file, { mtimeMs, head });
    return head;
  } catch {
    return null;
  }
}

function readHead(file: string): string {
  const descriptor = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(descriptor, buffer, 0, HEAD_BYTES, 0);
    return buffer.toString("utf8", 0, length);
  } finally {
    closeSync(descriptor);
  }
}

const LEADING_TRIVIA = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/;
const DIRECTIVE = /^(["'])([^"'\n]*)\1\s*(?:;|\n|$)/;

/** Whether the module's directive prologue (after a BOM, a hashbang and comments) holds `"use server"`. */
export function startsWithUseServer(text: string): boolean {
  let rest = text.replace(/^\uFEFF/, "").replace(/^#![^\n]*/, "");
  for (;;) {
    rest = rest.replace(LEADING_TRIVIA, "");
    const directive = DIRECTIVE.exec(rest);
    if (!directive) return false;
    if (directive[2] === "use server") return true;
    rest = rest.slice(directive[0].length);
  }
}

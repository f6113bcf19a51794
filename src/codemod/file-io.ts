import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `ignoreBOM` keeps a byte order mark in the text (the decoder would drop it), so the file is written back with it.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A source file's text, with its BOM if it has one; throws a one-line error for binary files and text that is not UTF-8. */
export function readSourceText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error("binary file (it contains NUL bytes), skipped");
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error("not UTF-8 text, skipped");
  }
}

/**
 * Replaces a file's content all at once: the text goes to a temporary file beside it, which then takes its name,
 * so a crash or a full disk never leaves half a file. The file keeps its mode. A read-only file is refused.
 */
export function writeFileAtomically(file: string, text: string): void {
  const { mode } = statSync(file);
  if ((mode & 0o222) === 0) throw Object.assign(new Error("read-only file, not written"), { code: "EROFILE" });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.next-logout-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

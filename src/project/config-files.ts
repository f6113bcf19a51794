import { readFileSync, statSync } from "node:fs";

// Small readers for the project's own configuration files. A file that is missing, unreadable or malformed reads
// as `null`: configuration the analysis cannot read leaves imports unresolved, never throws.

const MAX_CONFIG_BYTES = 1_000_000;
/** Whether a path is a file (symlinks followed), without an exception for a missing one. */
export function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

export function isDirectory(directory: string): boolean {
  try {
    return statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export function readTextFile(file: string): string | null {
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size > MAX_CONFIG_BYTES) return null;
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** A JSON object from a file, comments and trailing commas allowed (tsconfig.json is JSONC); `null` otherwise. */
export function readJsonObject(file: string): Record<string, unknown> | null {
  const text = readTextFile(file);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(stripJsonComments(text));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** JSONC to JSON: comments become spaces and trailing commas go; strings stay as they are. */
export function stripJsonComments(text: string): string {
  return removeTrailingCommas(replaceComments(text));
}

function replaceComments(text: string): string {
  let output = "";
  for (let index = 0; index < text.length; ) {
    if (text[index] === '"') {
      const end = findStringEnd(text, index);
      output += text.slice(index, end);
      index = end;
    } else if (text.startsWith("//", index)) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? text.length : end;
    } else if (text.startsWith("/*", index)) {
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? text.length : end + 2;
      output += " ";
    } else {
      output += text[index++];
    }
  }
  return output;
}

function removeTrailingCommas(text: string): string {
  let output = "";
  for (let index = 0; index < text.length; ) {
    if (text[index] === '"') {
      const end = findStringEnd(text, index);
      output += text.slice(index, end);
      index = end;
    } else if (text[index] === "," && /^\s*[}\]]/.test(text.slice(index + 1, index + 200))) {
      index++;
    } else {
      output += text[index++];
    }
  }
  return output;
}

function findStringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
  return index + 1;
}

/** The string entries of `packages:` in a pnpm-workspace.yaml (block or flow list); `[]` when there are none. */
export function readPnpmWorkspacePackages(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start === -1) return [];
  const inline = /^packages\s*:\s*\[(.*)\]\s*(?:#.*)?$/.exec(lines[start]!);
  if (inline) return inline[1]!.split(",").map(unquoteYaml).filter(Boolean);
  const packages: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const item = /^\s+-\s*(.+?)\s*(?:#.*)?$/.exec(line);
    if (item) packages.push(unquoteYaml(item[1]!));
  }
  return packages.filter(Boolean);
}

function unquoteYaml(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

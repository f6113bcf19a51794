import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CodemodParseError, runCodemod, type CodemodOptions } from "./engine.ts";
import { readSourceText, writeFileAtomically } from "./file-io.ts";
import { parseNextVersion } from "../project/next-version.ts";
import { describeFileError, listSourceFiles } from "./files.ts";
import { isTransformName, TRANSFORM_NAMES, type TransformName } from "./transforms.ts";

export const USAGE = `Usage: next-logout-codemod <transform> <paths...> [options]

Transforms:
  logout                   every fix below, in one pass
  logout-links             <Link> and router navigation to logout routes
  logout-route-handlers    the route-handler fixes of the recommended rules
  client-cookie-logout     client functions that log out by deleting cookies

Options:
  --dry                    change no file, only report
  --print                  print each changed file
  --force                  run even when the git working tree has uncommitted changes
  --next-version <x>       write code for this Next.js version (default: the nearest package.json's)
  --strict                 also apply the fixes of the strict config
  -h, --help               show this help`;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, where progress redraws one line. */
  isTty: boolean;
}

interface Summary {
  scanned: number;
  changed: string[];
  unchanged: number;
  skipped: number;
  errors: string[];
  reports: string[];
}

const PROGRESS_EVERY = 250;

/** Runs the CLI; returns the exit code: 0, 1 when any file failed, 2 for a usage error or a dirty tree. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        dry: { type: "boolean" },
        print: { type: "boolean" },
        force: { type: "boolean" },
        strict: { type: "boolean" },
        "next-version": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [name, ...paths] = positionals;
  if (!name || !isTransformName(name)) {
    io.stderr(`${name ? `Unknown transform "${name}". ` : ""}Transforms: ${TRANSFORM_NAMES.join(", ")}.\n\n${USAGE}\n`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr(`Name the files or folders to transform.\n\n${USAGE}\n`);
    return 2;
  }
  if (!values.dry && !values.force) {
    const dirty = getUncommittedChanges(paths.map((given) => path.resolve(io.cwd, given)));
    if (dirty) {
      io.stderr(
        `The git working tree has uncommitted changes:\n${dirty}\nCommit or stash them first, so the codemod's edits can be reviewed as one diff, or pass --force.\n`,
      );
      return 2;
    }
  }
  const nextVersion = values["next-version"];
  if (nextVersion !== undefined && nextVersion !== "detect" && !parseNextVersion(nextVersion)) {
    io.stderr(`--next-version must be a version such as 14, 14.2 or 16, got "${nextVersion}".\n`);
    return 2;
  }
  const options: CodemodOptions = { nextVersion, strict: values.strict ?? false };
  const summary = transformFiles(name, paths, options, values, io);
  printSummary(summary, values.dry ?? false, io);
  return summary.errors.length > 0 ? 1 : 0;
}

function transformFiles(
  name: TransformName,
  paths: readonly string[],
  options: CodemodOptions,
  flags: { dry?: boolean; print?: boolean },
  io: CliIo,
): Summary {
  // Paths stay as given (relative to the working directory) in messages; files are read from absolute paths.
  const listed = listSourceFiles(paths.map((given) => path.resolve(io.cwd, given)));
  const { files } = listed;
  const errors = listed.errors.map((error) => (error.startsWith(io.cwd + path.sep) ? error.slice(io.cwd.length + 1) : error));
  const summary: Summary = { scanned: 0, changed: [], unchanged: 0, skipped: 0, errors, reports: [] };
  const relative = (file: string) => path.relative(io.cwd, file) || file;
  for (const file of files) {
    summary.scanned++;
    if (files.length >= PROGRESS_EVERY && summary.scanned % PROGRESS_EVERY === 0) {
      io.stderr(`${io.isTty ? "\r" : ""}${summary.scanned}/${files.length} files${io.isTty ? "" : "\n"}`);
    }
    try {
      const source = readSourceText(file);
      const result = runCodemod(name, file, source, options);
      summary.reports.push(...result.reports.map((report) => `${relative(file)}:${report}`));
      if (result.status === "skipped") summary.skipped++;
      else if (result.status === "unchanged") summary.unchanged++;
      else {
        if (!flags.dry) writeFileAtomically(file, result.output);
        if (flags.print) io.stdout(`--- ${relative(file)}\n${result.output}`);
        summary.changed.push(relative(file));
      }
    } catch (error) {
      const message = error instanceof CodemodParseError ? error.message.replace(file, relative(file)) : `${relative(file)}: ${describeError(error)}`;
      summary.errors.push(message);
    }
  }
  if (io.isTty && files.length >= PROGRESS_EVERY) io.stderr("\n");
  return summary;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code && code !== "EROFILE" ? describeFileError(error) : error instanceof Error ? error.message : String(error);
}

function printSummary(summary: Summary, dry: boolean, io: CliIo): void {
  if (summary.changed.length > 0) {
    io.stdout(`${dry ? "Would change" : "Changed"} ${summary.changed.length} file(s):\n${summary.changed.map((file) => `  ${file}`).join("\n")}\n`);
  }
  if (summary.reports.length > 0) {
    io.stdout(`Left for you (no safe automatic fix; lines as in the transformed file):\n${summary.reports.map((report) => `  ${report}`).join("\n")}\n`);
  }
  for (const error of summary.errors) io.stderr(`error: ${error}\n`);
  io.stdout(
    `${plural(summary.scanned, "file")} scanned: ${summary.changed.length} ${dry ? "would change" : "changed"}, ${summary.unchanged} unchanged, ` +
      `${summary.skipped} skipped (nothing to fix), ${plural(summary.errors.length, "error")}\n`,
  );
}

/**
 * `git status --porcelain` of the repositories that hold the given paths, or `null` when they are clean or git
 * can't tell (no repository, no git, a missing path).
 */
function getUncommittedChanges(paths: readonly string[]): string | null {
  const directories = new Set(paths.map((given) => (existsSync(given) && statSync(given).isDirectory() ? given : path.dirname(given))));
  const dirty = new Set<string>();
  for (const directory of directories) {
    if (!existsSync(directory)) continue;
    const status = spawnSync("git", ["status", "--porcelain"], { cwd: directory, encoding: "utf8" });
    if (status.status !== 0 || status.error) continue;
    for (const line of status.stdout.split("\n")) if (line.trim() !== "") dirty.add(line);
  }
  return dirty.size === 0 ? null : [...dirty].join("\n");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

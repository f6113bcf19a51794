// The CLI's run over the files: first every file's ESLint config (so a config that fails changes nothing at all),
// then each file through the engine, written atomically unless `--dry`.
import path from "node:path";
import type { RuleId } from "../plugin/rules.ts";
import { CodemodParseError, getTurnedOffRules, runCodemod, type CodemodOptions, type Finding } from "./engine.ts";
import { createConfigResolver, EslintConfigError, type ConfigLookup, type EslintConstructor } from "./eslint-config.ts";
import { readSourceText, writeFileAtomically } from "./file-io.ts";
import { describeFileError, listSourceFiles } from "./files.ts";
import { ANY_SETTINGS_PREFILTER, TRANSFORMS, type TransformName } from "./transforms.ts";
import { formatUnifiedDiff } from "./unified-diff.ts";

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, where progress redraws one line. */
  isTty: boolean;
  /** The ESLint class that reads configs: the installed `eslint` unless a test passes ESLint 9's. */
  Eslint?: EslintConstructor;
}

export interface RunFlags {
  dry: boolean;
  print: boolean;
  /** Whether to read each file's ESLint config (`--no-eslint-config` turns it off). */
  eslintConfig: boolean;
  /** `--next-version` and `--strict`, which win over the config. */
  nextVersion: string | undefined;
  strict: boolean;
}

export interface LeftFinding extends Finding {
  file: string;
}

/** What a run did; every path is relative to the working directory. */
export interface Summary {
  scanned: number;
  changed: string[];
  unchanged: number;
  skipped: number;
  /** Files a config gives no configuration (ignored or unmatched), by config file. */
  ignored: Map<string, number>;
  errors: string[];
  /** Config files that failed: when there is one, no file was transformed. */
  configErrors: string[];
  /** The config files read. */
  configFiles: Set<string>;
  /** Recommended rules a config turns off, by config file. */
  turnedOff: Map<string, Set<RuleId>>;
  findings: LeftFinding[];
}

const PROGRESS_EVERY = 250;

/** What the first pass found for a file: an error, nothing any settings could change, or the config to run with. */
type Planned = { kind: "error"; message: string } | { kind: "not-a-candidate" } | ConfigLookup;

export async function transformFiles(name: TransformName, paths: readonly string[], flags: RunFlags, io: CliIo): Promise<Summary> {
  const relative = (file: string) => path.relative(io.cwd, file) || file;
  // Paths stay as given (relative to the working directory) in messages; files are read from absolute paths.
  const listed = listSourceFiles(paths.map((given) => path.resolve(io.cwd, given)));
  const { files } = listed;
  const summary: Summary = {
    scanned: 0,
    changed: [],
    unchanged: 0,
    skipped: 0,
    ignored: new Map(),
    errors: listed.errors.map((error) => (error.startsWith(io.cwd + path.sep) ? error.slice(io.cwd.length + 1) : error)),
    configErrors: [],
    configFiles: new Set(),
    turnedOff: new Map(),
    findings: [],
  };
  const planned = await planFiles(name, files, flags, io, summary);
  if (summary.configErrors.length > 0) return summary;
  for (const [index, file] of files.entries()) {
    summary.scanned++;
    if (files.length >= PROGRESS_EVERY && summary.scanned % PROGRESS_EVERY === 0) {
      io.stderr(`${io.isTty ? "\r" : ""}${summary.scanned}/${files.length} files${io.isTty ? "" : "\n"}`);
    }
    const plan = planned[index] as Planned;
    if (plan.kind === "error") {
      summary.errors.push(`${relative(file)}: ${plan.message}`);
      continue;
    }
    if (plan.kind === "not-a-candidate") {
      summary.skipped++;
      continue;
    }
    if (plan.kind === "no-config-for-file") {
      const configFile = relative(plan.configFile);
      summary.ignored.set(configFile, (summary.ignored.get(configFile) ?? 0) + 1);
      continue;
    }
    const options: CodemodOptions = { nextVersion: flags.nextVersion, strict: flags.strict };
    if (plan.kind === "found") {
      options.userConfig = plan.config;
      noteConfig(summary, relative(plan.config.configFile), getTurnedOffRules(name, options));
    }
    try {
      const source = readSourceText(file);
      const result = runCodemod(name, file, source, options);
      summary.findings.push(...result.findings.map((finding) => ({ ...finding, file: relative(file) })));
      if (result.status === "skipped") summary.skipped++;
      else if (result.status === "unchanged") summary.unchanged++;
      else {
        if (!flags.dry) writeFileAtomically(file, result.output);
        if (flags.print) {
          const label = relative(file).split(path.sep).join("/");
          io.stdout(formatUnifiedDiff(source, result.output, { beforeLabel: `a/${label}`, afterLabel: `b/${label}` }));
        }
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

/**
 * The first pass, before any file is touched: each file's text is read, and the config of each file that some
 * settings could make a candidate is resolved. The others are skipped whatever their config says, unresolved:
 * resolving a config costs more than the text check. A failing config is recorded once, and fails the run.
 */
async function planFiles(name: TransformName, files: readonly string[], flags: RunFlags, io: CliIo, summary: Summary): Promise<Planned[]> {
  const resolve = flags.eslintConfig ? createConfigResolver(io.Eslint) : null;
  const failed = new Set<string>();
  const planned: Planned[] = [];
  for (const file of files) {
    let source;
    try {
      source = readSourceText(file);
    } catch (error) {
      planned.push({ kind: "error", message: describeError(error) });
      continue;
    }
    if (!TRANSFORMS[name].mayApply(file, source, ANY_SETTINGS_PREFILTER)) {
      planned.push({ kind: "not-a-candidate" });
    } else if (!resolve) {
      planned.push({ kind: "none" });
    } else {
      try {
        planned.push(await resolve(file));
      } catch (error) {
        if (!(error instanceof EslintConfigError)) throw error;
        if (!failed.has(error.configFile)) summary.configErrors.push(`ESLint config ${path.relative(io.cwd, error.configFile)}: ${error.reason}`);
        failed.add(error.configFile);
        planned.push({ kind: "none" });
      }
    }
  }
  return planned;
}

function noteConfig(summary: Summary, configFile: string, turnedOff: readonly RuleId[]): void {
  summary.configFiles.add(configFile);
  if (turnedOff.length === 0) return;
  const rules = summary.turnedOff.get(configFile) ?? new Set();
  for (const rule of turnedOff) rules.add(rule);
  summary.turnedOff.set(configFile, rules);
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code && code !== "EROFILE" ? describeFileError(error) : error instanceof Error ? error.message : String(error);
}

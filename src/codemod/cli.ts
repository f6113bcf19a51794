import path from "node:path";
import { parseArgs } from "node:util";
import plugin from "../index.ts";
import { parseNextVersion } from "../project/next-version.ts";
import { printSummary } from "./cli-report.ts";
import { transformFiles, type CliIo } from "./cli-run.ts";
import { getUncommittedChanges } from "./git-status.ts";
import { isTransformName, TRANSFORM_NAMES } from "./transforms.ts";

export type { CliIo } from "./cli-run.ts";

export const USAGE = `Usage: next-logout-codemod <transform> <paths...> [options]

Transforms:
  logout                   every fix below, in one pass
  logout-links             <Link> and router navigation to logout routes
  logout-route-handlers    the route-handler fixes of the recommended rules
  client-cookie-logout     client functions that log out by deleting cookies

Options:
  --dry                    change no file, only report
  --print                  print a unified diff of each changed file
  --force                  run even when the git working tree has uncommitted changes
  --next-version <x>       write code for this Next.js version (default: the ESLint config's nextVersion setting,
                           else the nearest package.json's)
  --strict                 also apply the fixes of the strict config
  --no-eslint-config       don't read the ESLint config: default settings and rule options
  --version                print the version
  -h, --help               show this help

Exit codes: 0 done (findings may be left), 1 a file or the ESLint config failed, 2 a usage error or a dirty tree.`;

/** Runs the CLI; returns the exit code: 0, 1 when a file or a config failed, 2 for a usage error or a dirty tree. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
        "no-eslint-config": { type: "boolean" },
        version: { type: "boolean" },
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
  if (values.version) {
    io.stdout(`${plugin.meta.version}\n`);
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
  const nextVersion = values["next-version"];
  if (nextVersion !== undefined && nextVersion !== "detect" && !parseNextVersion(nextVersion)) {
    io.stderr(`--next-version must be a version such as 14, 14.2 or 16, got "${nextVersion}".\n`);
    return 2;
  }
  const dry = values.dry ?? false;
  if (!dry && !values.force) {
    const dirty = getUncommittedChanges(paths.map((given) => path.resolve(io.cwd, given)));
    if (dirty) {
      io.stderr(
        `The git working tree has uncommitted changes:\n${dirty}\nCommit or stash them first, so the codemod's edits can be reviewed as one diff, or pass --force.\n`,
      );
      return 2;
    }
  }
  const summary = await transformFiles(
    name,
    paths,
    { dry, print: values.print ?? false, eslintConfig: !values["no-eslint-config"], nextVersion, strict: values.strict ?? false },
    io,
  );
  printSummary(summary, dry, io);
  return summary.errors.length > 0 || summary.configErrors.length > 0 ? 1 : 0;
}

// next-logout-codemod's command line, run in-process (`runCli`) on throwaway folders in the temp directory.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, USAGE } from "../../src/codemod/cli.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";
import { BROKEN_ROUTE, ROUTE_WITHOUT_CLEAR_SITE_DATA, SEED_STYLE_ROUTE } from "./route-sources.ts";

const EXAMPLE_APP = path.join(REPO_ROOT, "examples/next-app");
const PACKAGE_JSON = `${JSON.stringify({ name: "cli-test-app", private: true, dependencies: { next: "16.4.6" } })}\n`;


const LINK_TO_LOGOUT = `import Link from "next/link";

export default function Page() {
  return <Link href="/logout">Log out</Link>;
}
`;

const TEMPORARY_FILE = /^\..+\.next-logout-.+\.tmp$/;

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

function makeTempDir(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-cli-"));
  temporaryDirectories.push(directory);
  return directory;
}

/** A folder with the given files (text or bytes), by path relative to it. */
function makeApp(files: Record<string, string | Uint8Array>): string {
  const directory = makeTempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), content);
  }
  return directory;
}

function copyExampleApp(): string {
  const directory = makeTempDir();
  cpSync(EXAMPLE_APP, directory, { recursive: true });
  return directory;
}

/** Every file under a folder (`.git` left out), relative path to content. */
function readTree(directory: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, encoding: "utf8" }).sort()) {
    if (entry.split(path.sep)[0] === ".git") continue;
    const file = path.join(directory, entry);
    if (statSync(file).isFile()) tree[entry] = readFileSync(file, "latin1");
  }
  return tree;
}

function findTemporaryFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((entry) => TEMPORARY_FILE.test(path.basename(entry)));
}

function read(directory: string, file: string): string {
  return readFileSync(path.join(directory, file), "utf8");
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with its working directory at `cwd`; every run must leave no temporary file behind. */
function run(cwd: string, argv: readonly string[], { isTty = false } = {}): Run {
  let stdout = "";
  let stderr = "";
  const code = runCli(argv, {
    cwd,
    isTty,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  expect(findTemporaryFiles(cwd)).toEqual([]);
  return { code, stdout, stderr };
}

function outputLines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

function errorLines(result: Run): string[] {
  return outputLines(result.stderr).filter((line) => line.startsWith("error: "));
}

/** The summary line: the last line of stdout. */
function summaryLine(result: Run): string | undefined {
  return outputLines(result.stdout).at(-1);
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.error || result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

/** Makes the folder a git repository with everything in it committed. */
function commitAll(directory: string): void {
  git(directory, "init", "-q");
  git(directory, "add", "-A");
  git(directory, "-c", "user.email=a@b", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "initial");
}

describe("usage", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = makeTempDir();
  });

  it("--help prints the usage on stdout and exits 0", () => {
    const result = run(cwd, ["--help"]);
    expect(result).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
  });

  it("no transform: exit 2 with the transform names and the usage", () => {
    const result = run(cwd, []);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `Transforms: logout-links, logout-route-handlers, client-cookie-logout, logout.\n\n${USAGE}\n`,
    });
  });

  it("an unknown transform: exit 2, naming it, with the usage", () => {
    const result = run(cwd, ["logot", "."]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `Unknown transform "logot". Transforms: logout-links, logout-route-handlers, client-cookie-logout, logout.\n\n${USAGE}\n`,
    });
  });

  it("no paths: exit 2 with the usage", () => {
    const result = run(cwd, ["logout"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `Name the files or folders to transform.\n\n${USAGE}\n` });
  });

  it("an unknown option: exit 2 with the usage", () => {
    const result = run(cwd, ["logout", ".", "--dryy"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Unknown option '--dryy'/);
    expect(result.stderr.endsWith(`\n\n${USAGE}\n`)).toBe(true);
  });
});

describe("the git working tree", () => {
  const FILES = { "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE };

  function makeDirtyRepository(): string {
    const directory = makeApp(FILES);
    commitAll(directory);
    writeFileSync(path.join(directory, "notes.md"), "uncommitted\n");
    return directory;
  }

  it("refuses a dirty tree: exit 2, the changes listed, no file changed", () => {
    const directory = makeDirtyRepository();
    const before = readTree(directory);
    const result = run(directory, ["logout", "."]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(outputLines(result.stderr)).toEqual([
      "The git working tree has uncommitted changes:",
      "?? notes.md",
      "Commit or stash them first, so the codemod's edits can be reviewed as one diff, or pass --force.",
    ]);
    expect(readTree(directory)).toEqual(before);
  });

  it("checks the repository that holds the given paths, not the working directory", () => {
    const directory = makeDirtyRepository();
    const before = readTree(directory);
    const result = run(path.dirname(directory), ["logout", path.basename(directory)]);
    expect(result.code).toBe(2);
    expect(outputLines(result.stderr)).toContain("?? notes.md");
    expect(readTree(directory)).toEqual(before);
  });

  it("--force runs on a dirty tree", () => {
    const directory = makeDirtyRepository();
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toContain("(await cookies()).delete(cookieName);");
  });

  it("--dry runs on a dirty tree without --force, since it writes nothing", () => {
    const directory = makeDirtyRepository();
    const result = run(directory, ["logout", ".", "--dry"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 would change, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });

  it("runs without --force in a clean repository", () => {
    const directory = makeApp(FILES);
    commitAll(directory);
    const result = run(directory, ["logout", "."]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(git(directory, "status", "--porcelain")).toBe(" M app/logout/route.ts\n");
  });

  it("runs without --force outside any git repository", () => {
    const directory = makeApp(FILES);
    expect(spawnSync("git", ["rev-parse", "--git-dir"], { cwd: directory }).status).not.toBe(0);
    const result = run(directory, ["logout", "."]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
  });
});

describe("a copy of examples/next-app", () => {
  const CHANGED = ["app/(auth)/logout/route.ts", "app/@authenticated/page.tsx", "components/sign-out-button.tsx", "components/user-menu.tsx"];
  let directory: string;
  let first: Run;
  let second: Run;
  beforeAll(() => {
    directory = copyExampleApp();
    first = run(directory, ["logout", ".", "--force"]);
    second = run(directory, ["logout", ".", "--force"]);
  });

  it("the first run: exit 0 and the summary counts", () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(summaryLine(first)).toBe("8 files scanned: 4 changed, 3 unchanged, 1 skipped (nothing to fix), 0 errors");
  });

  it("the first run lists the changed files", () => {
    expect(first.stdout).toContain(`Changed 4 file(s):\n${CHANGED.map((file) => `  ${file}\n`).join("")}`);
  });

  it("the first run writes the Next 16 fix from the app's package.json", () => {
    expect(read(directory, "app/(auth)/logout/route.ts")).toContain("  (await cookies()).delete(cookieName);\n");
  });

  it("a second run changes nothing", () => {
    expect(second.code).toBe(0);
    expect(second.stderr).toBe("");
    expect(second.stdout).not.toContain("Changed");
    const counts = /^8 files scanned: 0 changed, (\d+) unchanged, (\d+) skipped \(nothing to fix\), 0 errors$/.exec(summaryLine(second) ?? "");
    expect(counts, second.stdout).not.toBeNull();
    expect(Number(counts?.[1]) + Number(counts?.[2])).toBe(8);
  });
});

describe("--dry", () => {
  it("changes no file and lists what would change", () => {
    const directory = copyExampleApp();
    const before = readTree(directory);
    const result = run(directory, ["logout", ".", "--dry"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Would change 4 file(s):\n  app/(auth)/logout/route.ts\n  app/@authenticated/page.tsx\n  components/sign-out-button.tsx\n  components/user-menu.tsx\n",
    );
    expect(summaryLine(result)).toBe("8 files scanned: 4 would change, 3 unchanged, 1 skipped (nothing to fix), 0 errors");
    expect(readTree(directory)).toEqual(before);
  });
});

describe("--print", () => {
  it("prints each changed file's new content", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force", "--print"]);
    expect(result.code).toBe(0);
    const written = read(directory, "app/logout/route.ts");
    expect(written).not.toBe(SEED_STYLE_ROUTE);
    expect(result.stdout.startsWith(`--- app/logout/route.ts\n${written}Changed 1 file(s):\n  app/logout/route.ts\n`)).toBe(true);
  });

  it("with --dry, prints the new content and writes nothing", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--dry", "--print"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^--- app\/logout\/route\.ts\n[^]*\(await cookies\(\)\)\.delete\(cookieName\);\n[^]*Would change 1 file\(s\):/);
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });
});

describe("ignored folders", () => {
  const IGNORED = [
    "node_modules/auth-lib/app/logout/route.ts",
    "node_modules/auth-lib/page.tsx",
    ".next/server/app/logout/route.ts",
    "dist/app/logout/route.ts",
    "build/app/logout/route.ts",
    "packages/web/node_modules/ui/page.tsx",
    "packages/web/.next/server/app/logout/route.ts",
  ];

  it("never touches files in node_modules, .next, dist or build", () => {
    const files: Record<string, string> = { "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE };
    for (const file of IGNORED) files[file] = file.endsWith(".tsx") ? LINK_TO_LOGOUT : SEED_STYLE_ROUTE;
    const directory = makeApp(files);
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    for (const file of IGNORED) expect(read(directory, file), file).toBe(files[file]);
  });
});

describe("--next-version", () => {
  it("by default writes the Next 16 fix (the nearest package.json has next 16.4.6)", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/(auth)/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    const written = read(directory, "app/(auth)/logout/route.ts");
    expect(written).toContain("\n  (await cookies()).delete(cookieName);\n");
    expect(written).toContain('"Cache-Control": "no-store"');
  });

  it("--next-version 14 keeps the synchronous cookies().delete", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/(auth)/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force", "--next-version", "14"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    const written = read(directory, "app/(auth)/logout/route.ts");
    expect(written).toContain("\n  cookies().delete(cookieName);\n");
    expect(written).not.toContain("await cookies()");
    expect(written).toContain('"Cache-Control": "no-store"');
  });
});

describe("--next-version with a value that is no version", () => {
  it("exits 2 before touching any file", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force", "--next-version", "latest"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: '--next-version must be a version such as 14, 14.2 or 16, got "latest".\n' });
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });
});

describe("--strict", () => {
  it("without --strict, Clear-Site-Data is not added", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 1 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toBe(ROUTE_WITHOUT_CLEAR_SITE_DATA);
  });

  it("--strict adds Clear-Site-Data", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA });
    const result = run(directory, ["logout", ".", "--force", "--strict"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toContain('"Clear-Site-Data": ');
  });
});

describe("files that cannot be transformed", () => {
  it("a syntax error: an error line with the relative path and line:column, the file untouched, the others done, exit 1", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/broken/route.ts": BROKEN_ROUTE, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    // The ";" is at 1-based column 13; typescript-eslint's parser reports 0-based columns for parse errors (12).
    expect(errorLines(result)).toEqual([expect.stringMatching(/^error: app\/broken\/route\.ts:4:1[23]: Parsing error: /)]);
    expect(summaryLine(result)).toBe("2 files scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(read(directory, "app/broken/route.ts")).toBe(BROKEN_ROUTE);
    expect(read(directory, "app/logout/route.ts")).toContain("(await cookies()).delete(cookieName);");
  });

  it("a missing path: one error line, the other paths done, exit 1", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", "missing", "app", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: missing: no such file or directory"]);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
  });

  it("a folder with no source files: 0 scanned, exit 0", () => {
    const directory = makeApp({ "README.md": "# app\n", "public/logo.svg": "<svg/>\n", "styles/app.css": "body {}\n", "node_modules/x/index.js": "cookie\n" });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({ code: 0, stdout: "0 files scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });

  it("a binary file with a .ts extension: an error line, the file untouched, exit 1", () => {
    const bytes = Buffer.from('export const cookie = "a\0b";\n', "latin1");
    const directory = makeApp({ "package.json": PACKAGE_JSON, "lib/binary.ts": bytes, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: lib/binary.ts: binary file (it contains NUL bytes), skipped"]);
    expect(summaryLine(result)).toBe("2 files scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(path.join(directory, "lib/binary.ts"))).toEqual(bytes);
  });

  it("a .tsx file that is not UTF-8: an error line, the file untouched, exit 1", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('document.cookie = "session=; max-age=0";\n')]);
    const directory = makeApp({ "components/legacy.tsx": bytes });
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: components/legacy.tsx: not UTF-8 text, skipped"]);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(path.join(directory, "components/legacy.tsx"))).toEqual(bytes);
  });

  it("an unreadable file (chmod 000): a permission error line, exit 1", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    chmodSync(directory, 0o755);
    chmodSync(path.join(directory, "app/logout/route.ts"), 0o000);
    // root reads a file whatever its mode: there, the CLI runs as the unprivileged user `nobody` (uid 65534).
    const asNobody = process.getuid?.() === 0;
    const result = asNobody
      ? (() => {
          const child = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/next-logout-codemod.js"), "logout", ".", "--force"], {
            cwd: directory,
            encoding: "utf8",
            uid: 65534,
            gid: 65534,
          });
          return { code: child.status, stdout: child.stdout, stderr: child.stderr };
        })()
      : run(directory, ["logout", ".", "--force"]);
    chmodSync(path.join(directory, "app/logout/route.ts"), 0o644);
    expect(result.code).toBe(1);
    expect(outputLines(result.stderr)).toEqual(["error: app/logout/route.ts: permission denied"]);
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });

  it("a read-only file (chmod 444) that needs a change: a read-only error line, content and mode unchanged, exit 1", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const file = path.join(directory, "app/logout/route.ts");
    chmodSync(file, 0o444);
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: app/logout/route.ts: read-only file, not written"]);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(file, "utf8")).toBe(SEED_STYLE_ROUTE);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });
});

describe("writing files", () => {
  it("leaves no temporary file beside the files it writes", () => {
    const directory = copyExampleApp();
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(directory, "components")).sort()).toEqual(["nav.tsx", "sign-out-button.tsx", "user-menu.tsx"]);
    expect(findTemporaryFiles(directory)).toEqual([]);
  });

  it("keeps a written file's mode", () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const file = path.join(directory, "app/logout/route.ts");
    chmodSync(file, 0o640);
    const result = run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toBe(SEED_STYLE_ROUTE);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe("progress", () => {
  let many: string;
  let few: string;
  beforeAll(() => {
    const tinyFiles = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [`src/module-${index}.ts`, `export const value${index} = ${index};\n`]));
    many = makeApp(tinyFiles(260));
    few = makeApp(tinyFiles(249));
  });

  it("prints a progress line every 250 files when there are at least 250", () => {
    const result = run(many, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("250/260 files\n");
    expect(summaryLine(result)).toBe("260 files scanned: 0 changed, 0 unchanged, 260 skipped (nothing to fix), 0 errors");
  });

  it("on a terminal, redraws the progress line in place and ends it", () => {
    const result = run(many, ["logout", ".", "--force"], { isTty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("\r250/260 files\n");
  });

  it("prints no progress for fewer than 250 files", () => {
    const result = run(few, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("249 files scanned: 0 changed, 0 unchanged, 249 skipped (nothing to fix), 0 errors");
  });
});

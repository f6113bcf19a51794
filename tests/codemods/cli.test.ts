// next-logout-codemod's command line, run in-process (`runCli`) on throwaway folders in the temp directory: usage,
// --version, exit codes, the git working tree, files it cannot transform, and how it writes. Its output (the
// summary, "Left for you", --dry and --print) is in cli-output.test.ts; the ESLint config in cli-eslint-config.test.ts.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { USAGE } from "../../src/codemod/cli.ts";
import { commitAll, copyExampleApp, errorLines, findTemporaryFiles, git, makeApp, makeTempDir, outputLines, PACKAGE_JSON, read, readTree, REPO_ROOT, run, summaryLine } from "./cli-helpers.ts";
import { BROKEN_ROUTE, ROUTE_WITHOUT_CLEAR_SITE_DATA, SEED_STYLE_ROUTE } from "./route-sources.ts";

describe("usage", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = makeTempDir();
  });

  it("--help prints the usage on stdout and exits 0", async () => {
    const result = await run(cwd, ["--help"]);
    expect(result).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: "" });
  });

  it("--version prints the version from package.json and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    expect(await run(cwd, ["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    // Whatever else is on the command line.
    expect(await run(cwd, ["logout", ".", "--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("no transform: exit 2 with the transform names and the usage", async () => {
    const result = await run(cwd, []);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `Transforms: logout-links, logout-route-handlers, client-cookie-logout, logout.\n\n${USAGE}\n`,
    });
  });

  it("an unknown transform: exit 2, naming it, with the usage", async () => {
    const result = await run(cwd, ["logot", "."]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `Unknown transform "logot". Transforms: logout-links, logout-route-handlers, client-cookie-logout, logout.\n\n${USAGE}\n`,
    });
  });

  it("no paths: exit 2 with the usage", async () => {
    const result = await run(cwd, ["logout"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `Name the files or folders to transform.\n\n${USAGE}\n` });
  });

  it("an unknown option: exit 2 with the usage", async () => {
    const result = await run(cwd, ["logout", ".", "--dryy"]);
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

  it("refuses a dirty tree: exit 2, the changes listed, no file changed", async () => {
    const directory = makeDirtyRepository();
    const before = readTree(directory);
    const result = await run(directory, ["logout", "."]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(outputLines(result.stderr)).toEqual([
      "The git working tree has uncommitted changes:",
      "?? notes.md",
      "Commit or stash them first, so the codemod's edits can be reviewed as one diff, or pass --force.",
    ]);
    expect(readTree(directory)).toEqual(before);
  });

  it("checks the repository that holds the given paths, not the working directory", async () => {
    // The working directory is outside any repository; the repository is a folder in it.
    const outside = makeTempDir();
    const directory = path.join(outside, "repo");
    cpSync(makeDirtyRepository(), directory, { recursive: true });
    const before = readTree(directory);
    const result = await run(outside, ["logout", "repo"]);
    expect(result.code).toBe(2);
    expect(outputLines(result.stderr)).toContain("?? notes.md");
    expect(readTree(directory)).toEqual(before);
  });

  it("--force runs on a dirty tree", async () => {
    const directory = makeDirtyRepository();
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toContain("(await cookies()).delete(cookieName);");
  });

  it("--dry runs on a dirty tree without --force, since it writes nothing", async () => {
    const directory = makeDirtyRepository();
    const result = await run(directory, ["logout", ".", "--dry"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 would change, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });

  it("runs without --force in a clean repository", async () => {
    const directory = makeApp(FILES);
    commitAll(directory);
    const result = await run(directory, ["logout", "."]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(git(directory, "status", "--porcelain")).toBe(" M app/logout/route.ts\n");
  });

  it("runs without --force outside any git repository", async () => {
    const directory = makeApp(FILES);
    expect(spawnSync("git", ["rev-parse", "--git-dir"], { cwd: directory }).status).not.toBe(0);
    const result = await run(directory, ["logout", "."]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
  });
});

describe("--next-version", () => {
  it("by default writes the Next 16 fix (the nearest package.json has next 16.4.6)", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/(auth)/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    const written = read(directory, "app/(auth)/logout/route.ts");
    expect(written).toContain("\n  (await cookies()).delete(cookieName);\n");
    expect(written).toContain('"Cache-Control": "no-store"');
  });

  it("--next-version 14 keeps the synchronous cookies().delete", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/(auth)/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force", "--next-version", "14"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    const written = read(directory, "app/(auth)/logout/route.ts");
    expect(written).toContain("\n  cookies().delete(cookieName);\n");
    expect(written).not.toContain("await cookies()");
    expect(written).toContain('"Cache-Control": "no-store"');
  });
});

describe("--next-version with a value that is no version", () => {
  it("exits 2 before touching any file", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force", "--next-version", "latest"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: '--next-version must be a version such as 14, 14.2 or 16, got "latest".\n' });
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });
});

describe("--strict", () => {
  it("without --strict, Clear-Site-Data is not added", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 1 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toBe(ROUTE_WITHOUT_CLEAR_SITE_DATA);
  });

  it("--strict adds Clear-Site-Data", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": ROUTE_WITHOUT_CLEAR_SITE_DATA });
    const result = await run(directory, ["logout", ".", "--force", "--strict"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    expect(read(directory, "app/logout/route.ts")).toContain('"Clear-Site-Data": ');
  });
});

describe("files that cannot be transformed", () => {
  it("a syntax error: an error line with the relative path and line:column, the file untouched, the others done, exit 1", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/broken/route.ts": BROKEN_ROUTE, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    // The ";" is at 1-based column 13; typescript-eslint's parser reports 0-based columns for parse errors (12).
    expect(errorLines(result)).toEqual([expect.stringMatching(/^error: app\/broken\/route\.ts:4:1[23]: Parsing error: /)]);
    expect(summaryLine(result)).toBe("2 files scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(read(directory, "app/broken/route.ts")).toBe(BROKEN_ROUTE);
    expect(read(directory, "app/logout/route.ts")).toContain("(await cookies()).delete(cookieName);");
  });

  it("a missing path: one error line, the other paths done, exit 1", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", "missing", "app", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: missing: no such file or directory"]);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
  });

  it("a folder with no source files: 0 scanned, exit 0", async () => {
    const directory = makeApp({ "README.md": "# app\n", "public/logo.svg": "<svg/>\n", "styles/app.css": "body {}\n", "node_modules/x/index.js": "cookie\n" });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({ code: 0, stdout: "0 files scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });

  it("a binary file with a .ts extension: an error line, the file untouched, exit 1", async () => {
    const bytes = Buffer.from('export const cookie = "a\0b";\n', "latin1");
    const directory = makeApp({ "package.json": PACKAGE_JSON, "lib/binary.ts": bytes, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: lib/binary.ts: binary file (it contains NUL bytes), skipped"]);
    expect(summaryLine(result)).toBe("2 files scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(path.join(directory, "lib/binary.ts"))).toEqual(bytes);
  });

  it("a .tsx file that is not UTF-8: an error line, the file untouched, exit 1", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('document.cookie = "session=; max-age=0";\n')]);
    const directory = makeApp({ "components/legacy.tsx": bytes });
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: components/legacy.tsx: not UTF-8 text, skipped"]);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(path.join(directory, "components/legacy.tsx"))).toEqual(bytes);
  });

  it("an unreadable file (chmod 000): a permission error line, exit 1", async () => {
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
      : await run(directory, ["logout", ".", "--force"]);
    chmodSync(path.join(directory, "app/logout/route.ts"), 0o644);
    expect(result.code).toBe(1);
    expect(outputLines(result.stderr)).toEqual(["error: app/logout/route.ts: permission denied"]);
    expect(read(directory, "app/logout/route.ts")).toBe(SEED_STYLE_ROUTE);
  });

  it("a read-only file (chmod 444) that needs a change: a read-only error line, content and mode unchanged, exit 1", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const file = path.join(directory, "app/logout/route.ts");
    chmodSync(file, 0o444);
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual(["error: app/logout/route.ts: read-only file, not written"]);
    expect(summaryLine(result)).toBe("1 file scanned: 0 changed, 0 unchanged, 0 skipped (nothing to fix), 1 error");
    expect(readFileSync(file, "utf8")).toBe(SEED_STYLE_ROUTE);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });
});

describe("writing files", () => {
  it("leaves no temporary file beside the files it writes", async () => {
    const directory = copyExampleApp();
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(directory, "components")).sort()).toEqual(["nav.tsx", "sign-out-button.tsx", "user-menu.tsx"]);
    expect(findTemporaryFiles(directory)).toEqual([]);
  });

  it("keeps a written file's mode", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE });
    const file = path.join(directory, "app/logout/route.ts");
    chmodSync(file, 0o640);
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toBe(SEED_STYLE_ROUTE);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});


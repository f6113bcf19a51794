// The codemod keeps a file's own bytes on disk: CRLF line endings and the UTF-8 byte order mark, through the CLI
// (run in-process) and through jscodeshift (the real CLI, which loads the built engine: `npm test` builds it first).
// The inputs are the CRLF + BOM codemod fixtures; what each runner writes must be their .output file, byte for byte.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/codemod/cli.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";

const FIXTURES = path.join(REPO_ROOT, "codemods/__testfixtures__");
const JSCODESHIFT = path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js");
const WORKER = path.join(REPO_ROOT, "dist/src/codemod/worker.js");
const PROCESS_TIMEOUT = 120_000;
const PACKAGE_JSON = `${JSON.stringify({ name: "file-bytes-test-app", private: true, dependencies: { next: "16.4.6" } })}\n`;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Where each fixture goes in the app (the route under a logout path, as fixtures.test.ts runs it), and the fixture. */
const FILES = {
  "app/logout/route.ts": "logout-route-handlers/route-crlf-bom",
  "components/account-menu.tsx": "logout/client-crlf-bom",
} as const;

const fixture = (name: string, kind: "input" | "output", file: string) =>
  readFileSync(path.join(FIXTURES, `${name}.${kind}${path.extname(file)}`));

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

/** A throwaway app with package.json (next 16) and the fixtures' inputs, as bytes. */
function makeApp(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "next-logout-bytes-"));
  temporaryDirectories.push(directory);
  writeFileSync(path.join(directory, "package.json"), PACKAGE_JSON);
  for (const [file, name] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), fixture(name, "input", file));
  }
  return directory;
}

describe("the fixtures the runners are given", () => {
  it.each(Object.entries(FILES))("%s: CRLF only, with a BOM, in and out", (file, name) => {
    for (const kind of ["input", "output"] as const) {
      const bytes = fixture(name, kind, file);
      expect(bytes.subarray(0, 3)).toEqual(BOM);
      const text = bytes.toString("utf8");
      expect(text.split("\r\n").length).toBeGreaterThan(10);
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    }
  });
});

describe("next-logout-codemod logout", () => {
  it("writes each file as its .output fixture, CRLF and BOM kept", async () => {
    const directory = makeApp();
    let stdout = "";
    let stderr = "";
    const code = await runCli(["logout", ".", "--force"], {
      cwd: directory,
      isTty: false,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^2 files scanned: 2 changed, 0 unchanged, 0 skipped \(nothing to fix\), 0 errors$/m);
    for (const [file, name] of Object.entries(FILES)) {
      expect(readFileSync(path.join(directory, file)).toString("latin1"), file).toBe(fixture(name, "output", file).toString("latin1"));
    }
  });
});

describe("jscodeshift -t codemods/logout.ts", { timeout: PROCESS_TIMEOUT + 10_000 }, () => {
  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error(`${path.relative(REPO_ROOT, WORKER)} is missing: run \`npm run build\` first (\`npm test\` does).`);
  });

  it("writes each file as its .output fixture, CRLF and BOM kept", () => {
    const directory = makeApp();
    const result = spawnSync(
      process.execPath,
      [JSCODESHIFT, "-t", path.join(REPO_ROOT, "codemods/logout.ts"), "--extensions=tsx,ts", directory],
      { cwd: directory, encoding: "utf8", timeout: PROCESS_TIMEOUT },
    );
    const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/^0 errors$/m);
    expect(output).toMatch(/^2 ok$/m);
    for (const [file, name] of Object.entries(FILES)) {
      expect(readFileSync(path.join(directory, file)).toString("latin1"), file).toBe(fixture(name, "output", file).toString("latin1"));
    }
  });
});

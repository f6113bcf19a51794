// The published package: it ships the transforms and what they load, and they run from node_modules the way
// users run them, with no build step on the user's side.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../e2e/scratch-app.ts";

const PACKAGE_NAME = "eslint-plugin-next-logout";
const TIMEOUT = 120_000;

/** What `npm pack` would publish, without running the build. */
function packedFiles(): string[] {
  const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`);
  const [pack] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path);
}

describe("npm pack", () => {
  const files = packedFiles();

  it.each([
    "codemods/logout.ts",
    "codemods/logout-links.ts",
    "codemods/logout-route-handlers.ts",
    "codemods/client-cookie-logout.ts",
    "codemods/jscodeshift-transform.ts",
    "src/codemod/transforms.ts",
    "src/prefilter/route-file.ts",
    "dist/src/codemod/worker.js",
    "dist/src/codemod/cli.js",
    "bin/next-logout-codemod.js",
    "docs/codemods/logout.md",
  ])("ships %s", (file) => {
    expect(files).toContain(file);
  });

  it("leaves out the codemod fixtures", () => {
    expect(files.filter((file) => file.includes("__testfixtures__"))).toEqual([]);
  });

  it("declares the next-logout-codemod bin", () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ "next-logout-codemod": "bin/next-logout-codemod.js" });
  });
});

describe("installed in a project's node_modules", () => {
  let project = "";
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), "next-logout-installed-"));
    // The package as npm would install it: the packed files, beside the dependencies it resolves.
    const installed = path.join(project, "node_modules", PACKAGE_NAME);
    for (const file of packedFiles()) {
      mkdirSync(path.dirname(path.join(installed, file)), { recursive: true });
      cpSync(path.join(REPO_ROOT, file), path.join(installed, file));
    }
    for (const entry of readdirSync(path.join(REPO_ROOT, "node_modules"))) {
      if (entry === PACKAGE_NAME || entry === ".bin" || entry.startsWith(".")) continue;
      symlinkSync(path.join(REPO_ROOT, "node_modules", entry), path.join(project, "node_modules", entry));
    }
    cpSync(path.join(REPO_ROOT, "tests/fixtures/every-problem"), project, { recursive: true });
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it(
    "jscodeshift -t node_modules/eslint-plugin-next-logout/codemods/logout.ts (the README's command, without npx -y) fixes the app",
    () => {
      const result = spawnSync(
        process.execPath,
        [path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js"), "-t", `node_modules/${PACKAGE_NAME}/codemods/logout.ts`, "--extensions=tsx,ts,jsx,js", "--dry", "app/", "components/", "lib/"],
        { cwd: project, encoding: "utf8", timeout: TIMEOUT },
      );
      const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
      expect(output).toMatch(/^0 errors$/m);
      expect(output).toMatch(/^7 ok$/m);
    },
    TIMEOUT,
  );

  it(
    "its bin runs",
    () => {
      const result = spawnSync(process.execPath, [`node_modules/${PACKAGE_NAME}/bin/next-logout-codemod.js`, "logout", "app/", "--dry"], {
        cwd: project,
        encoding: "utf8",
        timeout: TIMEOUT,
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^\d+ files scanned: 4 would change, /m);
    },
    TIMEOUT,
  );
});

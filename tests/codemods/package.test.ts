// The published package: it ships the transforms and what they load, and they run from node_modules the way
// users run them, with no build step on the user's side.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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
    "src/codemod/config-file.ts",
    "src/prefilter/route-file.ts",
    "types/index.d.ts",
    "dist/src/codemod/worker.js",
    "dist/src/codemod/cli.js",
    "dist/src/codemod/eslint-config.js",
    "bin/next-logout-codemod.js",
    "docs/codemods/logout.md",
  ])("ships %s", (file) => {
    expect(files).toContain(file);
  });

  it("runs no script when installed (npm 11 warns about install, postinstall and prepare); the build runs on prepack", () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(Object.keys(manifest.scripts).filter((name) => ["preinstall", "install", "postinstall", "prepare"].includes(name))).toEqual([]);
    expect(manifest.scripts.prepack).toBe("npm run build");
  });

  it("leaves out the codemod fixtures", () => {
    expect(files.filter((file) => file.includes("__testfixtures__"))).toEqual([]);
  });

  it("declares the next-logout-codemod bin", () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ "next-logout-codemod": "bin/next-logout-codemod.js" });
  });
});

/**
 * A project with the package installed as npm would install it: the packed files, beside the dependencies it
 * resolves (this repository's, with `replaced` ones swapped, such as ESLint 9 as `eslint`).
 */
function installInProject(project: string, replaced: Record<string, string> = {}): void {
  const installed = path.join(project, "node_modules", PACKAGE_NAME);
  for (const file of packedFiles()) {
    mkdirSync(path.dirname(path.join(installed, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(installed, file));
  }
  for (const entry of readdirSync(path.join(REPO_ROOT, "node_modules"))) {
    if (entry === PACKAGE_NAME || entry === ".bin" || entry.startsWith(".")) continue;
    symlinkSync(path.join(REPO_ROOT, "node_modules", replaced[entry] ?? entry), path.join(project, "node_modules", entry));
  }
}

describe("installed in a project's node_modules", () => {
  let project = "";
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), "next-logout-installed-"));
    installInProject(project);
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

describe("installed beside ESLint 9", () => {
  let project = "";
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), "next-logout-eslint9-"));
    installInProject(project, { eslint: "eslint-v9" });
    const files: Record<string, string> = {
      "web/package.json": `${JSON.stringify({ name: "eslint9-app", private: true, dependencies: { next: "16.4.6" } })}\n`,
      "web/eslint.config.mjs": 'export default [{ files: ["**/*.tsx"], settings: { "next-logout": { logoutPaths: ["/users/sign_out"] } } }];\n',
      "web/app/account/page.tsx": 'import Link from "next/link";\n\nexport default function Page() {\n  return <Link href="/users/sign_out">Sign out</Link>;\n}\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  // ESLint 9 itself looks for eslint.config.* from the working directory only: run from the repository's root,
  // above the app, it would find none. The codemod looks from each file.
  it("the codemod loads ESLint 9, and finds the app's config when run from above the app", () => {
    const codemodDir = path.join(project, "node_modules", PACKAGE_NAME, "dist/src/codemod");
    const eslintPackage = createRequire(path.join(codemodDir, "cli.js")).resolve("eslint/package.json");
    expect((JSON.parse(readFileSync(eslintPackage, "utf8")) as { version: string }).version).toMatch(/^9\./);
    const result = spawnSync(process.execPath, [`node_modules/${PACKAGE_NAME}/bin/next-logout-codemod.js`, "logout", "web/app", "--force"], {
      cwd: project,
      encoding: "utf8",
      timeout: TIMEOUT,
    });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: "ESLint config read: web/eslint.config.mjs\nChanged 1 file(s):\n  web/app/account/page.tsx\n1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n",
      stderr: "",
    });
    expect(readFileSync(path.join(project, "web/app/account/page.tsx"), "utf8")).toBe('export default function Page() {\n  return <a href="/users/sign_out">Sign out</a>;\n}\n');
  }, TIMEOUT);
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Packages the scratch app "installed": symlinks into this repo, the plugin itself as the built package. */
const LINKED_PACKAGES: Record<string, string> = {
  "eslint-plugin-next-logout": REPO_ROOT,
  eslint: path.join(REPO_ROOT, "node_modules/eslint"),
  "eslint-config-next": path.join(REPO_ROOT, "node_modules/eslint-config-next"),
  next: path.join(REPO_ROOT, "node_modules/next"),
  typescript: path.join(REPO_ROOT, "node_modules/typescript"),
};

export interface ScratchApp {
  dir: string;
  write(file: string, text: string): void;
  remove(): void;
}

/**
 * A throwaway Next.js app in the temp directory, set up as a user's project would be after `npm install`.
 * `packages` adds or replaces installed packages (name to directory), e.g. ESLint 9 as `eslint`.
 */
export function createScratchApp(files: Record<string, string>, packages: Record<string, string> = {}): ScratchApp {
  const dir = mkdtempSync(path.join(tmpdir(), "next-logout-app-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  mkdirSync(path.join(dir, "node_modules"));
  for (const [name, target] of Object.entries({ ...LINKED_PACKAGES, ...packages })) {
    mkdirSync(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(target, path.join(dir, "node_modules", name), "dir");
  }
  write("package.json", JSON.stringify({ name: "scratch-app", private: true, type: "module", dependencies: { next: "16.4.6" } }));
  for (const [file, text] of Object.entries(files)) write(file, text);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under a fixture directory, by path relative to it: what `createScratchApp` takes. */
export function readFixtureTree(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(directory, file).split(path.sep).join("/")] = readFileSync(file, "utf8");
  }
  return files;
}

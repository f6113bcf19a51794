import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/**
 * `git status --porcelain` of the repositories that hold the given paths, or `null` when they are clean or git
 * can't tell (no repository, no git, a missing path).
 */
export function getUncommittedChanges(paths: readonly string[]): string | null {
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

import type { TSESTree } from "@typescript-eslint/utils";
import type { NextLogoutSettings } from "../project/settings.ts";

/** Values computed from a file's tree, kept while the tree lives, for the filename and settings they were computed with. */
export type TreeMemo<T> = WeakMap<TSESTree.Program, { filename: string; settings: NextLogoutSettings; value: T }>;

/**
 * Several rules ask the same question of one file (its logout handlers, their responses): the first computes it,
 * the others read it. ESLint gives every rule the same tree of a file, and the codemod a new tree per version.
 */
export function memoizeForTree<T>(memo: TreeMemo<T>, program: TSESTree.Program, filename: string, settings: NextLogoutSettings, compute: () => T): T {
  const cached = memo.get(program);
  if (cached && cached.filename === filename && cached.settings === settings) return cached.value;
  const value = compute();
  memo.set(program, { filename, settings, value });
  return value;
}

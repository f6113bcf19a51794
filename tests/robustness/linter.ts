// One ESLint Linter with every next-logout rule, as the robustness tests run it.
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import plugin from "../../src/index.ts";

const TYPESCRIPT_ONLY = /\.(?:[cm]?ts)$/;

export const linter = new Linter({ configType: "flat", cwd: path.parse(process.cwd()).root });

/** configs.all with the TypeScript parser; JSX everywhere but `.ts` files (where `<T>x` is a cast). */
export function allRulesConfig(filename: string): Linter.Config[] {
  return [
    // ESLint ignores node_modules by default; the corpus is made of it.
    { ignores: ["!**/node_modules/"] },
    {
      files: ["**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}"],
      languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: !TYPESCRIPT_ONLY.test(filename) } } },
      linterOptions: { reportUnusedDisableDirectives: "off" },
    },
    plugin.configs.all,
  ];
}

/** `next-logout/<rule>` from the message ESLint throws when a rule crashes, or `unknown`. */
export function getCrashedRule(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Rule: "([^"]+)"/.exec(message)?.[1] ?? "unknown";
}

/** ESLint's own notes that it did not lint a file at all (ignored, or no config matched). */
export function isNotLinted(message: Linter.LintMessage): boolean {
  return message.ruleId === null && !message.fatal && /File ignored|No matching configuration/.test(message.message);
}

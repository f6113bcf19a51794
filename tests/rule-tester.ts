import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import * as espree from "espree";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/** A file inside a fixture project: `fixtureFile("app-router", "app/dashboard/page.tsx")`. */
export function fixtureFile(project: string, file: string): string {
  return path.join(FIXTURES, project, file);
}

export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

const espreeLanguageOptions = {
  parser: espree,
  parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
} as const;

/** The same JSX cases again under espree, ESLint's default parser (as eslint-plugin-react tests several parsers). */
export function withEspree<T extends ValidTestCase<readonly unknown[]> | InvalidTestCase<string, readonly unknown[]>>(
  cases: readonly T[],
): T[] {
  return cases.flatMap((testCase) => [
    testCase,
    {
      ...testCase,
      name: `${testCase.name ?? testCase.code} (espree)`,
      filename: (testCase.filename ?? "file.tsx").replace(/\.tsx?$/, ".jsx"),
      languageOptions: { ...testCase.languageOptions, ...espreeLanguageOptions },
    } as T,
  ]);
}

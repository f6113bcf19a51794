// `npm run demo`: lints examples/next-app/ (a small App Router app with the logout bugs) with every rule of the
// built plugin, prints the findings, then shows what `eslint --fix` and the `logout` codemod would change,
// without writing anything.
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nextLogout from "eslint-plugin-next-logout";
import { runCodemod } from "../dist/src/codemod/engine.js";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../examples/next-app");
const overrideConfig = [
  {
    files: ["**/*.{js,jsx,ts,tsx}"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  nextLogout.configs.all,
];

const lint = (fix) => new ESLint({ cwd: appDir, overrideConfigFile: true, overrideConfig, fix }).lintFiles(["."]);

const results = await lint(false);
const formatter = await new ESLint().loadFormatter("stylish");
console.log(`Linting ${path.relative(process.cwd(), appDir) || "."} with next-logout's configs.all:`);
console.log(await formatter.format(results));

const fixed = (await lint(true)).filter((result) => result.output !== undefined);
console.log(`eslint --fix would change ${fixed.length} file(s):`);
for (const result of fixed) {
  console.log(`\n--- ${path.relative(appDir, result.filePath)}`);
  console.log(diffLines(readFileSync(result.filePath, "utf8"), result.output));
}

console.log(`\nnpx next-logout-codemod logout examples/next-app --dry would change:`);
for (const file of readdirSync(appDir, { recursive: true }).filter((name) => /\.[jt]sx?$/.test(name)).sort()) {
  const filePath = path.join(appDir, file);
  const source = readFileSync(filePath, "utf8");
  const result = runCodemod("logout", filePath, source);
  if (result.status !== "changed") continue;
  console.log(`\n--- ${file}`);
  console.log(diffLines(source, result.output));
}

/** Changed lines only, `-` before and `+` after, from a longest-common-subsequence line diff. */
function diffLines(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      lines.push(`- ${a[i++]}`);
    } else {
      lines.push(`+ ${b[j++]}`);
    }
  }
  return lines.join("\n");
}

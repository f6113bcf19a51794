import * as typescriptParser from "@typescript-eslint/parser";
import { parse } from "@typescript-eslint/typescript-estree";
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ResolveConst } from "../../src/js/bindings.ts";

const createdDirectories: string[] = [];

/** Deletes every tree {@link makeTree} made; for `afterAll`. */
export function removeTrees(): void {
  for (const directory of createdDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/**
 * A fresh directory under the OS temp dir holding `files` (relative path → contents), removed by {@link removeTrees}.
 * Fresh per call, since the modules under test cache what they read per directory for the whole process.
 */
export function makeTree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "next-logout-test-"));
  createdDirectories.push(root);
  for (const [file, contents] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  return root;
}

/** A package.json text with the given fields. */
export function packageJson(fields: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ name: "fixture", ...fields });
}

export function parseModule(code: string, jsx = true): TSESTree.Program {
  return parse(code, { range: true, loc: true, jsx });
}

/** Resolves identifiers to the initializers of the module's top-level `const NAME = …` declarators. */
export function createTopLevelConstResolver(program: TSESTree.Program): ResolveConst {
  const inits = new Map<string, TSESTree.Expression>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) inits.set(declarator.id.name, declarator.init);
    }
  }
  return (identifier) => inits.get(identifier.name) ?? null;
}

/** A file's SourceCode as a rule sees it (scope analysis included); `filename` may be absolute, for cross-file reads. */
export function getSourceCode(code: string, filename = "component.tsx"): TSESLint.SourceCode {
  let captured: TSESLint.SourceCode | null = null;
  const capture = { create: (context: { sourceCode: TSESLint.SourceCode }) => ((captured = context.sourceCode), {}) };
  // The config's `files` patterns match relative to `cwd`: an absolute file is linted from its own folder.
  new Linter({ configType: "flat", ...(path.isAbsolute(filename) ? { cwd: path.dirname(filename) } : {}) }).verify(
    code,
    [
      {
        files: ["**/*.tsx", "**/*.ts"],
        languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { test: { rules: { capture } } },
        rules: { "test/capture": "error" },
      },
    ] as unknown as Linter.Config[],
    { filename },
  );
  if (!captured) throw new Error("no SourceCode");
  return captured;
}

import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { FRESHNESS_MS, onProjectModelReset } from "../project/module-cache.ts";
import { getBareContext, isKnownPackage, isRelative, resolveImportFrom, type BareContext } from "../project/module-resolver.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { IMPORT_SPECIFIER, mayReachLogoutText, mayReachSignOut } from "./link-reach.ts";

// The linted file's own imports, asked link-reach's questions: the file is ESLint's (its text may be newer than the
// disk's), so its import declarations are read from its tree, and answers are shared by the files that import alike.

type ImportQuestion = "logout-text" | "sign-out";
const REACHES: Readonly<Record<ImportQuestion, (file: string, settings: NextLogoutSettings) => boolean>> = {
  "logout-text": mayReachLogoutText,
  "sign-out": mayReachSignOut,
};
// `import "./side-effect"` too: the rule's own look at its import declarations counts those.
const SOURCE_IMPORT_SPECIFIER = new RegExp(`${IMPORT_SPECIFIER.source}|\\bimport\\s*["']([^"']+)["']`, "g");

/**
 * The same for the linted file, from its import and export-from declarations: does anything it imports write a
 * logout path? Type-only imports carry no value and are left out.
 */
export function mayImportLogoutText(program: TSESTree.Program, filename: string, settings: NextLogoutSettings): boolean {
  return importsReach(program, filename, settings, "logout-text");
}

/** {@link mayReachSignOut} for what the linted file imports. */
export function mayImportSignOut(program: TSESTree.Program, filename: string, settings: NextLogoutSettings): boolean {
  return importsReach(program, filename, settings, "sign-out");
}

function importsReach(program: TSESTree.Program, filename: string, settings: NextLogoutSettings, question: ImportQuestion): boolean {
  const directory = path.dirname(filename);
  let relativeAnswers: ImportAnswers | undefined;
  let bareAnswers: ImportAnswers | undefined;
  const now = Date.now();
  for (const statement of program.body) {
    const source = getValueImportSource(statement);
    // `react`, `next/link`: never the project's own source, and no reason to find the directory's tsconfig.
    if (source === null || isKnownPackage(source)) continue;
    // Files import the same modules over and over: a relative specifier is answered per directory, a bare one per
    // the tsconfig and workspace it resolves through, sparing the resolution and the search.
    const answers = isRelative(source) || path.isAbsolute(source)
      ? (relativeAnswers ??= getDirectoryAnswers(settings, question, directory))
      : (bareAnswers ??= getContextAnswers(settings, question, getBareContext(directory)));
    const known = answers.get(source);
    let value: boolean;
    if (known && now - known.at < FRESHNESS_MS) value = known.value;
    else {
      const target = resolveImportFrom(source, directory);
      value = target !== null && target !== filename && REACHES[question](target, settings);
      // A module importing itself through an alias answers for itself only.
      if (target !== filename) answers.set(source, { value, at: now });
    }
    if (value) return true;
  }
  return false;
}

// Per question and settings, then per importing directory (relative specifiers) or per bare context, then per
// specifier: whether the import reaches the question's answer. Kept for FRESHNESS_MS, like `answers`.
type ImportAnswers = Map<string, { value: boolean; at: number }>;
interface QuestionAnswers {
  byDirectory: WeakMap<NextLogoutSettings, Map<string, ImportAnswers>>;
  byContext: WeakMap<NextLogoutSettings, WeakMap<BareContext, ImportAnswers>>;
}
const importAnswers = new Map<ImportQuestion, QuestionAnswers>();
const MAX_IMPORT_DIRECTORIES = 5_000;

function getQuestionAnswers(question: ImportQuestion): QuestionAnswers {
  let answers = importAnswers.get(question);
  if (!answers) importAnswers.set(question, (answers = { byDirectory: new WeakMap(), byContext: new WeakMap() }));
  return answers;
}

function getDirectoryAnswers(settings: NextLogoutSettings, question: ImportQuestion, directory: string): ImportAnswers {
  const { byDirectory: directoryAnswers } = getQuestionAnswers(question);
  let byDirectory = directoryAnswers.get(settings);
  if (!byDirectory) directoryAnswers.set(settings, (byDirectory = new Map()));
  let answers = byDirectory.get(directory);
  if (!answers) {
    if (byDirectory.size >= MAX_IMPORT_DIRECTORIES) byDirectory.clear();
    byDirectory.set(directory, (answers = new Map()));
  }
  return answers;
}

function getContextAnswers(settings: NextLogoutSettings, question: ImportQuestion, context: BareContext): ImportAnswers {
  const { byContext: contextAnswers } = getQuestionAnswers(question);
  let byContext = contextAnswers.get(settings);
  if (!byContext) contextAnswers.set(settings, (byContext = new WeakMap()));
  let answers = byContext.get(context);
  if (!answers) byContext.set(context, (answers = new Map()));
  return answers;
}

onProjectModelReset(() => importAnswers.clear());

/** The module a top-level import, `export … from` or `require()` reads values from; `null` for anything else. */
function getValueImportSource(statement: TSESTree.ProgramStatement): string | null {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      return statement.importKind === "type" ? null : statement.source.value;
    case AST_NODE_TYPES.ExportAllDeclaration:
      return statement.exportKind === "type" ? null : statement.source.value;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.source === null || statement.exportKind === "type" ? null : statement.source.value;
    default:
      return getTopLevelRequire(statement);
  }
}

/** `const { LOGOUT } = require("./routes")` at the top of a module: the module it names. */
function getTopLevelRequire(statement: TSESTree.ProgramStatement): string | null {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.declarations.length !== 1) return null;
  let init = statement.declarations[0]?.init;
  if (init?.type === AST_NODE_TYPES.MemberExpression) init = init.object;
  if (init?.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== "require") return null;
  const [argument] = init.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : null;
}

/**
 * {@link mayImportLogoutText} before anything is parsed, from the file's text: every specifier its imports, exports
 * `from`, `import()` and `require()` name (a few more than the parsed file would show, never fewer). The codemod
 * asks it of a file whose own text writes no logout path.
 */
export function mayImportLogoutTextFromSource(text: string, filename: string, settings: NextLogoutSettings): boolean {
  const directory = path.dirname(filename);
  for (const match of text.matchAll(SOURCE_IMPORT_SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    const target = specifier ? resolveImportFrom(specifier, directory) : null;
    if (target && target !== filename && mayReachLogoutText(target, settings)) return true;
  }
  return false;
}

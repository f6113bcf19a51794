import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getImportDeclarationRemoval, getImportSpecifierRemoval } from "./import-edits.ts";
import { getLineRemovalRange, mergeTextEdits, type TextEdit } from "./text-edit.ts";

// Removing a declaration can leave the names in its initializer unused (`useRouter` once `router` goes): a few
// rounds settle every chain a fix can start.
const MAX_ROUNDS = 4;

/**
 * `edits`, plus the removal of what they leave unused: an import (the specifier, or the whole line) and a
 * `const x = useHook()` whose every use the edits remove, so `@typescript-eslint/no-unused-vars` has nothing to say
 * after the fix. Only bindings the edits made unused go; one already unused stays. A name the edits write again
 * (`router.push(LOGOUT)` → `window.location.replace(LOGOUT)`) stays used. `edits` alone when a removal would
 * overlap them.
 */
export function withUnusedBindingsRemoved(sourceCode: Readonly<TSESLint.SourceCode>, edits: readonly TextEdit[]): TextEdit[] {
  const removals = collectRemovals(sourceCode, edits);
  return mergeTextEdits([...edits, ...removals]) ?? [...edits];
}

function collectRemovals(sourceCode: Readonly<TSESLint.SourceCode>, edits: readonly TextEdit[]): TextEdit[] {
  const { scopeManager, text } = sourceCode;
  if (!scopeManager) return [];
  const removals: TextEdit[] = [];
  const removed = new Set<TSESLint.Scope.Variable>();
  const isGone = (identifier: TSESTree.Node) =>
    [...edits, ...removals].some(
      (edit) => edit.range[0] <= identifier.range[0] && identifier.range[1] <= edit.range[1] && !writesName(edit.text, identifier),
    );
  const isUnused = (variable: TSESLint.Scope.Variable) => isMadeUnused(variable, isGone);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = scopeManager.scopes.flatMap((scope) => scope.variables).filter((variable) => !removed.has(variable) && isUnused(variable));
    const added = found.flatMap((variable) => {
      removed.add(variable);
      return getDeclarationRemoval(text, variable, scopeManager, (other) => removed.has(other) || isUnused(other)) ?? [];
    });
    if (added.length === 0) break;
    removals.push(...dedupe(added));
  }
  return tidyRemovals(text, removals);
}

/**
 * Removals side by side become one, and one that would leave a blank line after a blank line, after an opening
 * `{` or at the top of the file takes that blank line with it: removing a block of imports or a component's first
 * statement leaves the file as a person would.
 */
function tidyRemovals(text: string, removals: readonly TextEdit[]): TextEdit[] {
  const ranges: [number, number][] = [];
  for (const { range } of [...removals].sort((a, b) => a.range[0] - b.range[0])) {
    const last = ranges.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else ranges.push([range[0], range[1]]);
  }
  return ranges.map(([start, end]) => {
    const blankAfter = /^[ \t]*\r?\n/.exec(text.slice(end));
    const before = text.slice(0, start);
    const leavesGap = before.trim() === "" || /\n[ \t]*\r?\n$/.test(before) || /\{[ \t]*\r?\n$/.test(before);
    return { range: [start, blankAfter && leavesGap ? end + blankAfter[0].length : end], text: "" };
  });
}

function writesName(text: string, identifier: TSESTree.Node): boolean {
  if (identifier.type !== AST_NODE_TYPES.Identifier && identifier.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  return new RegExp(`(?<![\\w$])${identifier.name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text);
}

/** Used before the edits, and every use is inside what they remove. */
function isMadeUnused(variable: TSESLint.Scope.Variable, isGone: (node: TSESTree.Node) => boolean): boolean {
  const uses = variable.references.filter((reference) => !reference.init);
  return uses.length > 0 && uses.every((reference) => isGone(reference.identifier));
}

function getDeclarationRemoval(
  text: string,
  variable: TSESLint.Scope.Variable,
  scopeManager: TSESLint.Scope.ScopeManager,
  isAlsoUnused: (other: TSESLint.Scope.Variable) => boolean,
): TextEdit | null {
  const [definition] = variable.defs;
  if (!definition || variable.defs.length > 1) return null;
  if (definition.type === "ImportBinding") {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const specifier = definition.node as TSESTree.ImportClause;
    // Every specifier of the line unused: the line goes, once for all of them.
    const allGone = declaration.specifiers.every((other) =>
      scopeManager.getDeclaredVariables(other).every((declared) => declared === variable || isAlsoUnused(declared)),
    );
    return allGone ? getImportDeclarationRemoval(text, declaration) : getImportSpecifierRemoval(text, declaration, specifier);
  }
  if (definition.type !== "Variable") return null;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  const declaration = definition.parent as TSESTree.VariableDeclaration | null;
  if (!declaration || declaration.declarations.length !== 1 || !isHookCall(declarator.init)) return null;
  const allGone = scopeManager.getDeclaredVariables(declarator).every((declared) => declared === variable || isAlsoUnused(declared));
  return allGone ? { range: getLineRemovalRange(text, declaration.range), text: "" } : null;
}

/** `useRouter()`, `navigation.useRouter()`: a hook call is safe to drop with its result; other calls may do work. */
function isHookCall(node: TSESTree.Expression | null): boolean {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const { callee } = node;
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : "";
  return /^use[A-Z]/.test(name);
}

function dedupe(edits: readonly TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = `${edit.range[0]}:${edit.range[1]}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

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
  // Properties of a destructuring that go while others stay: their commas are settled once all rounds are done.
  const removedProperties = new Map<TSESTree.ObjectPattern, Set<TSESTree.Property>>();
  const removed = new Set<TSESLint.Scope.Variable>();
  const isGone = (identifier: TSESTree.Node) =>
    [...edits, ...removals, ...[...removedProperties.values()].flatMap((properties) => [...properties].map(({ range }) => ({ range, text: "" })))].some(
      (edit) => edit.range[0] <= identifier.range[0] && identifier.range[1] <= edit.range[1] && !writesName(edit.text, identifier),
    );
  const isUnused = (variable: TSESLint.Scope.Variable) => isMadeUnused(variable, isGone);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = scopeManager.scopes.flatMap((scope) => scope.variables).filter((variable) => !removed.has(variable) && isUnused(variable));
    const added: TextEdit[] = [];
    for (const variable of found) {
      removed.add(variable);
      const removal = getDeclarationRemoval(text, variable, scopeManager, (other) => removed.has(other) || isUnused(other));
      if (!removal) continue;
      if (!("type" in removal)) {
        added.push(removal);
        continue;
      }
      const pattern = removal.parent as TSESTree.ObjectPattern;
      removedProperties.set(pattern, (removedProperties.get(pattern) ?? new Set()).add(removal));
    }
    if (found.length === 0) break;
    removals.push(...dedupe(added));
  }
  for (const [pattern, properties] of removedProperties) removals.push(...getPropertyRemovals(pattern, properties));
  return tidyRemovals(text, removals);
}

/**
 * The edits that take `removed` out of a pattern that keeps other properties: each run of removed properties goes up
 * to the property after it, or, at the end, from the property that stays before it (with the comma between).
 */
function getPropertyRemovals(pattern: TSESTree.ObjectPattern, removed: ReadonlySet<TSESTree.Property>): TextEdit[] {
  const properties = pattern.properties;
  if (properties.every((property) => property.type === AST_NODE_TYPES.Property && removed.has(property))) return [];
  const edits: TextEdit[] = [];
  for (let start = 0; start < properties.length; start++) {
    if (!removed.has(properties[start] as TSESTree.Property)) continue;
    let end = start;
    while (end + 1 < properties.length && removed.has(properties[end + 1] as TSESTree.Property)) end++;
    const next = properties[end + 1];
    const previous = properties[start - 1];
    if (next) edits.push({ range: [properties[start]!.range[0], next.range[0]], text: "" });
    else if (previous) edits.push({ range: [previous.range[1], properties[end]!.range[1]], text: "" });
    start = end;
  }
  return edits;
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

// A name after a `.` is a property (`window.location.replace`), not the variable `replace`.
function writesName(text: string, identifier: TSESTree.Node): boolean {
  if (identifier.type !== AST_NODE_TYPES.Identifier && identifier.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  return new RegExp(`(?<![\\w$.])${identifier.name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text);
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
): TextEdit | TSESTree.Property | null {
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
  if (allGone) return { range: getLineRemovalRange(text, declaration.range), text: "" };
  return getRemovableProperty(declarator, definition.name);
}

/**
 * The property of `const { push, refresh } = useRouter()` that declares `name`, when it can go alone: a top-level
 * property of a pattern without a rest element (which would take it in).
 */
function getRemovableProperty(declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): TSESTree.Property | null {
  const pattern = declarator.id;
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  if (pattern.properties.some((property) => property.type === AST_NODE_TYPES.RestElement)) return null;
  const property = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent.parent : name.parent;
  return property?.type === AST_NODE_TYPES.Property && property.parent === pattern ? property : null;
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

/**
 * Whether `edits`, with what {@link withUnusedBindingsRemoved} adds, remove every use of the variable `identifier`
 * refers to but keep its declaration: `push` in `const { push, ...rest } = useRouter()`, which a rest element
 * keeps in the pattern.
 */
export function isLeftUnused(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier, edits: readonly TextEdit[]): boolean {
  const variable = sourceCode.getScope(identifier).references.find((reference) => reference.identifier === identifier)?.resolved;
  const [definition] = variable?.defs ?? [];
  if (!variable || !definition) return false;
  const covers = (node: TSESTree.Node) => edits.some((edit) => edit.range[0] <= node.range[0] && node.range[1] <= edit.range[1] && !writesName(edit.text, node));
  const uses = variable.references.filter((reference) => !reference.init);
  return uses.every((reference) => covers(reference.identifier)) && !covers(definition.name);
}

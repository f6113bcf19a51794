import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { forEachNode } from "../js/ast.ts";
import { getImportedName } from "../js/imports.ts";
import { deriveFromFile, FRESHNESS_MS, markIncomplete, onProjectModelReset, readModuleText } from "../project/module-cache.ts";
import { resolveImport, resolveImportFrom } from "../project/module-resolver.ts";
import { getModuleScope, getRequire, ModuleScope } from "../project/module-scope.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { mayWriteLogoutValue } from "../prefilter/text-checks.ts";
import { getStaticKey, skipTypeAssertions } from "../urls/value-scope.ts";
import { mayReachLogoutText, mayReachLogoutValue } from "./link-reach.ts";

// A finer look than link-reach's, for a file whose own text writes no logout path: can the values one element or
// router call reads hold a logout URL or a name that says logout URL? Only the code they read counts: the names in
// them, followed to their declarations in the file and, through imports, to the one export (or the one member of
// an exported object or class) they name, and on through the names in those. `ROUTES.settings` reads none of the
// `logout` that a sibling `UrlService` writes in the same module, so its element never starts the analysis.

const MAX_DEPTH = 24;

let depth = 0;

/**
 * Whether the values under `roots` (nodes of the linted file, whose text is `text`) may hold a logout URL or a
 * logout name, as the link analysis would read them. `false` means no finding can come from them.
 */
export function mayReadLogoutValue(roots: readonly TSESTree.Node[], scope: ModuleScope, text: string, settings: NextLogoutSettings): boolean {
  return subtreesReach(roots, { scope, text, settings });
}

interface Walk {
  scope: ModuleScope;
  text: string;
  settings: NextLogoutSettings;
}

/**
 * The same question for everything a linted file reads through its imports: each reference to an import binding,
 * by the member it reads (`UrlService.login`), followed as {@link mayReadLogoutValue} follows it. A file that reads
 * only `ROUTES.settings` and `UrlService.login` of a module that also writes `/logout` can't link to it. For a file
 * whose own text writes no logout path or name and no `require()`: its values come through import bindings only.
 */
export function mayImportLogoutValue(sourceCode: Readonly<TSESLint.SourceCode>, file: string, settings: NextLogoutSettings): boolean {
  const { scopeManager } = sourceCode;
  if (!scopeManager) return true;
  const directory = path.dirname(file);
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === "type" || statement.specifiers.length === 0) continue;
    const target = resolveImportFrom(statement.source.value, directory);
    if (target === null || !mayReachLogoutValue(target, settings)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === "type") continue;
      // Each member read once, however often the file reads it.
      const members = new Set<string | null>();
      for (const variable of scopeManager.getDeclaredVariables(specifier)) {
        for (const reference of variable.references) members.add(getMemberKey(reference.identifier));
      }
      for (const member of members) if (bindingReachesOnce(specifier, member, target, settings)) return true;
    }
  }
  return false;
}

/** Each root's text, then every name it reads, to its declaration: in this module, or the import's export. */
function subtreesReach(roots: readonly TSESTree.Node[], walk: Walk): boolean {
  const seen = new Set<TSESTree.Node>();
  const stack = [...roots];
  while (stack.length > 0) {
    const root = stack.pop()!;
    if (seen.has(root)) continue;
    seen.add(root);
    if (mayWriteLogoutValue(walk.text.slice(root.range[0], root.range[1]), walk.settings.logoutPaths)) return true;
    let found = false;
    forEachNode(root, (node) => {
      if (found) return false;
      if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.JSXIdentifier) return true;
      if (!isReference(node)) return true;
      const variable = walk.scope.findVariable(node.name, node);
      for (const definition of variable?.defs ?? []) {
        if (definition.type === "ImportBinding") found ||= importReaches(definition, getMemberKey(node), walk.scope.crossFile ? walk.scope.file : null, walk.settings);
        else if (definition.type === "Parameter") stack.push(...((definition.node as { params?: TSESTree.Node[] }).params ?? [definition.name]));
        else if (definition.type === "Variable" && requireReaches(definition.node.init, walk)) found = true;
        else stack.push(definition.node);
      }
      return !found;
    });
    if (found) return true;
  }
  return false;
}

/** An import binding, read as `member` when given; `file` is the importing file, `null` when nothing is read across files. */
function importReaches(definition: TSESLint.Scope.Definition, member: string | null, file: string | null, settings: NextLogoutSettings): boolean {
  const declaration = definition.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === "type") return false;
  // An installed package is never read: the name the file uses for it was in the text already tested.
  const target = file !== null ? resolveImport(declaration.source.value, file) : null;
  // Nothing the import reaches writes a logout path or name: no need to parse and walk it.
  if (target === null || !mayReachLogoutValue(target, settings)) return false;
  return bindingReaches(definition.node as TSESTree.ImportClause, member, target, settings);
}

// What files read of their imports, answered for the next files that read the same: `bindingReaches` asks the module
// cache, which must check that the files it read are current; within FRESHNESS_MS an answer stands, as files do.
type BindingAnswers = Map<string, { value: boolean; at: number }>;
let bindingAnswers = new WeakMap<NextLogoutSettings, Map<string, BindingAnswers>>();
onProjectModelReset(() => {
  bindingAnswers = new WeakMap();
});

/** {@link bindingReaches} for a value specifier, answered once per module, name and member. */
function bindingReachesOnce(specifier: TSESTree.ImportClause, member: string | null, target: string, settings: NextLogoutSettings): boolean {
  let byTarget = bindingAnswers.get(settings);
  if (!byTarget) bindingAnswers.set(settings, (byTarget = new Map()));
  let answers = byTarget.get(target);
  if (!answers) byTarget.set(target, (answers = new Map()));
  const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(specifier) : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ? "default" : "*";
  const key = `${imported}\0${member ?? ""}`;
  const now = Date.now();
  const known = answers.get(key);
  if (known && now - known.at < FRESHNESS_MS) return known.value;
  const value = bindingReaches(specifier, member, target, settings);
  answers.set(key, { value, at: now });
  return value;
}

/** What one import specifier of `target` binds, read as `member` when given. */
function bindingReaches(specifier: TSESTree.ImportClause, member: string | null, target: string, settings: NextLogoutSettings): boolean {
  if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === "type") return false;
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
    return member === null ? mayReachLogoutText(target, settings) : exportReaches(target, member, null, settings);
  }
  const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(specifier) : "default";
  return exportReaches(target, imported, member, settings);
}

/** `const { menu } = require("@/data/menu")`: whether the required project module may write a logout value at all. */
function requireReaches(init: TSESTree.Expression | null, walk: Walk): boolean {
  const required = init ? getRequire(init) : null;
  const { file } = walk.scope;
  const target = required && walk.scope.crossFile && file !== null ? resolveImport(required.source, file) : null;
  return target !== null && mayReachLogoutText(target, walk.settings);
}

const valueKeyPrefixes = new WeakMap<NextLogoutSettings, string>();

function getValueKeyPrefix(settings: NextLogoutSettings): string {
  let prefix = valueKeyPrefixes.get(settings);
  if (prefix === undefined) valueKeyPrefixes.set(settings, (prefix = `logout-value\0${settings.logoutPaths?.join("\0") ?? ""}\0`));
  return prefix;
}

/** Whether an export (one member of it, when given) reads a logout value: kept with the files it read. */
function exportReaches(file: string, name: string, member: string | null, settings: NextLogoutSettings): boolean {
  const key = `${getValueKeyPrefix(settings)}${name}\0${member ?? ""}`;
  return (
    deriveFromFile(
      file,
      key,
      () => {
        if (depth >= MAX_DEPTH) {
          markIncomplete();
          return true;
        }
        depth++;
        try {
          return computeExportReach(file, name, member, settings);
        } finally {
          depth--;
        }
      },
      false,
    ) ?? false
  );
}

function computeExportReach(file: string, name: string, member: string | null, settings: NextLogoutSettings): boolean {
  const scope = getModuleScope(file);
  // A module the analysis can't parse gives it no value either.
  const resolved = scope?.resolveExport(name);
  if (!resolved) return false;
  const owner = resolved.scope;
  const ownerFile = owner.file;
  if (!(owner instanceof ModuleScope) || ownerFile === null) return true;
  const statement = getTopLevelStatement(resolved.node);
  if (statement === null) return mayReachLogoutText(ownerFile, settings);
  const text = readModuleText(ownerFile);
  if (text === null) return true;
  const roots = (member !== null && !resolved.external ? getMemberNodes(resolved.node, member) : null) ?? [statement];
  return subtreesReach(roots, { scope: owner, text, settings });
}

/** The statement of the module's body a node is in; `null` for the module itself. */
function getTopLevelStatement(node: TSESTree.Node): TSESTree.Node | null {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current.type === AST_NODE_TYPES.Program ? null : current;
}

/**
 * The parts of an object literal or class that `value.member` reads: its properties, or its static members, of
 * that name. `null` (read it all) when a spread, a computed key, a superclass or `this` could bring in others.
 */
function getMemberNodes(value: TSESTree.Node, member: string): TSESTree.Node[] | null {
  const container = skipTypeAssertions(value);
  let parts: TSESTree.Node[] = [];
  if (container.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of container.properties) {
      if (property.type !== AST_NODE_TYPES.Property) return null;
      const key = getStaticKey(property.key, property.computed);
      if (key === null) return null;
      if (key === member) parts.push(property);
    }
  } else if (container.type === AST_NODE_TYPES.ClassDeclaration || container.type === AST_NODE_TYPES.ClassExpression) {
    if (container.superClass) return null;
    for (const element of container.body.body) {
      if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
      const key = getStaticKey(element.key, element.computed);
      if (key === null) return null;
      if (key === member && element.static) parts.push(element);
    }
  } else {
    return null;
  }
  if (parts.length === 0) return null;
  for (const part of parts) {
    let readsThis = false;
    forEachNode(part, (node) => {
      if (node.type === AST_NODE_TYPES.ThisExpression || node.type === AST_NODE_TYPES.Super) readsThis = true;
      return !readsThis;
    });
    if (readsThis) parts = [];
  }
  return parts.length > 0 ? parts : null;
}

/** A name that stands for a variable here: not a property's key, a member's name or an attribute's name. */
function isReference(node: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node || parent.computed;
    case AST_NODE_TYPES.JSXMemberExpression:
      return parent.object === node;
    case AST_NODE_TYPES.Property:
      return parent.key !== node || parent.computed || parent.shorthand;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.key !== node || parent.computed;
    case AST_NODE_TYPES.JSXAttribute:
    case AST_NODE_TYPES.JSXClosingElement:
      return false;
    default:
      return true;
  }
}

/** `ROUTES` in `ROUTES.settings` or `UrlService.area(…)`, `UI` in `<UI.Link>`: the member read, by name. */
function getMemberKey(node: TSESTree.Identifier | TSESTree.JSXIdentifier): string | null {
  const { parent } = node;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) return getStaticKey(parent.property, parent.computed);
  if (parent?.type === AST_NODE_TYPES.JSXMemberExpression && parent.object === node) return parent.property.name;
  return null;
}

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getBoundNames } from "../js/ast.ts";
import { createVariableFinder, type FindVariable } from "../js/bindings.ts";
import { getImportedName } from "../js/imports.ts";
import { getContainerProperty, resolveContainer, type ScopedNode, type ValueScope } from "../urls/value-scope.ts";
import { deriveFromFile, getProjectModule, readModuleText, type ProjectModule } from "./module-cache.ts";
import { resolveImport } from "./module-resolver.ts";

type Variable = TSESLint.Scope.Variable;

/** What one export of a module is made of, read from its export statements. */
type ExportEntry =
  | { kind: "local"; name: string }
  | { kind: "node"; node: TSESTree.Node }
  | { kind: "reexport"; source: string; imported: string };

interface ExportIndex {
  named: Map<string, ExportEntry>;
  /** `export * from "…"` sources, in order. */
  stars: string[];
}


const destructuring = new Set<TSESTree.VariableDeclarator>();

/**
 * The names of one module, for evaluating its values: the file being linted (ESLint's scopes) or another project
 * module (parsed by the project model). An import resolves into the module it names, when `crossFile` allows and
 * the specifier is a project file; otherwise it is an {@link ScopedNode.external} binding.
 */
export class ModuleScope implements ValueScope {
  private exportIndex: ExportIndex | null = null;
  private readonly importCache = new Map<TSESTree.Node, ScopedNode | null>();

  constructor(
    readonly file: string | null,
    readonly program: TSESTree.Program,
    readonly findVariable: FindVariable,
    private readonly topLevel: () => TSESLint.Scope.Scope | null,
    readonly crossFile: boolean,
    /** The file ESLint is linting (its text may be newer than the disk's): never read through the module cache. */
    readonly isLintedFile: boolean,
  ) {}

  resolve(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): ScopedNode | null {
    return this.resolveVariable(this.findVariable(identifier.name, identifier), this);
  }

  /** What a variable stands for; nodes of this module come back in `self` (a {@link BoundScope} over this one). */
  resolveVariable(variable: Variable | null, self: ValueScope): ScopedNode | null {
    const [definition, ...others] = variable?.defs ?? [];
    if (!definition || others.length > 0) return null;
    switch (definition.type) {
      case "Variable":
        return this.resolveDeclarator(definition.node, definition.name, definition.parent, self);
      case "FunctionName":
      case "ClassName":
      case "TSEnumName":
        return { node: definition.node, scope: self };
      case "ImportBinding": {
        const declaration = definition.parent;
        const specifier = definition.node;
        if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return null;
        if (declaration.importKind === "type" || (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === "type")) return null;
        const imported =
          specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(specifier) : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ? "default" : "*";
        // The linted file asks about its imports again and again; other modules' answers are cached per export.
        if (!this.isLintedFile) return this.resolveFromModule(declaration.source.value, imported, specifier);
        let resolved = this.importCache.get(specifier);
        if (resolved === undefined) this.importCache.set(specifier, (resolved = this.resolveFromModule(declaration.source.value, imported, specifier)));
        return resolved;
      }
      default:
        return null;
    }
  }

  resolveAssignments(identifier: TSESTree.Identifier): ScopedNode[] | null {
    return this.resolveAssignmentsOf(this.findVariable(identifier.name, identifier), this);
  }

  /** Every value a `let`/`var` is given, in `self`; `null` for a const, a parameter, or a write that isn't `=`. */
  resolveAssignmentsOf(variable: Variable | null, self: ValueScope): ScopedNode[] | null {
    const [definition, ...others] = variable?.defs ?? [];
    if (!variable || others.length > 0 || definition?.type !== "Variable") return null;
    const declarator = definition.node;
    if (definition.parent?.kind === "const" || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
    const values: ScopedNode[] = [];
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const assignment = reference.identifier.parent;
      if (reference.init) {
        if (declarator.init) values.push({ node: declarator.init, scope: self });
      } else if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === "=" && assignment.left === reference.identifier) {
        values.push({ node: assignment.right, scope: self });
      } else {
        return null;
      }
    }
    return values;
  }

  /** An export of the module, re-exports followed; cached with the files it read (a cycle resolves to `null`). */
  resolveExport(name: string): ScopedNode | null {
    if (this.isLintedFile || this.file === null) return this.findExport(name);
    return deriveFromFile(this.file, `export:${name}`, () => this.findExport(name), null) ?? null;
  }

  /** A top-level variable of the module by name (what `export { name }` exports). */
  getTopLevelVariable(name: string): Variable | null {
    return this.topLevel()?.set.get(name) ?? null;
  }

  private resolveDeclarator(
    declarator: TSESTree.VariableDeclarator,
    name: TSESTree.Identifier,
    declaration: TSESTree.VariableDeclaration | null,
    self: ValueScope,
  ): ScopedNode | null {
    if (declaration?.kind !== "const" || !declarator.init) return null;
    const required = getRequire(declarator.init);
    if (required) return this.resolveRequire(required, declarator, name);
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return { node: declarator.init, scope: self };
    // `const { logout } = ROUTES`: the property the pattern reads, where the object is known. Otherwise the
    // pattern's property itself, so `const { Link } = createNavigation(routing)` can still be recognized.
    const path = getPatternPath(declarator.id, name);
    // `const { a } = a` reads itself: the guard keeps such code from recursing without end.
    if (destructuring.has(declarator)) return null;
    destructuring.add(declarator);
    let value: ScopedNode | null = { node: declarator.init, scope: self };
    try {
      for (const key of path ?? []) {
        const container = resolveContainer(value);
        value = container ? getContainerProperty(container, key) : null;
      }
    } finally {
      destructuring.delete(declarator);
    }
    const property = path?.length === 1 ? name.parent : null;
    return value ?? (property?.type === AST_NODE_TYPES.Property || property?.type === AST_NODE_TYPES.AssignmentPattern ? { node: property, scope: self } : null);
  }

  /**
   * `const X = require("m")` (the module; `next/link`'s is its Link), `require("m").default`, and
   * `const { a, b: c } = require("m")`: resolved as the imports they stand for.
   */
  private resolveRequire(required: { source: string; member: string | null }, declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): ScopedNode | null {
    const { source, member } = required;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      const imported = member ?? (source === "next/link" ? "default" : "*");
      return this.resolveFromModule(source, imported, declarator);
    }
    const path = member === null ? getPatternPath(declarator.id, name) : null;
    const [first, ...rest] = path ?? [];
    if (first === undefined) return null;
    let value = this.resolveFromModule(source, first, declarator);
    for (const key of rest) {
      const container = value && !value.external ? resolveContainer(value) : null;
      value = container ? getContainerProperty(container, key) : null;
    }
    return value;
  }

  private resolveFromModule(source: string, imported: string, node: TSESTree.Node): ScopedNode | null {
    const target = this.crossFile && this.file !== null ? resolveImport(source, this.file) : null;
    const targetScope = target === null ? null : getModuleScope(target);
    if (!targetScope) return { node, scope: this, external: { source, name: imported } };
    return imported === "*" ? { node: targetScope.program, scope: targetScope } : targetScope.resolveExport(imported);
  }

  private findExport(name: string): ScopedNode | null {
    const index = (this.exportIndex ??= readExportIndex(this.program));
    const entry = index.named.get(name);
    if (entry?.kind === "local") return this.resolveVariable(this.getTopLevelVariable(entry.name), this);
    if (entry?.kind === "node") return { node: entry.node, scope: this };
    if (entry?.kind === "reexport") return this.resolveFromModule(entry.source, entry.imported, this.program);
    if (name === "default" || !this.file || !this.crossFile) return null;
    const mention = new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`);
    for (const source of index.stars) {
      const target = resolveImport(source, this.file);
      // Most star re-exports of a barrel don't hold the name: a look at the text spares parsing them.
      if (!target || !mention.test(readModuleText(target) ?? "")) continue;
      const found = getModuleScope(target)?.resolveExport(name);
      if (found) return found;
    }
    return null;
  }
}

/** A bound name's value (`null`: none was given), and what to tell when something reads it. */
export interface Binding {
  value: ScopedNode | null;
  onRead?: () => void;
}

/**
 * A module scope with some names bound to values: a component's props to the attributes of the element that
 * renders it, a `.map` callback's item to one element of the array. A binding's `onRead` tells the caller that a
 * result depends on what it bound.
 */
export class BoundScope implements ValueScope {
  constructor(
    readonly base: ModuleScope,
    readonly bindings: ReadonlyMap<Variable, Binding>,
  ) {}

  get file(): string | null {
    return this.base.file;
  }

  resolve(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): ScopedNode | null {
    const variable = this.base.findVariable(identifier.name, identifier);
    const bound = variable ? this.bindings.get(variable) : undefined;
    if (!bound) return this.base.resolveVariable(variable, this);
    bound.onRead?.();
    return bound.value;
  }

  resolveExport(name: string): ScopedNode | null {
    return this.base.resolveExport(name);
  }

  resolveAssignments(identifier: TSESTree.Identifier): ScopedNode[] | null {
    const variable = this.base.findVariable(identifier.name, identifier);
    return variable && this.bindings.has(variable) ? null : this.base.resolveAssignmentsOf(variable, this);
  }

  /** Whether a name is one of the bound ones (then `resolve` gives its bound value, `null` when none was given). */
  isBound(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
    const variable = this.base.findVariable(identifier.name, identifier);
    return variable !== null && this.bindings.has(variable);
  }

  with(more: ReadonlyMap<Variable, Binding>): BoundScope {
    return new BoundScope(this.base, new Map([...this.bindings, ...more]));
  }
}

/** The scope of the file being linted: ESLint's own scopes, imports followed when `crossFile` is on. */
export function createFileScope(sourceCode: Readonly<TSESLint.SourceCode>, filename: string | null, crossFile: boolean): ModuleScope {
  const findVariable = createVariableFinder(sourceCode);
  const topLevel = () => getTopLevelScope(sourceCode.scopeManager?.globalScope ?? null);
  return new ModuleScope(filename, sourceCode.ast, findVariable, topLevel, crossFile, true);
}

/** The scope of another project module, cached with it; `null` when it can't be read or parsed. */
export function getModuleScope(file: string): ModuleScope | null {
  return deriveFromFile(file, "scope", () => createProjectModuleScope(getProjectModule(file)), null) ?? null;
}

function createProjectModuleScope(module: ProjectModule | null): ModuleScope | null {
  if (!module) return null;
  const { scopeManager, program } = module;
  const findVariable: FindVariable = (name, at) => {
    for (let scope = getInnermostScope(scopeManager, at); scope; scope = scope.upper) {
      const variable = scope.set.get(name);
      if (variable && variable.isValueVariable !== false) return variable;
    }
    return null;
  };
  return new ModuleScope(module.file, program, findVariable, () => getTopLevelScope(scopeManager.globalScope), true, false);
}

/** ESLint's `SourceCode#getScope`, for a module ESLint isn't linting. */
function getInnermostScope(scopeManager: TSESLint.Scope.ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope | null {
  const inner = node.type !== AST_NODE_TYPES.Program;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopeManager.acquire(current, inner);
    if (scope) return scope.type === "function-expression-name" ? (scope.childScopes[0] ?? scope) : scope;
  }
  return scopeManager.globalScope;
}

function getTopLevelScope(globalScope: TSESLint.Scope.Scope | null): TSESLint.Scope.Scope | null {
  return globalScope?.childScopes.find((scope) => scope.type === "module") ?? globalScope;
}

/** `require("m")` and `require("m").name` (`require("next/link").default`), with one string argument. */
export function getRequire(init: TSESTree.Expression): { source: string; member: string | null } | null {
  let node = init;
  let member: string | null = null;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    member = node.property.name;
    node = node.object;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== "require") return null;
  const [argument] = node.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" && node.arguments.length === 1 ? { source: argument.value, member } : null;
}

/** The keys from a destructuring pattern down to one of its names: `["auth", "logout"]` for `{ auth: { logout } }`. */
function getPatternPath(pattern: TSESTree.Node, name: TSESTree.Identifier): string[] | null {
  if (pattern === name) return [];
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return getPatternPath(pattern.left, name);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : null;
    const rest = key === null ? null : getPatternPath(property.value, name);
    if (rest) return [key!, ...rest];
  }
  return null;
}

function readExportIndex(program: TSESTree.Program): ExportIndex {
  const index: ExportIndex = { named: new Map(), stars: [] };
  const add = (name: string, entry: ExportEntry) => {
    if (!index.named.has(name)) index.named.set(name, entry);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      if (statement.exportKind === "type") continue;
      if (statement.exported) add(nameOf(statement.exported), { kind: "reexport", source: statement.source.value, imported: "*" });
      else index.stars.push(statement.source.value);
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      const id = "id" in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier ? declaration.id : null;
      if (declaration.type === AST_NODE_TYPES.Identifier) add("default", { kind: "local", name: declaration.name });
      else if (id) add("default", { kind: "local", name: id.name });
      else add("default", { kind: "node", node: declaration });
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.exportKind !== "type") {
      const { declaration, source } = statement;
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === "type") continue;
        const local = nameOf(specifier.local);
        const exported = nameOf(specifier.exported);
        add(exported, source ? { kind: "reexport", source: source.value, imported: local } : { kind: "local", name: local });
      }
      for (const name of declaration ? getDeclaredNames(declaration) : []) add(name, { kind: "local", name });
    }
  }
  return index;
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function getDeclaredNames(declaration: TSESTree.NamedExportDeclarations): string[] {
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) return declaration.declarations.flatMap((declarator) => getBoundNames(declarator.id));
  return "id" in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier ? [declaration.id.name] : [];
}


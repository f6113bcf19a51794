import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "./ast.ts";

/** Finds what a same-module `const` identifier was initialized with; `null` when it isn't one. */
export type ResolveConst = (identifier: TSESTree.Identifier) => TSESTree.Expression | null;

/** Where a name used at some node was declared, as far as the analyses need to know. */
export type Binding =
  | { type: "variable"; declarator: TSESTree.VariableDeclarator; kind: TSESTree.VariableDeclaration["kind"] }
  | { type: "import"; declaration: TSESTree.ImportDeclaration; specifier: TSESTree.ImportClause };

/** Resolves a name as seen from a node; `null` for globals, parameters, functions and anything declared twice. */
export type ResolveBinding = (name: string, at: TSESTree.Node) => Binding | null;

/** The value variable a name refers to where a node uses it; `null` when nothing declares it (a global). */
export type FindVariable = (name: string, at: TSESTree.Node) => TSESLint.Scope.Variable | null;

export function createVariableFinder(sourceCode: Readonly<TSESLint.SourceCode>): FindVariable {
  return (name, at) => {
    let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at);
    while (scope) {
      const variable = scope.set.get(name);
      // Type-only bindings (`type Response = …`, `import type`) leave the value binding outside in view.
      // (eslint-scope, under espree, has no `isValueVariable`: every variable there is a value.)
      if (variable && variable.isValueVariable !== false) return variable;
      scope = scope.upper;
    }
    return null;
  };
}

/**
 * Whether a name refers to the environment's own global (`document`, `fetch`, `globalThis`): nothing in the file
 * declares it. Globals from the lint config (`globals.browser`) have a variable but no declaration.
 */
export function isGlobalReference(name: string, at: TSESTree.Node, findVariable: FindVariable): boolean {
  const variable = findVariable(name, at);
  return variable === null || variable.defs.length === 0;
}

const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(["window", "globalThis", "self"]);

/** `name`, `window.name`, `globalThis.name` or `self.name`, where the file declares none of these globals itself. */
export function isBrowserGlobal(node: TSESTree.Node, name: string, findVariable: FindVariable): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === name && isGlobalReference(name, node, findVariable);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    getPropertyName(node) === name &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    GLOBAL_OBJECTS.has(node.object.name) &&
    isGlobalReference(node.object.name, node.object, findVariable)
  );
}

export function createBindingResolver(sourceCode: Readonly<TSESLint.SourceCode>): ResolveBinding {
  return bindingResolverOver(createVariableFinder(sourceCode));
}

function bindingResolverOver(findVariable: FindVariable): ResolveBinding {
  return (name, at) => {
    const variable = findVariable(name, at);
    return variable ? toBinding(variable) : null;
  };
}

/** The three views of a file's scopes the client analyses use, over one variable finder. */
export interface SourceResolvers {
  /** Whether a name is declared at all: `document`, `window` or `fetch` must be the environment's globals. */
  findVariable: FindVariable;
  resolveBinding: ResolveBinding;
  resolveConst: ResolveConst;
}

export function createSourceResolvers(sourceCode: Readonly<TSESLint.SourceCode>): SourceResolvers {
  return createResolversOver(createVariableFinder(sourceCode));
}

/** The same three views over any variable finder: another module's, parsed by the project model. */
export function createResolversOver(findVariable: FindVariable): SourceResolvers {
  const resolveBinding = bindingResolverOver(findVariable);
  return { findVariable, resolveBinding, resolveConst: createConstResolver(resolveBinding) };
}

function toBinding(variable: TSESLint.Scope.Variable): Binding | null {
  const [definition, ...others] = variable.defs;
  if (!definition || others.length > 0) return null;
  if (definition.type === "Variable" && definition.parent?.type === AST_NODE_TYPES.VariableDeclaration) {
    return { type: "variable", declarator: definition.node, kind: definition.parent.kind };
  }
  if (definition.type === "ImportBinding" && definition.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    const specifier = definition.node;
    if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return null;
    return { type: "import", declaration: definition.parent, specifier };
  }
  return null;
}

/** `const NAME = <init>` with a plain identifier on the left: what `href={NAME}` evaluates to. */
export function createConstResolver(resolveBinding: ResolveBinding): ResolveConst {
  return (identifier) => {
    const binding = resolveBinding(identifier.name, identifier);
    if (binding?.type !== "variable" || binding.kind !== "const") return null;
    const { id, init } = binding.declarator;
    return id.type === AST_NODE_TYPES.Identifier && id.name === identifier.name ? init : null;
  };
}

/** The const resolver an ESLint rule needs: scope-aware, for the file being linted. */
export function createSourceConstResolver(sourceCode: Readonly<TSESLint.SourceCode>): ResolveConst {
  return createConstResolver(createBindingResolver(sourceCode));
}

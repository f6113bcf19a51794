import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "./ast.ts";
import type { Binding, ResolveBinding } from "./bindings.ts";
import { getImportedName, isDefaultImport } from "./imports.ts";

export const ROUTER_MODULES: ReadonlySet<string> = new Set(["next/navigation", "next/router"]);
export const ROUTER_METHODS = ["push", "replace", "prefetch"] as const;
export type RouterMethod = (typeof ROUTER_METHODS)[number];

export interface RouterNavigation {
  method: RouterMethod;
  call: TSESTree.CallExpression;
  /** The URL argument. */
  target: TSESTree.Expression;
}

/**
 * `router.push(url)`, `useRouter().replace(url)`, `push(url)` after `const { push } = useRouter()`, and
 * `Router.prefetch(url)` on the `next/router` singleton, where `useRouter` comes from `next/navigation` or
 * `next/router` under any name (namespace imports too). `null` for every other call.
 */
export function getRouterNavigation(call: TSESTree.CallExpression, resolveBinding: ResolveBinding): RouterNavigation | null {
  const [target] = call.arguments;
  if (!target || target.type === AST_NODE_TYPES.SpreadElement) return null;
  const { callee } = call;
  let method: string | null = null;
  let isRouter = false;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    method = getPropertyName(callee);
    if (!isRouterMethod(method)) return null;
    isRouter = isRouterObject(callee.object, resolveBinding);
  } else if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(callee.name, callee);
    method = binding?.type === "variable" ? getDestructuredRouterMethod(binding.declarator, callee.name, resolveBinding) : null;
    isRouter = method !== null;
  }
  return isRouter && isRouterMethod(method) ? { method, call, target } : null;
}

function isRouterMethod(name: string | null): name is RouterMethod {
  return (ROUTER_METHODS as readonly (string | null)[]).includes(name);
}

function isRouterObject(node: TSESTree.Expression, resolveBinding: ResolveBinding): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) return isUseRouterCall(node, resolveBinding);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(node.name, node);
  if (binding?.type === "import") return isRouterSingletonImport(binding);
  const declarator = binding?.declarator;
  return (
    declarator?.id.type === AST_NODE_TYPES.Identifier &&
    declarator.init?.type === AST_NODE_TYPES.CallExpression &&
    isUseRouterCall(declarator.init, resolveBinding)
  );
}

/** `const { push: go } = useRouter()` makes `go` the router's `push`. */
function getDestructuredRouterMethod(
  declarator: TSESTree.VariableDeclarator,
  localName: string,
  resolveBinding: ResolveBinding,
): string | null {
  const { id, init } = declarator;
  if (id.type !== AST_NODE_TYPES.ObjectPattern || init?.type !== AST_NODE_TYPES.CallExpression) return null;
  if (!isUseRouterCall(init, resolveBinding)) return null;
  for (const property of id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === localName) {
      return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
    }
  }
  return null;
}

function isUseRouterCall(call: TSESTree.CallExpression, resolveBinding: ResolveBinding): boolean {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(callee.name, callee);
    return (
      binding?.type === "import" &&
      ROUTER_MODULES.has(binding.declaration.source.value) &&
      binding.specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      getImportedName(binding.specifier) === "useRouter"
    );
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  if (getPropertyName(callee) !== "useRouter") return false;
  const binding = resolveBinding(callee.object.name, callee.object);
  return (
    binding?.type === "import" &&
    ROUTER_MODULES.has(binding.declaration.source.value) &&
    binding.specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
  );
}

function isRouterSingletonImport(binding: Extract<Binding, { type: "import" }>): boolean {
  return binding.declaration.source.value === "next/router" && isDefaultImport(binding.specifier);
}

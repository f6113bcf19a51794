import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "../js/ast.ts";
import type { Binding, ResolveBinding } from "../js/bindings.ts";
import { getImportedName, isDefaultImport } from "../js/imports.ts";

export type RouterModule = "next/navigation" | "next/router" | "next-intl";
export const ROUTER_MODULES: ReadonlySet<string> = new Set<RouterModule>(["next/navigation", "next/router"]);

/** Another `useRouter` the caller knows (next-intl's, from the project's navigation module): its router's kind. */
export type ResolveRouterHook = (callee: TSESTree.Expression) => RouterModule | null;
export const ROUTER_METHODS = ["push", "replace", "prefetch"] as const;
export type RouterMethod = (typeof ROUTER_METHODS)[number];

export interface RouterNavigation {
  method: RouterMethod;
  call: TSESTree.CallExpression;
  /** The URL argument. */
  target: TSESTree.Expression;
  /** Which router: only the App Router's (`next/navigation`) has `refresh()` here; `next-intl` wraps it. */
  module: RouterModule;
}

/**
 * `router.push(url)`, `useRouter().replace(url)`, `push(url)` after `const { push } = useRouter()`, and
 * `Router.prefetch(url)` on the `next/router` singleton, where `useRouter` comes from `next/navigation` or
 * `next/router` under any name (namespace imports too), or any other hook `resolveHook` knows. `null` for every
 * other call.
 */
export function getRouterNavigation(call: TSESTree.CallExpression, resolveBinding: ResolveBinding, resolveHook?: ResolveRouterHook): RouterNavigation | null {
  const [target] = call.arguments;
  if (!target || target.type === AST_NODE_TYPES.SpreadElement) return null;
  const { callee } = call;
  let method: string | null = null;
  let module: RouterModule | null = null;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    method = getPropertyName(callee);
    if (!isRouterMethod(method)) return null;
    module = getRouterObjectModule(callee.object, resolveBinding, resolveHook);
  } else if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(callee.name, callee);
    const destructured = binding?.type === "variable" ? getDestructuredRouterMethod(binding.declarator, callee.name, resolveBinding, resolveHook) : null;
    method = destructured?.method ?? null;
    module = destructured?.module ?? null;
  }
  return module && isRouterMethod(method) ? { method, call, target, module } : null;
}

/**
 * Whether a call can be a router navigation at all, from its callee alone: `x.push(…)`, `x.replace(…)`,
 * `x.prefetch(…)`, or a bare name when the file may destructure a router method. The rules ask this before they
 * resolve a name, which most calls never need.
 */
export function mayBeRouterNavigation(call: TSESTree.CallExpression, mayDestructureRouter: boolean): boolean {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return isRouterMethod(getPropertyName(callee));
  return callee.type === AST_NODE_TYPES.Identifier && mayDestructureRouter;
}

function isRouterMethod(name: string | null): name is RouterMethod {
  return (ROUTER_METHODS as readonly (string | null)[]).includes(name);
}

/** The router module an object is a router of: `useRouter()`, a const holding it, or next/router's singleton. */
function getRouterObjectModule(node: TSESTree.Expression, resolveBinding: ResolveBinding, resolveHook?: ResolveRouterHook): RouterModule | null {
  if (node.type === AST_NODE_TYPES.CallExpression) return getUseRouterModule(node, resolveBinding, resolveHook);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = resolveBinding(node.name, node);
  if (binding?.type === "import") return isRouterSingletonImport(binding) ? "next/router" : null;
  const declarator = binding?.declarator;
  return declarator?.id.type === AST_NODE_TYPES.Identifier && declarator.init?.type === AST_NODE_TYPES.CallExpression
    ? getUseRouterModule(declarator.init, resolveBinding, resolveHook)
    : null;
}

/** `const { push: go } = useRouter()` makes `go` the router's `push`. */
function getDestructuredRouterMethod(
  declarator: TSESTree.VariableDeclarator,
  localName: string,
  resolveBinding: ResolveBinding,
  resolveHook?: ResolveRouterHook,
): { method: string; module: RouterModule } | null {
  const method = getDestructuredKey(declarator, localName);
  const module = method !== null && declarator.init?.type === AST_NODE_TYPES.CallExpression ? getUseRouterModule(declarator.init, resolveBinding, resolveHook) : null;
  return method !== null && module ? { method, module } : null;
}

/** The key a name is destructured from, in `const { key: name } = use…Router()`; `null` for any other declaration. */
function getDestructuredKey(declarator: TSESTree.VariableDeclarator, localName: string): string | null {
  const { id, init } = declarator;
  if (id.type !== AST_NODE_TYPES.ObjectPattern || init?.type !== AST_NODE_TYPES.CallExpression) return null;
  for (const property of id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === localName) {
      return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
    }
  }
  return null;
}

/**
 * The router method a call may be, judged without resolving any hook: `x.push(…)` → `push`, and `go(…)` after
 * `const { push: go } = use…Router()` → `push`. `null` when the call can't be a router navigation.
 */
export function getRouterMethodName(call: TSESTree.CallExpression, resolveBinding: ResolveBinding): RouterMethod | null {
  const { callee } = call;
  let name: string | null = null;
  if (callee.type === AST_NODE_TYPES.MemberExpression) name = getPropertyName(callee);
  else if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(callee.name, callee);
    name = binding?.type === "variable" ? getDestructuredKey(binding.declarator, callee.name) : null;
  }
  return isRouterMethod(name) ? name : null;
}

/**
 * `next/navigation` or `next/router` when the call is their `useRouter()` (named or through a namespace import);
 * for another imported `use…Router()` (`useRouter` from the project's next-intl module, or renamed there), what
 * `resolveHook` says.
 */
function getUseRouterModule(call: TSESTree.CallExpression, resolveBinding: ResolveBinding, resolveHook?: ResolveRouterHook): RouterModule | null {
  const { callee } = call;
  let binding: Binding | null = null;
  let hookName: string | null = null;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    binding = resolveBinding(callee.name, callee);
    if (binding?.type === "import" && binding.specifier.type === AST_NODE_TYPES.ImportSpecifier) hookName = getImportedName(binding.specifier);
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    binding = resolveBinding(callee.object.name, callee.object);
    if (binding?.type === "import" && binding.specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) hookName = getPropertyName(callee);
  }
  const source = binding?.type === "import" ? binding.declaration.source.value : null;
  if (hookName === "useRouter" && (source === "next/navigation" || source === "next/router")) return source;
  // next-intl 2's locale-aware App Router.
  if (hookName === "useRouter" && source === "next-intl/client") return "next-intl";
  return hookName !== null && /^use\w*Router$/.test(hookName) && resolveHook ? resolveHook(callee) : null;
}

function isRouterSingletonImport(binding: Extract<Binding, { type: "import" }>): boolean {
  return binding.declaration.source.value === "next/router" && isDefaultImport(binding.specifier);
}

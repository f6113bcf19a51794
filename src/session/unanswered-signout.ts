import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getEnclosingFunction, getPropertyName, type FunctionNode } from "../js/ast.ts";
import type { ResolveBinding } from "../js/bindings.ts";
import { getImportedName } from "../js/imports.ts";
import { getLineIndent, type TextEdit } from "../edits/text-edit.ts";
import { getRouterNavigation } from "../links/next-router.ts";
import { hasRefreshOrFullPageLoad, isNavigationRedirect, type SignOutResolvers } from "./client-signout.ts";
import { isRequestCall, isSignOutRequest } from "./signout-request.ts";

/** A sign-out that is the last thing a click handler of the signed-in UI does: the page stays as it was. */
export interface UnansweredSignOut {
  signOut: TSESTree.CallExpression;
  /** `await signOut…;` as a statement of a block: a refresh or a page load can go on the line after it. */
  awaitedStatement: TSESTree.ExpressionStatement | null;
}

/** Props of components (`<Button>`, Radix's `<DropdownMenu.Item>`, react-aria's `<Button>`) that are user events. */
const COMPONENT_EVENT_PROPS: ReadonlySet<string> = new Set(["onClick", "onSelect", "onPress", "onPointerDown", "onMouseDown", "onKeyDown"]);

/** Elements whose own default action navigates: a click on them may load a page after the handler. */
const NAVIGATING_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "action", "formAction", "to"]);

/**
 * A request that signs out (`fetch("/api/auth/logout", { method: "POST" })`, an HTTP client's, one to a route
 * whose handler ends the session) as the last effect of an event handler (`onClick`, `onSelect`…, inline or a
 * function only ever passed to such props) that never navigates, refreshes or loads a page: the session ends on the
 * server, and nothing tells the page. No listener can hear it either, unlike a library's sign-out. `null` for
 * anything else: library sign-outs, a call whose result is used, anything after it, a `<form onSubmit>` or an
 * element with `href`/`action`, which may load a page by itself.
 */
export function findUnansweredSignOut(call: TSESTree.CallExpression, resolvers: SignOutResolvers): UnansweredSignOut | null {
  // The cheap question first: most calls are no request, and the walks below read the whole handler.
  if (!isRequestCall(call, resolvers)) return null;
  const handler = getEnclosingFunction(call);
  if (!handler) return null;
  const outer = call.parent.type === AST_NODE_TYPES.AwaitExpression || isVoid(call.parent) ? call.parent : call;
  const isArrowBody = handler.body === outer;
  const statement = outer.parent?.type === AST_NODE_TYPES.ExpressionStatement ? outer.parent : null;
  if (!isArrowBody && !(statement && nothingRunsAfter(statement, handler))) return null;
  if (!isEventHandler(handler, resolvers) || navigatesOrRefreshes(handler, resolvers.resolveBinding)) return null;
  if (!isSignOutRequest(call, resolvers)) return null;
  const awaitedStatement = statement && outer.type === AST_NODE_TYPES.AwaitExpression && statement.parent.type === AST_NODE_TYPES.BlockStatement ? statement : null;
  return { signOut: call, awaitedStatement };
}

function isVoid(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void";
}

/**
 * Whether, once `statement` completes, the handler returns with nothing else run: every statement after it, in its
 * block and in each block around it, has no effect (a bare `return;`, a function declaration), and it is in no
 * loop, no `finally` runs after it. A `catch` runs only when the sign-out failed.
 */
function nothingRunsAfter(statement: TSESTree.Statement, handler: FunctionNode): boolean {
  let current: TSESTree.Node = statement;
  while (current !== handler.body) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.BlockStatement: {
        const after = parent.body.slice(parent.body.indexOf(current as TSESTree.Statement) + 1);
        if (!after.every(isInert)) return false;
        break;
      }
      case AST_NODE_TYPES.IfStatement:
        if ((parent.test as TSESTree.Node) === current) return false;
        break;
      case AST_NODE_TYPES.TryStatement:
        if (parent.finalizer || parent.block !== current) return false;
        break;
      default:
        return false;
    }
    current = parent;
  }
  return true;
}

function isInert(statement: TSESTree.Statement): boolean {
  return (
    statement.type === AST_NODE_TYPES.EmptyStatement ||
    statement.type === AST_NODE_TYPES.FunctionDeclaration ||
    (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument === null)
  );
}

/**
 * An inline `on*` prop (`onClick={async () => …}`), or a function of the component that the file only ever
 * passes to `on*` props, directly or as the whole body of an inline arrow (`onClick={() => handleLogout()}`).
 */
function isEventHandler(fn: FunctionNode, resolvers: SignOutResolvers): boolean {
  if (isEventProp(fn)) return true;
  const name = getFunctionName(fn);
  // Another module may call an exported function and navigate after it.
  if (!name || isExported(name)) return false;
  const variable = resolvers.findVariable(name.name, name);
  const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
  return (
    reads.length > 0 &&
    reads.every(({ identifier }) => {
      if (isEventProp(identifier)) return true;
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return false;
      const arrow = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent.parent : call.parent;
      return arrow?.type === AST_NODE_TYPES.ArrowFunctionExpression && (arrow.body === call || arrow.body === call.parent) && isEventProp(arrow);
    })
  );
}

/**
 * `onClick={node}` on an element that doesn't navigate by itself. On a DOM element, any event prop but `onSubmit`
 * (it submits the form unless prevented); on a component, only the props that UI libraries fire for a user's
 * action and await nothing from: a component's own callback (`onConfirm`, `onSignOut`) may be awaited and followed
 * by a navigation inside it.
 */
function isEventProp(node: TSESTree.Node): boolean {
  const container = node.parent;
  const attribute = container?.type === AST_NODE_TYPES.JSXExpressionContainer ? container.parent : null;
  if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  const prop = attribute.name.name;
  const element = attribute.parent.name;
  const isDomElement = element.type === AST_NODE_TYPES.JSXIdentifier && /^[a-z]/.test(element.name);
  if (isDomElement ? !/^on[A-Z]/.test(prop) || prop === "onSubmit" : !COMPONENT_EVENT_PROPS.has(prop)) return false;
  return attribute.parent.attributes.every(
    (other) => other.type === AST_NODE_TYPES.JSXAttribute && !NAVIGATING_ATTRIBUTES.has(String(other.name.name)),
  );
}

function isExported(name: TSESTree.Identifier): boolean {
  const declaration = name.parent.type === AST_NODE_TYPES.VariableDeclarator ? name.parent.parent : name.parent;
  const parent = declaration?.parent;
  return parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

/** `function handleLogout`, `const handleLogout = async () => …`, `const handleLogout = useCallback(…)`. */
function getFunctionName(fn: FunctionNode): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  let holder: TSESTree.Node = fn.parent;
  if (holder.type === AST_NODE_TYPES.CallExpression && holder.callee.type === AST_NODE_TYPES.Identifier && holder.callee.name === "useCallback") holder = holder.parent;
  return holder.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier ? holder.id : null;
}

/** A router navigation, `router.refresh()`, `redirect()` or a full page load anywhere in the handler. */
function navigatesOrRefreshes(fn: FunctionNode, resolveBinding: ResolveBinding): boolean {
  if (hasRefreshOrFullPageLoad([fn])) return true;
  let found = false;
  forEachNode(fn.body, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) found = getRouterNavigation(node, resolveBinding) !== null || isNavigationRedirect(node, resolveBinding);
    return !found;
  });
  return found;
}

/**
 * `router.refresh();` (an App Router router of the component, in view where the handler runs) or else
 * `window.location.reload();` on the line after `await signOut…;`: it runs after the sign-out completed, and last,
 * as nothing ran after the sign-out before.
 */
export function getRefreshAfterSignOutEdits(source: string, statement: TSESTree.ExpressionStatement, resolvers: SignOutResolvers): { edits: TextEdit[]; router: string | null } {
  const router = findAppRouterInView(statement, resolvers);
  const semicolon = source.slice(statement.range[0], statement.range[1]).trimEnd().endsWith(";") ? ";" : "";
  const call = router ? `${router}.refresh()` : "window.location.reload()";
  // On a line of its own when the sign-out has one; else beside it (`onClick={async () => { await … }}`).
  const lineStart = source.lastIndexOf("\n", statement.range[0] - 1) + 1;
  const ownsLine = source.slice(lineStart, statement.range[0]).trim() === "";
  const text = `${ownsLine ? `\n${getLineIndent(source, statement.range[0])}` : " "}${call}${semicolon}`;
  return { edits: [{ range: [statement.range[1], statement.range[1]], text }], router };
}

/** The name of a `const router = useRouter()` (next/navigation) in a function around `node`, not shadowed there. */
function findAppRouterInView(node: TSESTree.Node, resolvers: SignOutResolvers): string | null {
  for (let fn = getEnclosingFunction(node); fn; fn = getEnclosingFunction(fn)) {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) continue;
    for (const statement of fn.body.body) {
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
      for (const declarator of statement.declarations) {
        const { id, init } = declarator;
        if (id.type !== AST_NODE_TYPES.Identifier || !isAppRouterHook(init, resolvers.resolveBinding)) continue;
        const variable = resolvers.findVariable(id.name, node);
        if (variable?.defs[0]?.node === declarator) return id.name;
      }
    }
  }
  return null;
}

function isAppRouterHook(init: TSESTree.Expression | null, resolveBinding: ResolveBinding): boolean {
  if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
  const { callee } = init;
  const base = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  if (base.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(base.name, base);
  if (binding?.type !== "import" || binding.declaration.source.value !== "next/navigation") return false;
  const { specifier } = binding;
  return callee.type === AST_NODE_TYPES.MemberExpression
    ? specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier && getPropertyName(callee) === "useRouter"
    : specifier.type === AST_NODE_TYPES.ImportSpecifier && getImportedName(specifier) === "useRouter";
}

import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getEnclosingFunction, getObjectProperty, getPropertyName, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import type { ResolveBinding } from "../js/bindings.ts";
import { getImportedName } from "../js/imports.ts";
import { getClientCookieDeletion, type ClientCookieDeletion } from "./client-cookies.ts";
import { resolveImportedFunction } from "./imported-signout.ts";
import { findLogoutFunction } from "./logout-function.ts";
import { isSessionCookieName } from "./session-cookies.ts";
import { isSignOutRequest, type RequestResolvers } from "./signout-request.ts";
import { isClerkSignOut, isServerActionCall } from "./signout-origin.ts";

export interface SignOutResolvers extends RequestResolvers {
  /** The linted file's absolute path, to read the modules it imports Server Actions from; empty when unknown. */
  filename: string;
  /** The `sessionCookies` setting: no-client-cookie-deletion reports a client deletion of one of these. */
  sessionCookies: readonly string[] | undefined;
  /** Cookies the app's browser code manages (`*` patterns): deleting one signs out, and no other rule reports it. */
  clientSessionCookies: readonly string[];
}

export interface SignOutBeforeNavigation {
  /** The first sign-out call before the navigation; `null` when only a cookie deletion signs out. */
  signOut: TSESTree.CallExpression | null;
  /** The first client deletion of a cookie in `clientSessionCookies` before the navigation: a sign-out too. */
  cookieSignOut: ClientCookieDeletion | null;
  /**
   * A client cookie deletion before the navigation that no-client-cookie-deletion reports (a session cookie, or
   * any cookie in a function that clearly logs out, that `clientSessionCookies` doesn't name): that rule's
   * suggestion rewrites this navigation with it.
   */
  reportedDeletion: ClientCookieDeletion | null;
  /** The functions that run around the navigation: where a `router.refresh()` or a full page load would be. */
  functions: FunctionNode[];
}

const PROMISE_METHODS: ReadonlySet<string> = new Set(["then", "catch", "finally"]);
const LOCATION_METHODS: ReadonlySet<string> = new Set(["assign", "replace", "reload"]);

/**
 * Whether a call signs out in the browser and leaves navigation to its caller: `supabase.auth.signOut()`,
 * better-auth's `authClient.signOut()`, Firebase's `signOut(auth)`, next-auth/react's `signOut({ redirect: false })`
 * (without `redirect: false` it navigates by itself), a request that signs out (signout-request.ts), and a function
 * of this file or of an imported project module that does one of these and neither refreshes nor loads a page
 * itself. Clerk's `signOut()` from `@clerk/nextjs` refreshes the router itself, and a Server Action's response
 * renders the layouts anew: neither counts.
 */
export function isClientSignOut(call: TSESTree.CallExpression, resolvers: SignOutResolvers, depth = 0): boolean {
  const { callee } = call;
  // next-auth's `signOut` under any name; other libraries' by their method name, or their imported name.
  if (isNextAuthSignOut(callee, resolvers.resolveBinding)) return hasRedirectFalse(call);
  if (getSignOutName(callee, resolvers) === "signOut") {
    if (isClerkSignOut(callee, resolvers.resolveBinding) || isServerActionCall(call, resolvers)) return false;
    // A project's own `signOut` that refreshes or loads a page itself leaves nothing stale.
    const imported = depth < MAX_HELPER_DEPTH ? resolveImportedFunction(callee, resolvers.scope) : null;
    return !imported || (!imported.isServerAction && !hasRefreshOrFullPageLoad([imported.fn]));
  }
  if (isSignOutRequest(call, resolvers)) return true;
  return depth < MAX_HELPER_DEPTH && (isSignOutHelperCall(call, resolvers, depth + 1) || isImportedSignOutHelper(call, resolvers, depth + 1));
}

/** How deep `logout()` → `signOutEverywhere()` → `authClient.signOut()` is followed, in the file and across files. */
const MAX_HELPER_DEPTH = 2;

/** The callee's method name, or the name a function was imported by (`signOut as firebaseSignOut`). */
function getSignOutName(callee: TSESTree.Expression, resolvers: SignOutResolvers): string | null {
  if (callee.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = resolvers.resolveBinding(callee.name, callee);
  return binding?.type === "import" && binding.specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(binding.specifier) : callee.name;
}

/** A function of this file whose own body signs out: `async function logout() { await authClient.signOut(); }`. */
function isSignOutHelperCall(call: TSESTree.CallExpression, resolvers: SignOutResolvers, depth: number): boolean {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolvers.findVariable(call.callee.name, call.callee);
  const [definition] = variable?.defs ?? [];
  if (variable?.defs.length !== 1 || !definition) return false;
  const helper =
    definition.type === "FunctionName"
      ? (definition.node as FunctionNode)
      : definition.type === "Variable" && (definition.node as TSESTree.VariableDeclarator).init
        ? (definition.node as TSESTree.VariableDeclarator).init
        : null;
  if (!helper || !isFunctionNode(helper) || helper === getEnclosingFunction(call)) return false;
  return signsOutInBody(helper, resolvers, depth);
}

/**
 * A function imported from another module of the project whose body signs out (`import { logout } from
 * "@/lib/auth-client"`), read through the project model. A Server Action (a `"use server"` module's export) is
 * none: its response renders the layouts anew.
 */
function isImportedSignOutHelper(call: TSESTree.CallExpression, resolvers: SignOutResolvers, depth: number): boolean {
  const imported = resolveImportedFunction(call.callee, resolvers.scope);
  if (!imported || imported.isServerAction) return false;
  const moduleResolvers: SignOutResolvers = { ...resolvers, ...imported.resolvers, scope: imported.scope, filename: imported.scope.file ?? "" };
  return signsOutInBody(imported.fn, moduleResolvers, depth);
}

/** Whether a helper's own body (nested functions aside) signs out, and it neither refreshes nor loads a page itself. */
function signsOutInBody(helper: FunctionNode, resolvers: SignOutResolvers, depth: number): boolean {
  // A helper that refreshes or loads a page itself leaves nothing stale to its caller.
  if (hasRefreshOrFullPageLoad([helper])) return false;
  let signsOut = false;
  forEachNode(helper.body, (node) => {
    if (signsOut || (node !== helper.body && isFunctionNode(node))) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && isClientSignOut(node, resolvers, depth)) signsOut = true;
    return !signsOut;
  });
  return signsOut;
}

/**
 * The sign-out a router navigation follows: one called earlier in the same function, the promise whose `.then()`
 * or `.finally()` runs the navigation (`signOut().then(() => router.push("/"))`), or the sign-out whose options
 * hold the callback (better-auth's `signOut({ fetchOptions: { onSuccess: () => router.push("/") } })`), or a client
 * deletion of a cookie the app manages in the browser (`clientSessionCookies`) earlier in the function. Also the
 * cookie deletion before it that no-client-cookie-deletion reports, if any. `null` when nothing signs out.
 */
export function findSignOutBefore(navigation: TSESTree.CallExpression, resolvers: SignOutResolvers): SignOutBeforeNavigation | null {
  const fn = getEnclosingFunction(navigation);
  if (!fn) return null;
  const chained = getPromiseSource(fn) ?? getCallbackOwner(fn);
  if (chained && isClientSignOut(chained, resolvers)) {
    const outer = getEnclosingFunction(chained);
    return { signOut: chained, cookieSignOut: null, reportedDeletion: null, functions: outer ? [fn, outer] : [fn] };
  }
  let signOut: TSESTree.CallExpression | null = null;
  let cookieSignOut: ClientCookieDeletion | null = null;
  let reportedDeletion: ClientCookieDeletion | null = null;
  let isInLogoutFunction: boolean | undefined;
  // Nested functions are skipped: their code may never run before the navigation. A deletion that
  // no-client-cookie-deletion reports counts anywhere in the function: its suggestion rewrites the whole function.
  forEachNode(fn.body, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type !== AST_NODE_TYPES.AssignmentExpression && node.type !== AST_NODE_TYPES.CallExpression) return true;
    const isBefore = node.range[1] <= navigation.range[0];
    const deletion = getClientCookieDeletion(node, resolvers);
    if (deletion) {
      if (isCookieNamed(deletion, resolvers.clientSessionCookies)) {
        if (isBefore) cookieSignOut ??= deletion;
      } else if (isCookieNamed(deletion, resolvers.sessionCookies) || (isInLogoutFunction ??= findLogoutFunction(navigation) !== null)) {
        reportedDeletion ??= deletion;
      }
    } else if (isBefore && !signOut && node.type === AST_NODE_TYPES.CallExpression && isClientSignOut(node, resolvers)) signOut = node;
    return true;
  });
  return signOut || cookieSignOut ? { signOut, cookieSignOut, reportedDeletion, functions: [fn] } : null;
}

/** A deletion of a cookie `patterns` names; the default session words when `patterns` is `undefined`. */
function isCookieNamed({ cookieName }: ClientCookieDeletion, patterns: readonly string[] | undefined): boolean {
  return cookieName !== null && isSessionCookieName(cookieName, patterns);
}

/** `router.refresh()` (or a destructured `refresh()`), or a full page load through `location`. */
export function hasRefreshOrFullPageLoad(functions: readonly FunctionNode[]): boolean {
  let found = false;
  for (const fn of functions) {
    forEachNode(fn.body, (node) => {
      if (found) return false;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.Identifier) found = callee.name === "refresh";
        else if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const method = getPropertyName(callee);
          found = method === "refresh" || (method !== null && LOCATION_METHODS.has(method) && isLocation(callee.object));
        }
      } else if (node.type === AST_NODE_TYPES.AssignmentExpression) {
        const { left } = node;
        found = isLocation(left) || (left.type === AST_NODE_TYPES.MemberExpression && getPropertyName(left) === "href" && isLocation(left.object));
      }
      return !found;
    });
  }
  return found;
}

/** `location`, `window.location`, `document.location`, `globalThis.location`. */
function isLocation(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === "location";
  return node.type === AST_NODE_TYPES.MemberExpression && getPropertyName(node) === "location";
}

function isNextAuthSignOut(callee: TSESTree.Expression, resolveBinding: ResolveBinding): boolean {
  const base = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  if (base.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(base.name, base);
  if (binding?.type !== "import" || binding.declaration.source.value !== "next-auth/react") return false;
  const { specifier } = binding;
  return callee.type === AST_NODE_TYPES.MemberExpression
    ? specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier && getPropertyName(callee) === "signOut"
    : specifier.type === AST_NODE_TYPES.ImportSpecifier && getImportedName(specifier) === "signOut";
}

function hasRedirectFalse(call: TSESTree.CallExpression): boolean {
  const [options] = call.arguments;
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const redirect = getObjectProperty(options, "redirect");
  return redirect?.type === AST_NODE_TYPES.Literal && redirect.value === false;
}

/**
 * `x.then(fn)`, `x.then(a).finally(fn)`…: the call the chain starts from, when `fn` runs after it succeeded.
 * `.catch(fn)` and `.then(a, fn)` run when it failed.
 */
function getPromiseSource(fn: FunctionNode): TSESTree.CallExpression | null {
  let current: TSESTree.Node = fn.parent;
  if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(current.callee);
  const runsOnSuccess = (method === "then" && current.arguments[0] === fn) || (method === "finally" && current.arguments[0] === fn);
  if (!runsOnSuccess) return null;
  let source: TSESTree.Node = current;
  while (source.type === AST_NODE_TYPES.CallExpression && source.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(source.callee);
    if (method === null || !PROMISE_METHODS.has(method)) break;
    source = source.callee.object;
  }
  current = source;
  if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
  return current !== fn.parent && current.type === AST_NODE_TYPES.CallExpression ? current : null;
}

/** The call whose options object (at any depth) holds `fn`: `signOut({ fetchOptions: { onSuccess: fn } })`. */
function getCallbackOwner(fn: FunctionNode): TSESTree.CallExpression | null {
  let current: TSESTree.Node = fn;
  while (current.parent?.type === AST_NODE_TYPES.Property && current.parent.value === current && current.parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    current = current.parent.parent;
  }
  const call = current.parent;
  return current !== fn && call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(current as TSESTree.CallExpressionArgument) ? call : null;
}


const NAVIGATION_REDIRECTS: ReadonlySet<string> = new Set(["redirect", "permanentRedirect"]);

/** `redirect(url)` or `permanentRedirect(url)` from `next/navigation`, under any name or on a namespace import. */
export function isNavigationRedirect(call: TSESTree.CallExpression, resolveBinding: ResolveBinding): boolean {
  const { callee } = call;
  const base = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  if (base.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(base.name, base);
  if (binding?.type !== "import" || binding.declaration.source.value !== "next/navigation") return false;
  const { specifier } = binding;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(callee);
    return specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier && method !== null && NAVIGATION_REDIRECTS.has(method);
  }
  return specifier.type === AST_NODE_TYPES.ImportSpecifier && NAVIGATION_REDIRECTS.has(getImportedName(specifier));
}

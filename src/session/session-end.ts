import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getObjectProperty } from "../js/ast.ts";
import type { ResolveConst } from "../js/bindings.ts";
import { readStaticString } from "../urls/href-value.ts";
import { getImportedName, isDefaultImport } from "../js/imports.ts";
import { isExpiringCookieOptions } from "./cookie-options.ts";
import { getExpiredCookieName } from "./cookie-string.ts";
import { isSessionCookieName } from "./session-cookies.ts";

/** Local names of the imports the session analysis looks for, read once per file. */
export interface SessionImports {
  /** `cookies` from next/headers. */
  cookies: ReadonlySet<string>;
  /** `NextResponse` from next/server. */
  nextResponse: ReadonlySet<string>;
  /** `signOut` from anything but next-auth/react (Auth.js's server `signOut` from the app's auth.ts). */
  serverSignOut: ReadonlySet<string>;
  /** `getIronSession` from iron-session. */
  getIronSession: ReadonlySet<string>;
}

export interface SessionEnd {
  kind: "cookie-deletion" | "sign-out";
  node: TSESTree.Node;
  /** The deleted cookie, for deletions. */
  cookieName?: string;
}

export function collectSessionImports(program: TSESTree.Program): SessionImports {
  const found = { cookies: new Set<string>(), nextResponse: new Set<string>(), serverSignOut: new Set<string>(), getIronSession: new Set<string>() };
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === "type") continue;
    const source = statement.source.value;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || isDefaultImport(specifier)) continue;
      const imported = getImportedName(specifier);
      const local = specifier.local.name;
      if (source === "next/headers" && imported === "cookies") found.cookies.add(local);
      else if (source === "next/server" && imported === "NextResponse") found.nextResponse.add(local);
      else if (source === "iron-session" && imported === "getIronSession") found.getIronSession.add(local);
      else if (imported === "signOut" && source !== "next-auth/react") found.serverSignOut.add(local);
    }
  }
  return found;
}

interface Context {
  imports: SessionImports;
  /** Same-module consts, and the function's own `const x = …` first. */
  resolveConst: ResolveConst;
  sessionCookies: readonly string[] | undefined;
}

/**
 * Where a function ends a session: it deletes a session cookie (`cookies().delete`, `(await cookies()).delete`,
 * `jar.delete` after `const jar = await cookies()`, `res.cookies.delete` on a NextResponse, `.set(name, "")`,
 * `.set({ value: "", maxAge: 0 })`, a raw `Set-Cookie` that expires it), or calls a known sign-out API.
 */
export function findSessionEnds(
  fn: TSESTree.Node,
  imports: SessionImports,
  resolveConst: ResolveConst,
  sessionCookies: readonly string[] | undefined,
): SessionEnd[] {
  // The function's consts are read as the walk reaches them, so a use sees the const declared above it.
  const locals = new Map<string, TSESTree.Expression>();
  const resolveLocal: ResolveConst = (identifier) => locals.get(identifier.name) ?? resolveConst(identifier);
  const context: Context = { imports, resolveConst: resolveLocal, sessionCookies };
  const ends: SessionEnd[] = [];
  forEachNode(fn, (node) => {
    if (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === "const") {
      for (const { id, init } of node.declarations) {
        if (id.type === AST_NODE_TYPES.Identifier && init) locals.set(id.name, init);
      }
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const end = getCookieDeletion(node, context) ?? getSignOut(node, context);
      if (end) ends.push(end);
    } else if (node.type === AST_NODE_TYPES.Property) {
      const end = getSetCookieProperty(node, context);
      if (end) ends.push(end);
    }
  });
  return ends;
}

function getCookieDeletion(call: TSESTree.CallExpression, context: Context): SessionEnd | null {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const method = callee.property.name;
  if ((method === "set" || method === "append") && isHeadersObject(callee.object)) {
    const headerEnd = getSetCookieHeaderCall(call, context);
    if (headerEnd) return headerEnd;
  }
  if ((method !== "delete" && method !== "set") || !isCookieStore(callee.object, context.imports, context.resolveConst)) return null;
  const [first, value, options] = call.arguments;
  if (!first) return null;
  let name: string | null;
  if (first.type === AST_NODE_TYPES.ObjectExpression) {
    name = readStaticString(getObjectProperty(first, "name"), context.resolveConst);
    if (method === "set" && !isExpiringCookieObject(first, context)) return null;
  } else {
    name = readStaticString(first, context.resolveConst);
    if (method === "set" && readStaticString(value, context.resolveConst) !== "" && !(options && isExpiringCookieObject(options, context))) return null;
  }
  return name !== null && isSessionCookieName(name, context.sessionCookies)
    ? { kind: "cookie-deletion", node: call, cookieName: name }
    : null;
}

/**
 * `cookies()`, `await cookies()` (next/headers), a const holding either, or `res.cookies` where `res` is a
 * NextResponse: the objects whose `delete`/`set` change the response's cookies.
 */
export function isCookieStore(node: TSESTree.Node, imports: SessionImports, resolveConst: ResolveConst, depth = 0): boolean {
  if (depth > 4) return false;
  if (node.type === AST_NODE_TYPES.AwaitExpression) return isCookieStore(node.argument, imports, resolveConst, depth + 1);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    return node.callee.type === AST_NODE_TYPES.Identifier && imports.cookies.has(node.callee.name);
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = resolveConst(node);
    return init ? isCookieStore(init, imports, resolveConst, depth + 1) : false;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    return node.property.name === "cookies" && isNextResponse(node.object, imports, resolveConst, depth + 1);
  }
  return false;
}

function isNextResponse(node: TSESTree.Node, imports: SessionImports, resolveConst: ResolveConst, depth: number): boolean {
  if (depth > 4) return false;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = resolveConst(node);
    return init ? isNextResponse(init, imports, resolveConst, depth + 1) : false;
  }
  const callee =
    node.type === AST_NODE_TYPES.NewExpression
      ? node.callee
      : node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression
        ? node.callee.object
        : null;
  return callee?.type === AST_NODE_TYPES.Identifier && imports.nextResponse.has(callee.name);
}

/** `{ name, value: "" }`, or options that expire the cookie (`maxAge: 0`, `expires: new Date(0)`). */
function isExpiringCookieObject(node: TSESTree.Node, context: Context): boolean {
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return readStaticString(getObjectProperty(node, "value"), context.resolveConst) === "" || isExpiringCookieOptions(node);
}

function isHeadersObject(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier && node.property.name === "headers") ||
    node.type === AST_NODE_TYPES.Identifier
  );
}

/** `headers.set("Set-Cookie", "session=; Max-Age=0")`. */
function getSetCookieHeaderCall(call: TSESTree.CallExpression, context: Context): SessionEnd | null {
  const [key, value] = call.arguments;
  if (!key || readStaticString(key, context.resolveConst)?.toLowerCase() !== "set-cookie") return null;
  return getExpiredSessionCookie(value, call, context);
}

/** `{ "Set-Cookie": "session=; Max-Age=0" }` in a headers object. */
function getSetCookieProperty(property: TSESTree.Property, context: Context): SessionEnd | null {
  const key =
    property.key.type === AST_NODE_TYPES.Identifier && !property.computed ? property.key.name : readStaticString(property.key, context.resolveConst);
  return key?.toLowerCase() === "set-cookie" ? getExpiredSessionCookie(property.value, property, context) : null;
}

function getExpiredSessionCookie(value: TSESTree.Node | undefined, node: TSESTree.Node, context: Context): SessionEnd | null {
  const text = value ? readStaticString(value, context.resolveConst) : null;
  const name = text === null ? null : getExpiredCookieName(text);
  return name !== null && isSessionCookieName(name, context.sessionCookies)
    ? { kind: "cookie-deletion", node, cookieName: name }
    : null;
}

/** iron-session `session.destroy()`, Auth.js `signOut()`, `supabase.auth.signOut()`, Lucia `invalidateSession`, better-auth `auth.api.signOut`. */
function getSignOut(call: TSESTree.CallExpression, context: Context): SessionEnd | null {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const isSignOut = context.imports.serverSignOut.has(callee.name) || callee.name === "invalidateSession";
    return isSignOut ? { kind: "sign-out", node: call } : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const method = callee.property.name;
  const owner = callee.object;
  const ownerName =
    owner.type === AST_NODE_TYPES.MemberExpression && !owner.computed && owner.property.type === AST_NODE_TYPES.Identifier
      ? owner.property.name
      : null;
  const isKnown =
    (method === "destroy" && isIronSession(owner, context)) ||
    (method === "signOut" && (ownerName === "auth" || ownerName === "api")) ||
    method === "invalidateSession";
  return isKnown ? { kind: "sign-out", node: call } : null;
}

function isIronSession(node: TSESTree.Node, context: Context): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  let init: TSESTree.Node | null = context.resolveConst(node);
  if (init?.type === AST_NODE_TYPES.AwaitExpression) init = init.argument;
  return (
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    context.imports.getIronSession.has(init.callee.name)
  );
}

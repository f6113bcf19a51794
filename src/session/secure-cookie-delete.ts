import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "../js/ast.ts";
import type { ResolveConst } from "../js/bindings.ts";
import { readStaticString } from "../urls/href-value.ts";
import type { NextVersion } from "../project/next-version.ts";
import { isCookieStore, type SessionImports } from "./session-end.ts";
import { getSourceStyle, writeStringLiteral } from "../edits/source-style.ts";
import type { TextEdit } from "../edits/text-edit.ts";

/** Cookie name prefixes browsers accept only from a `Set-Cookie` that has `Secure`. */
const SECURE_PREFIX = /^__(?:Secure|Host)-/;

export interface InsecurePrefixedDelete {
  call: TSESTree.CallExpression;
  /** The `delete` of `store.delete(…)`. */
  method: TSESTree.Node;
  name: TSESTree.Expression;
  cookieName: string;
}

/**
 * `store.delete("__Secure-…")` or `store.delete("__Host-…")` on a cookie store: the string form sends a
 * `Set-Cookie` without `Secure`, which browsers ignore for these prefixes, so the cookie survives.
 */
export function getInsecurePrefixedDelete(
  call: TSESTree.CallExpression,
  imports: SessionImports,
  resolveConst: ResolveConst,
): InsecurePrefixedDelete | null {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== "delete" || call.arguments.length !== 1) {
    return null;
  }
  const [name] = call.arguments;
  if (!name || name.type === AST_NODE_TYPES.SpreadElement || name.type === AST_NODE_TYPES.ObjectExpression) return null;
  const cookieName = readStaticString(name, resolveConst);
  if (cookieName === null || !SECURE_PREFIX.test(cookieName)) return null;
  if (!isCookieStore(callee.object, imports, resolveConst)) return null;
  return { call, method: callee.property, name, cookieName };
}

/**
 * The call rewritten to send `Secure` (and `Path=/`, which `__Host-` needs): `delete({ name, path: "/", secure: true })`
 * from Next 15.5, where every option reaches the header; before that (or when the version is unknown) `delete`
 * drops `secure`, so `set(name, "", { maxAge: 0, path: "/", secure: true })`. Strings are in the file's quotes.
 */
export function getSecureDeleteEdits(source: string, found: InsecurePrefixedDelete, version: NextVersion | null): TextEdit[] {
  const name = source.slice(found.name.range[0], found.name.range[1]);
  const optionsReachHeader = version !== null && (version.major > 15 || (version.major === 15 && version.minor >= 5));
  const style = getSourceStyle(source, found.call);
  const root = writeStringLiteral("/", style);
  const text = optionsReachHeader
    ? `delete({ name: ${name}, path: ${root}, secure: true })`
    : `set(${name}, ${writeStringLiteral("", style)}, { maxAge: 0, path: ${root}, secure: true })`;
  // From the method name on: the store expression, with its parentheses and comments, stays as written.
  return [{ range: [found.method.range[0], found.call.range[1]], text }];
}

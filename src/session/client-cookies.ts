import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getObjectProperty, getPropertyName } from "../js/ast.ts";
import { isBrowserGlobal, type ResolveBinding, type SourceResolvers } from "../js/bindings.ts";
import { isExpiringCookieOptions } from "./cookie-options.ts";
import { getExpiredCookieName } from "./cookie-string.ts";
import { evaluateHref, readStaticString } from "../urls/href-value.ts";
import { getImportedName } from "../js/imports.ts";
import { UNKNOWN } from "../urls/url-shape.ts";

/** Browser cookie libraries whose deletions the analysis knows. `cookies-next/server` is left out on purpose. */
export const CLIENT_COOKIE_MODULES: ReadonlySet<string> = new Set([
  "js-cookie",
  "cookies-next",
  "cookies-next/client",
  "react-cookie",
  "universal-cookie",
]);

export interface ClientCookieDeletion {
  node: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  /** The API, as people know it: `Cookies.remove()`, `document.cookie`. */
  api: string;
  /** The deleted cookie; `null` when its name is known only at run time. */
  cookieName: string | null;
}

export type ClientCookieResolvers = SourceResolvers;

/** What a call deletes, by the library member it calls (the path after the import, `default` dropped). */
interface LibraryCall {
  module: string;
  path: string;
}

/** Library calls that delete (`remove`) or may expire (`set`) a cookie; arguments: name, then options. */
const LIBRARY_CALLS: ReadonlyMap<string, { kind: "remove" | "set"; api: string }> = new Map([
  ["js-cookie:remove", { kind: "remove", api: "Cookies.remove()" }],
  ["js-cookie:set", { kind: "set", api: "Cookies.set()" }],
  ["js-cookie:withAttributes.().remove", { kind: "remove", api: "Cookies.remove()" }],
  ["js-cookie:withAttributes.().set", { kind: "set", api: "Cookies.set()" }],
  ["cookies-next:deleteCookie", { kind: "remove", api: "deleteCookie()" }],
  ["cookies-next:setCookie", { kind: "set", api: "setCookie()" }],
  ["cookies-next:useDeleteCookie.()", { kind: "remove", api: "deleteCookie()" }],
  ["cookies-next:useSetCookie.()", { kind: "set", api: "setCookie()" }],
  ["cookies-next:useCookiesNext.().deleteCookie", { kind: "remove", api: "deleteCookie()" }],
  ["cookies-next:useCookiesNext.().setCookie", { kind: "set", api: "setCookie()" }],
  ["react-cookie:useCookies.().2", { kind: "remove", api: "removeCookie()" }],
  ["react-cookie:useCookies.().1", { kind: "set", api: "setCookie()" }],
  ["react-cookie:Cookies.new.remove", { kind: "remove", api: "Cookies.remove()" }],
  ["react-cookie:Cookies.new.set", { kind: "set", api: "Cookies.set()" }],
  ["universal-cookie:new.remove", { kind: "remove", api: "Cookies.remove()" }],
  ["universal-cookie:new.set", { kind: "set", api: "Cookies.set()" }],
]);

const MAX_DEPTH = 6;

/**
 * A cookie deletion that runs in the browser: `document.cookie = "x=; Max-Age=0"`, js-cookie's `Cookies.remove`,
 * cookies-next's `deleteCookie` (without server options), react-cookie's `removeCookie`, universal-cookie's
 * `remove`, `cookieStore.delete`, or a `set` of any of them with options that expire the cookie.
 */
export function getClientCookieDeletion(
  node: TSESTree.CallExpression | TSESTree.AssignmentExpression,
  resolvers: ClientCookieResolvers,
): ClientCookieDeletion | null {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return getDocumentCookieDeletion(node, resolvers);
  const { callee } = node;
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === "delete" && isBrowserGlobal(callee.object, "cookieStore", resolvers.findVariable)) {
    const [first] = node.arguments;
    const name = first?.type === AST_NODE_TYPES.ObjectExpression ? getObjectProperty(first, "name") : first;
    return { node, api: "cookieStore.delete()", cookieName: readStaticString(name, resolvers.resolveConst) };
  }
  const library = getLibraryCall(callee, resolvers.resolveBinding, 0);
  const known = library && LIBRARY_CALLS.get(`${library.module.replace(/\/client$/, "")}:${library.path}`);
  if (!known) return null;
  const [name, second, third] = node.arguments;
  const options = known.kind === "remove" ? second : third;
  if (library.module.startsWith("cookies-next") && options && !isClientCookiesNextOptions(options)) return null;
  if (known.kind === "set" && !isExpiringCookieOptions(options)) return null;
  return { node, api: known.api, cookieName: readStaticString(name, resolvers.resolveConst) };
}

/** `document.cookie = …` with a value that expires the cookie; the name may be built at run time. */
function getDocumentCookieDeletion(node: TSESTree.AssignmentExpression, resolvers: ClientCookieResolvers): ClientCookieDeletion | null {
  const { left, right, operator } = node;
  if (operator !== "=" || left.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(left) !== "cookie") return null;
  if (!isBrowserGlobal(left.object, "document", resolvers.findVariable)) return null;
  const value = evaluateHref(right, resolvers.resolveConst);
  if (value.form !== "string") return null;
  for (const text of value.urls) {
    const name = getExpiredCookieName(text);
    if (name !== null) return { node, api: "document.cookie", cookieName: name.includes(UNKNOWN) ? null : name };
  }
  return null;
}

/** `new Cookies()`, `new Cookies(null, options)` or `new Cookies(document.cookie)`: the browser's cookies. */
function isBrowserCookieSource(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === "undefined";
  return node.type === AST_NODE_TYPES.MemberExpression && getPropertyName(node) === "cookie" && node.object.type === AST_NODE_TYPES.Identifier && node.object.name === "document";
}

/** cookies-next runs on the server when given `{ cookies }`, `{ req, res }` or a context object it can't see into. */
function isClientCookiesNextOptions(options: TSESTree.Node): boolean {
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return !["cookies", "req", "res"].some((key) => getObjectProperty(options, key) !== undefined) &&
    options.properties.every((property) => property.type === AST_NODE_TYPES.Property);
}

/**
 * The library member an expression reaches: `Cookies.remove` is `js-cookie` + `remove`, `removeCookie` after
 * `const [, , removeCookie] = useCookies()` is `react-cookie` + `useCookies.().2`, and `cookies.remove` after
 * `const cookies = new Cookies()` is `universal-cookie` + `new.remove`. A `new Cookies(header)` reads a request's
 * cookies on the server, so only an instance of the browser's cookies counts.
 */
function getLibraryCall(node: TSESTree.Node, resolveBinding: ResolveBinding, depth: number): LibraryCall | null {
  if (depth > MAX_DEPTH) return null;
  const extend = (base: TSESTree.Node, step: string) => {
    const reached = getLibraryCall(base, resolveBinding, depth + 1);
    if (!reached || (reached.path === "" && step === "default")) return reached;
    return { module: reached.module, path: reached.path ? `${reached.path}.${step}` : step };
  };
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return getIdentifierLibraryCall(node, resolveBinding, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const property = node.computed && node.property.type === AST_NODE_TYPES.Literal ? String(node.property.value) : getPropertyName(node);
      return property === null ? null : extend(node.object, property);
    }
    case AST_NODE_TYPES.CallExpression:
      return extend(node.callee, "()");
    case AST_NODE_TYPES.NewExpression:
      return isBrowserCookieSource(node.arguments[0]) ? extend(node.callee, "new") : null;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
      return getLibraryCall(node.expression, resolveBinding, depth + 1);
    default:
      return null;
  }
}

function getIdentifierLibraryCall(node: TSESTree.Identifier, resolveBinding: ResolveBinding, depth: number): LibraryCall | null {
  const binding = resolveBinding(node.name, node);
  if (binding?.type === "import") {
    const module = binding.declaration.source.value;
    if (!CLIENT_COOKIE_MODULES.has(module)) return null;
    const { specifier } = binding;
    const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(specifier) : "";
    return { module, path: imported === "default" ? "" : imported };
  }
  if (binding?.type !== "variable" || binding.kind !== "const" || !binding.declarator.init) return null;
  const { id, init } = binding.declarator;
  const reached = getLibraryCall(init, resolveBinding, depth + 1);
  if (!reached) return null;
  const step = getPatternStep(id, node.name);
  if (step === null) return null;
  return step === "" ? reached : { module: reached.module, path: reached.path ? `${reached.path}.${step}` : step };
}

/** Where a name sits in a declaration's pattern: `""` for `const x`, `"2"` in `const [, , x]`, `"a"` in `{ a: x }`. */
function getPatternStep(id: TSESTree.BindingName, name: string): string | null {
  if (id.type === AST_NODE_TYPES.Identifier) return id.name === name ? "" : null;
  if (id.type === AST_NODE_TYPES.ArrayPattern) {
    const index = id.elements.findIndex((element) => element?.type === AST_NODE_TYPES.Identifier && element.name === name);
    return index === -1 ? null : String(index);
  }
  for (const property of id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === name) return property.key.name;
  }
  return null;
}

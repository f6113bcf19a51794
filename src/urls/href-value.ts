import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { ResolveConst } from "../js/bindings.ts";
import { formatStaticUrlObject, type StaticQuery } from "./url-object.ts";
import { getSameOriginPath, UNKNOWN } from "./url-shape.ts";
import {
  getFunctionReturns,
  getMember,
  getStaticKey,
  resolveFunction,
  skipTypeAssertions,
  type ScopedNode,
  type ValueScope,
} from "./value-scope.ts";

/**
 * What static analysis knows of an `href` (or `router.push` argument).
 * - `urls`: every URL shape it may evaluate to (see {@link UNKNOWN}).
 * - `form`: `"string"` when it surely evaluates to a string, so `<a href={…}>` can take the expression as it is;
 *   `"object"` when it is a URL object whose every part is static, so `staticUrl` can replace it;
 *   `"other"` when neither is proven.
 */
export interface HrefValue {
  urls: readonly string[];
  form: "string" | "object" | "other";
  staticUrl: string | null;
}

/** How far evaluation goes: `calls` evaluates calls of functions whose every return is one URL shape. */
export interface EvaluationOptions {
  calls?: boolean;
  /** A call the evaluation knows itself (next-intl's `getPathname`); `null` to evaluate it as usual. */
  evaluateCall?: (call: TSESTree.CallExpression, scope: ValueScope) => HrefValue | null;
}

export const UNKNOWN_VALUE: HrefValue = { urls: [UNKNOWN], form: "other", staticUrl: null };
const NOT_A_PATH: HrefValue = { urls: [], form: "other", staticUrl: null };
// Keys that make a URL object absolute: it may leave the origin, where nothing is prefetched.
const ORIGIN_KEYS = new Set(["protocol", "host", "hostname", "auth", "port", "slashes", "href"]);
const MAX_DEPTH = 8;
const MAX_URLS = 32;

export function evaluateHref(node: TSESTree.Node, resolveConst: ResolveConst): HrefValue {
  return evaluate(node, constScope(resolveConst), {}, 0);
}

/** What a node evaluates to in its own scope, across modules when the scope reads them. */
export function evaluateScoped(value: ScopedNode, options: EvaluationOptions = {}): HrefValue {
  return evaluate(value.node, value.scope, options, 0);
}

/** A string known statically (a literal, a template of known parts, a same-module const); `null` otherwise. */
export function readStaticString(node: TSESTree.Node | undefined, resolveConst: ResolveConst): string | null {
  if (!node) return null;
  const value = evaluate(node, constScope(resolveConst), {}, 0);
  return value.form === "string" ? value.staticUrl : null;
}

/** The scope of a same-module const resolver: names resolve to `const` initializers, nothing else. */
function constScope(resolveConst: ResolveConst): ValueScope {
  const scope: ValueScope = {
    file: null,
    resolve: (identifier) => {
      const init = identifier.type === AST_NODE_TYPES.Identifier ? resolveConst(identifier) : null;
      return init ? { node: init, scope } : null;
    },
    resolveExport: () => null,
  };
  return scope;
}

function evaluate(node: TSESTree.Node, scope: ValueScope, options: EvaluationOptions, depth: number): HrefValue {
  if (depth > MAX_DEPTH) return UNKNOWN_VALUE;
  const next = (child: TSESTree.Node, childScope = scope) => evaluate(child, childScope, options, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === "string" ? stringValue(node.value) : NOT_A_PATH;
    case AST_NODE_TYPES.TemplateLiteral:
      return evaluateTemplate(node, next);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === "+" ? concatenate(next(node.left), next(node.right)) : UNKNOWN_VALUE;
    case AST_NODE_TYPES.ConditionalExpression:
      return union(next(node.consequent), next(node.alternate));
    case AST_NODE_TYPES.LogicalExpression: {
      const right = next(node.right);
      // `a && "/logout"` may also be `false`, which no `<a href>` takes as it is.
      if (node.operator === "&&") return { urls: right.urls, form: "other", staticUrl: null };
      return union(next(node.left), right);
    }
    case AST_NODE_TYPES.Identifier: {
      const resolved = scope.resolve(node);
      return resolved && !resolved.external ? next(resolved.node, resolved.scope) : UNKNOWN_VALUE;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const value = getMember(node, scope);
      return value ? next(value.node, value.scope) : UNKNOWN_VALUE;
    }
    case AST_NODE_TYPES.ObjectExpression:
      return evaluateUrlObject(node, scope, next);
    case AST_NODE_TYPES.CallExpression:
      return evaluateCall(node, scope, options, next);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.ChainExpression:
      return evaluate(skipTypeAssertions(node), scope, options, depth);
    default:
      return UNKNOWN_VALUE;
  }
}

type Evaluate = (node: TSESTree.Node, scope?: ValueScope) => HrefValue;

/**
 * A call of a function (same module or imported, an object's method, a class's static method) whose every return
 * is a URL on one same-origin path: `/api/auth/logout` and `` `/api/auth/logout?${params}` `` alike. Anything
 * else is unknown, so a `getUrl(kind)` that returns several paths never counts as any one of them.
 */
function evaluateCall(call: TSESTree.CallExpression, scope: ValueScope, options: EvaluationOptions, next: Evaluate): HrefValue {
  const known = options.evaluateCall?.(call, scope);
  if (known) return known;
  if (!options.calls) return UNKNOWN_VALUE;
  const fn = resolveFunction({ node: call.callee, scope });
  const returns = fn ? getFunctionReturns(fn.node) : null;
  if (!fn || !returns) return UNKNOWN_VALUE;
  const values = returns.map((value) => next(value, fn.scope));
  const paths = new Set(values.flatMap((value) => value.urls.map((url) => getSameOriginPath(url))));
  const [path] = paths;
  if (paths.size !== 1 || path === null || path === undefined || path === "") return UNKNOWN_VALUE;
  return values.reduce(union);
}

function stringValue(value: string): HrefValue {
  return { urls: [value], form: "string", staticUrl: value };
}

function evaluateTemplate(node: TSESTree.TemplateLiteral, next: Evaluate): HrefValue {
  let url = node.quasis[0]?.value.cooked ?? "";
  let isStatic = true;
  node.expressions.forEach((expression, index) => {
    const part = next(expression);
    const inlined = part.form === "string" ? part.staticUrl : null;
    if (inlined === null) isStatic = false;
    url += (inlined ?? UNKNOWN) + (node.quasis[index + 1]?.value.cooked ?? "");
  });
  return { urls: [url], form: "string", staticUrl: isStatic ? url : null };
}

/** `BASE + "/logout"`: a string as soon as either side is one; every pairing of the sides' URLs, within reason. */
function concatenate(left: HrefValue, right: HrefValue): HrefValue {
  if (left.form !== "string" && right.form !== "string") return UNKNOWN_VALUE;
  const part = (side: HrefValue) => (side.form === "string" ? side.urls : [UNKNOWN]);
  const urls = part(left).flatMap((head) => part(right).map((tail) => head + tail));
  const staticUrl = left.staticUrl !== null && right.staticUrl !== null && left.form === "string" && right.form === "string"
    ? left.staticUrl + right.staticUrl
    : null;
  return { urls: urls.length <= MAX_URLS ? urls : [UNKNOWN], form: "string", staticUrl };
}

function union(left: HrefValue, right: HrefValue): HrefValue {
  const form = left.form === "string" && right.form === "string" ? "string" : "other";
  return { urls: [...left.urls, ...right.urls], form, staticUrl: null };
}

function evaluateUrlObject(node: TSESTree.ObjectExpression, scope: ValueScope, next: Evaluate): HrefValue {
  const properties = readStaticProperties(node);
  if (!properties) return UNKNOWN_VALUE;
  if ([...properties.keys()].some((key) => ORIGIN_KEYS.has(key))) return NOT_A_PATH;
  const pathnameNode = properties.get("pathname");
  const pathname = pathnameNode ? next(pathnameNode) : stringValue("");
  if (pathname.form !== "string") return { urls: pathname.urls, form: "other", staticUrl: null };

  const queryNode = properties.get("query");
  const query = queryNode ? readStaticQuery(queryNode, scope) : [];
  const search = readOptionalStaticString(properties.get("search"), next);
  const hash = readOptionalStaticString(properties.get("hash"), next);
  const hasTail = queryNode !== undefined || properties.has("search") || properties.has("hash");
  const urls = pathname.urls.map((url) => (hasTail ? `${url}?${UNKNOWN}` : url));
  if (pathname.staticUrl === null || query === null || search === null || hash === null) {
    return { urls, form: "other", staticUrl: null };
  }
  const staticUrl = formatStaticUrlObject({ pathname: pathname.staticUrl, query, search, hash });
  return { urls: [staticUrl], form: "object", staticUrl };
}

function readOptionalStaticString(node: TSESTree.Node | undefined, next: Evaluate): string | null {
  if (!node) return "";
  const value = next(node);
  return value.form === "string" ? value.staticUrl : null;
}

/** A `query` object whose keys and values are all literals; `null` otherwise. */
function readStaticQuery(node: TSESTree.Node, scope: ValueScope): StaticQuery | null {
  const object = skipTypeAssertions(node);
  const resolved = object.type === AST_NODE_TYPES.Identifier ? skipTypeAssertions(scope.resolve(object)?.node) : object;
  if (resolved?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const properties = readStaticProperties(resolved);
  if (!properties) return null;
  const query: StaticQuery = [];
  for (const [key, valueNode] of properties) {
    const values = valueNode.type === AST_NODE_TYPES.ArrayExpression ? valueNode.elements : [valueNode];
    for (const value of values) {
      const isStaticValue =
        value?.type === AST_NODE_TYPES.Literal && ["string", "number", "boolean"].includes(typeof value.value);
      if (!isStaticValue) return null;
      query.push([key, String(value.value)]);
    }
  }
  return query;
}

/** Property values by static key; `null` when a spread, method or computed key leaves the keys unknown. */
function readStaticProperties(node: TSESTree.ObjectExpression): Map<string, TSESTree.Node> | null {
  const properties = new Map<string, TSESTree.Node>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== "init" || property.method) return null;
    const key = getStaticKey(property.key, property.computed);
    if (key === null) return null;
    properties.set(key, property.value);
  }
  return properties;
}


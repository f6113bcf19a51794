import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { ResolveConst } from "../js/bindings.ts";
import { formatStaticUrlObject, type StaticQuery } from "./url-object.ts";
import { UNKNOWN } from "./url-shape.ts";

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

const UNKNOWN_VALUE: HrefValue = { urls: [UNKNOWN], form: "other", staticUrl: null };
const NOT_A_PATH: HrefValue = { urls: [], form: "other", staticUrl: null };
// Keys that make a URL object absolute: it may leave the origin, where nothing is prefetched.
const ORIGIN_KEYS = new Set(["protocol", "host", "hostname", "auth", "port", "slashes", "href"]);
const MAX_DEPTH = 8;
const MAX_URLS = 32;

export function evaluateHref(node: TSESTree.Node, resolveConst: ResolveConst): HrefValue {
  return evaluate(node, resolveConst, 0);
}

/** A string known statically (a literal, a template of known parts, a same-module const); `null` otherwise. */
export function readStaticString(node: TSESTree.Node | undefined, resolveConst: ResolveConst): string | null {
  if (!node) return null;
  const value = evaluate(node, resolveConst, 0);
  return value.form === "string" ? value.staticUrl : null;
}

function evaluate(node: TSESTree.Node, resolveConst: ResolveConst, depth: number): HrefValue {
  if (depth > MAX_DEPTH) return UNKNOWN_VALUE;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === "string" ? stringValue(node.value) : NOT_A_PATH;
    case AST_NODE_TYPES.TemplateLiteral:
      return evaluateTemplate(node, resolveConst, depth);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === "+"
        ? concatenate(evaluate(node.left, resolveConst, depth + 1), evaluate(node.right, resolveConst, depth + 1))
        : UNKNOWN_VALUE;
    case AST_NODE_TYPES.ConditionalExpression:
      return union(evaluate(node.consequent, resolveConst, depth + 1), evaluate(node.alternate, resolveConst, depth + 1));
    case AST_NODE_TYPES.LogicalExpression: {
      const right = evaluate(node.right, resolveConst, depth + 1);
      // `a && "/logout"` may also be `false`, which no `<a href>` takes as it is.
      if (node.operator === "&&") return { urls: right.urls, form: "other", staticUrl: null };
      return union(evaluate(node.left, resolveConst, depth + 1), right);
    }
    case AST_NODE_TYPES.Identifier: {
      const init = resolveConst(node);
      return init ? evaluate(init, resolveConst, depth + 1) : UNKNOWN_VALUE;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const value = getConstObjectMember(node, resolveConst);
      return value ? evaluate(value, resolveConst, depth + 1) : UNKNOWN_VALUE;
    }
    case AST_NODE_TYPES.ObjectExpression:
      return evaluateUrlObject(node, resolveConst, depth);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return evaluate(skipTypeAssertions(node), resolveConst, depth);
    default:
      return UNKNOWN_VALUE;
  }
}

function stringValue(value: string): HrefValue {
  return { urls: [value], form: "string", staticUrl: value };
}

function evaluateTemplate(node: TSESTree.TemplateLiteral, resolveConst: ResolveConst, depth: number): HrefValue {
  let url = node.quasis[0]?.value.cooked ?? "";
  let isStatic = true;
  node.expressions.forEach((expression, index) => {
    const part = evaluate(expression, resolveConst, depth + 1);
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

/** `ROUTES.logout` or `ROUTES.auth.logout` where `const ROUTES = { … }` in the same module. */
function getConstObjectMember(node: TSESTree.MemberExpression, resolveConst: ResolveConst): TSESTree.Node | null {
  const key = getStaticKey(node.property, node.computed);
  const object = getConstObject(node.object, resolveConst, 0);
  return key === null || !object ? null : (readStaticProperties(object)?.get(key) ?? null);
}

function getConstObject(node: TSESTree.Node, resolveConst: ResolveConst, depth: number): TSESTree.ObjectExpression | null {
  if (depth > MAX_DEPTH) return null;
  let value: TSESTree.Node | null = null;
  if (node.type === AST_NODE_TYPES.Identifier) value = resolveConst(node);
  else if (node.type === AST_NODE_TYPES.MemberExpression) {
    const key = getStaticKey(node.property, node.computed);
    const parent = getConstObject(node.object, resolveConst, depth + 1);
    value = key === null || !parent ? null : (readStaticProperties(parent)?.get(key) ?? null);
  }
  const object = skipTypeAssertions(value);
  return object?.type === AST_NODE_TYPES.ObjectExpression ? object : null;
}

function evaluateUrlObject(node: TSESTree.ObjectExpression, resolveConst: ResolveConst, depth: number): HrefValue {
  const properties = readStaticProperties(node);
  if (!properties) return UNKNOWN_VALUE;
  if ([...properties.keys()].some((key) => ORIGIN_KEYS.has(key))) return NOT_A_PATH;
  const pathnameNode = properties.get("pathname");
  const pathname = pathnameNode ? evaluate(pathnameNode, resolveConst, depth + 1) : stringValue("");
  if (pathname.form !== "string") return { urls: pathname.urls, form: "other", staticUrl: null };

  const queryNode = properties.get("query");
  const query = queryNode ? readStaticQuery(queryNode, resolveConst) : [];
  const search = readOptionalStaticString(properties.get("search"), resolveConst, depth);
  const hash = readOptionalStaticString(properties.get("hash"), resolveConst, depth);
  const hasTail = queryNode !== undefined || properties.has("search") || properties.has("hash");
  const urls = pathname.urls.map((url) => (hasTail ? `${url}?${UNKNOWN}` : url));
  if (pathname.staticUrl === null || query === null || search === null || hash === null) {
    return { urls, form: "other", staticUrl: null };
  }
  const staticUrl = formatStaticUrlObject({ pathname: pathname.staticUrl, query, search, hash });
  return { urls: [staticUrl], form: "object", staticUrl };
}

function readOptionalStaticString(
  node: TSESTree.Node | undefined,
  resolveConst: ResolveConst,
  depth: number,
): string | null {
  if (!node) return "";
  const value = evaluate(node, resolveConst, depth + 1);
  return value.form === "string" ? value.staticUrl : null;
}

/** A `query` object whose keys and values are all literals; `null` otherwise. */
function readStaticQuery(node: TSESTree.Node, resolveConst: ResolveConst): StaticQuery | null {
  const object = skipTypeAssertions(node.type === AST_NODE_TYPES.Identifier ? resolveConst(node) : node);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const properties = readStaticProperties(object);
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

function getStaticKey(node: TSESTree.Node, computed: boolean): string | null {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && (typeof node.value === "string" || typeof node.value === "number")) {
    return String(node.value);
  }
  return null;
}

/** `x as const`, `x satisfies T`, `x!` and `<T>x` evaluate to `x`. */
function skipTypeAssertions<T extends TSESTree.Node | null>(node: T): T | TSESTree.Expression {
  let current: TSESTree.Node | null = node;
  while (
    current?.type === AST_NODE_TYPES.TSAsExpression ||
    current?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current?.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current as T | TSESTree.Expression;
}

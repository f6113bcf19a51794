import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getObjectProperty, getPropertyName, isFunctionNode } from "../js/ast.ts";
import type { ResolveConst } from "../js/bindings.ts";
import { readStaticString } from "../urls/href-value.ts";
import { getNamedImportLocals } from "../js/imports.ts";
import type { HandlerFunction } from "../routes/route-handlers.ts";

/** Local names of `NextResponse` (next/server) and `redirect` (next/navigation). */
export interface ResponseImports {
  nextResponse: ReadonlySet<string>;
  navigationRedirect: ReadonlySet<string>;
}

export type ResponseKind =
  | "NextResponse.redirect"
  | "NextResponse.json"
  | "NextResponse.next"
  | "NextResponse.rewrite"
  | "new NextResponse"
  | "new Response"
  | "Response.redirect"
  | "Response.json"
  | "redirect()";

/** What a handler answers with, as far as its source shows it. */
export interface HandlerResponse {
  kind: ResponseKind;
  /** The call or `new` expression that builds the response. */
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** Where the init (`{ status, headers }`) argument goes, or `null` when this kind takes none. */
  initIndex: number | null;
  /** The init argument as written: an object literal, a status number, something else, or nothing. */
  init: TSESTree.Node | null;
  /** The returned variable (`const res = NextResponse.redirect(…); return res`), for `res.headers.set(…)`. */
  variable: string | null;
  /** Where the handler answers with it: the `return` statement, an arrow's expression body, or the `redirect()` call. */
  exit: TSESTree.Node;
}

export function getResponseImports(program: TSESTree.Program): ResponseImports {
  return {
    nextResponse: getNamedImportLocals(program, "next/server", "NextResponse"),
    navigationRedirect: getNamedImportLocals(program, "next/navigation", "redirect"),
  };
}

/**
 * Every response a handler returns (the returns of its own body, not of nested functions; an arrow's expression
 * body too), and every `redirect()` from next/navigation it calls. A returned `const` is followed to its value.
 */
export function getHandlerResponses(fn: HandlerFunction, imports: ResponseImports, resolveConst: ResolveConst): HandlerResponse[] {
  const responses: HandlerResponse[] = [];
  const add = (expression: TSESTree.Node | null | undefined, exit: TSESTree.Node) => {
    if (!expression) return;
    let variable: string | null = null;
    let value: TSESTree.Node | null = skipAwait(expression);
    if (value.type === AST_NODE_TYPES.Identifier) {
      variable = value.name;
      value = resolveConst(value);
    }
    const response = value ? classifyResponse(value, imports) : null;
    if (response) responses.push({ ...response, variable, exit });
  };
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) add(fn.body, fn.body);
  forEachOwnNode(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) add(node.argument, node);
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.Identifier &&
      imports.navigationRedirect.has(node.callee.name)
    ) {
      responses.push({ kind: "redirect()", node, initIndex: null, init: null, variable: null, exit: node });
    }
  });
  return responses;
}

function classifyResponse(node: TSESTree.Node, imports: ResponseImports): Omit<HandlerResponse, "variable" | "exit"> | null {
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier) {
    const kind = imports.nextResponse.has(node.callee.name) ? "new NextResponse" : node.callee.name === "Response" ? "new Response" : null;
    return kind ? { kind, node, initIndex: 1, init: node.arguments[1] ?? null } : null;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const { object } = node.callee;
  const method = getPropertyName(node.callee);
  if (object.type !== AST_NODE_TYPES.Identifier || method === null) return null;
  const owner = imports.nextResponse.has(object.name) ? "NextResponse" : object.name === "Response" ? "Response" : null;
  const kind = `${owner}.${method}` as ResponseKind;
  const initIndexByKind: Partial<Record<ResponseKind, number | null>> = {
    "NextResponse.redirect": 1,
    "NextResponse.json": 1,
    "NextResponse.next": 0,
    "NextResponse.rewrite": 1,
    "Response.json": 1,
    // Response.redirect(url, status) takes no headers.
    "Response.redirect": null,
  };
  if (owner === null || !(kind in initIndexByKind)) return null;
  const initIndex = initIndexByKind[kind] ?? null;
  const init = kind === "Response.redirect" ? (node.arguments[1] ?? null) : initIndex === null ? null : (node.arguments[initIndex] ?? null);
  return { kind, node, initIndex, init };
}

/** The status a response is sent with: a number, `"default"` when none is given, or `"unknown"`. */
export function getResponseStatus(response: HandlerResponse, resolveConst: ResolveConst): number | "default" | "unknown" {
  const { init } = response;
  if (!init) return "default";
  const status = init.type === AST_NODE_TYPES.ObjectExpression ? getObjectProperty(init, "status") : init;
  if (status === undefined) return "default";
  if (status.type === AST_NODE_TYPES.Literal && typeof status.value === "number") return status.value;
  if (status.type === AST_NODE_TYPES.Identifier) {
    const value = resolveConst(status);
    return value?.type === AST_NODE_TYPES.Literal && typeof value.value === "number" ? value.value : "unknown";
  }
  return "unknown";
}

/**
 * A response header's value: the string, `null` when the response surely lacks it, or `undefined` when the
 * source can't tell (headers built elsewhere). Looks at `headers: { … }`, `headers: new Headers({ … })`, and
 * `res.headers.set/append(name, value)` on the returned variable in the handler.
 */
export function getResponseHeader(
  response: HandlerResponse,
  fn: HandlerFunction,
  name: string,
  resolveConst: ResolveConst,
): string | null | undefined {
  const wanted = name.toLowerCase();
  let found: string | null | undefined = null;
  const headers = getHeadersObject(response);
  if (headers === undefined) found = undefined;
  else if (headers) {
    for (const property of headers.properties) {
      if (property.type !== AST_NODE_TYPES.Property) {
        found = undefined;
        continue;
      }
      const key = getKey(property, resolveConst);
      if (key === null) found = undefined;
      else if (key.toLowerCase() === wanted) found = readStaticString(property.value, resolveConst) ?? undefined;
    }
  }
  if (response.variable !== null && found !== undefined) {
    forEachOwnNode(fn.body, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = getPropertyName(node.callee);
      const target = node.callee.object;
      if ((method !== "set" && method !== "append") || target.type !== AST_NODE_TYPES.MemberExpression) return;
      if (getPropertyName(target) !== "headers" || target.object.type !== AST_NODE_TYPES.Identifier) return;
      if (target.object.name !== response.variable) return;
      const [key, value] = node.arguments;
      if (key && readStaticString(key, resolveConst)?.toLowerCase() === wanted) found = (value && readStaticString(value, resolveConst)) ?? undefined;
    });
  }
  return found;
}

/**
 * The object literal of the init's `headers` (or inside `new Headers({ … })`); `null` when the init has no headers
 * (so one can be added); `undefined` when the headers are built in a way the source doesn't show.
 */
export function getHeadersObject(response: HandlerResponse): TSESTree.ObjectExpression | null | undefined {
  const { init } = response;
  if (!init || init.type === AST_NODE_TYPES.Literal) return null;
  if (init.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  if (init.properties.some((property) => property.type !== AST_NODE_TYPES.Property)) return undefined;
  const headers = getObjectProperty(init, "headers");
  if (headers === undefined) return null;
  if (headers.type === AST_NODE_TYPES.ObjectExpression) return headers;
  if (headers.type === AST_NODE_TYPES.NewExpression && headers.callee.type === AST_NODE_TYPES.Identifier && headers.callee.name === "Headers") {
    const [argument] = headers.arguments;
    return argument?.type === AST_NODE_TYPES.ObjectExpression ? argument : undefined;
  }
  return undefined;
}

/** The value node of a header in a headers object literal, whatever the case of its name. */
export function getHeaderProperty(
  headers: TSESTree.ObjectExpression,
  name: string,
  resolveConst: ResolveConst,
): TSESTree.Node | undefined {
  const wanted = name.toLowerCase();
  for (const property of headers.properties) {
    if (property.type === AST_NODE_TYPES.Property && getKey(property, resolveConst)?.toLowerCase() === wanted) return property.value;
  }
  return undefined;
}

function getKey(property: TSESTree.Property, resolveConst: ResolveConst): string | null {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return readStaticString(property.key, resolveConst);
}

function skipAwait(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
}

/** Like forEachNode, but not into nested functions: their returns are not the handler's. */
function forEachOwnNode(root: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  const nested = new Set<TSESTree.Node>();
  forEachNode(root, (node) => {
    if (nested.has(node)) return;
    if (node !== root && isFunctionNode(node)) {
      forEachNode(node, (inner) => nested.add(inner));
      return;
    }
    callback(node);
  });
}

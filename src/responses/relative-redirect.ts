import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName, isFunctionNode } from "../js/ast.ts";
import type { FindVariable, ResolveConst } from "../js/bindings.ts";
import { evaluateHref } from "../urls/href-value.ts";
import { getImportedName } from "../js/imports.ts";
import { HTTP_METHODS, type HandlerFunction } from "../routes/route-handlers.ts";
import type { TextEdit } from "../edits/text-edit.ts";
import { getSameOriginPath, UNKNOWN } from "../urls/url-shape.ts";

/** A `NextResponse.redirect(url)` or `Response.redirect(url)` call whose `url` may be relative. */
export interface RelativeRedirect {
  call: TSESTree.CallExpression;
  /** Which `redirect` it is: they throw different errors. */
  kind: "NextResponse" | "Response";
  url: TSESTree.Expression;
  /** The first relative URL shape `url` may evaluate to (see `UNKNOWN` in url-shape.ts). */
  shape: string;
}

const NEXT_SERVER_MODULES = new Set(["next/server", "next/server.js"]);
/** Exports Next.js calls with the request as first argument: route handlers, `middleware` and `proxy`. */
const HANDLER_EXPORTS: ReadonlySet<string> = new Set([...HTTP_METHODS, "middleware", "proxy", "default"]);
/** The parameter the fix adds to a handler that has none. */
export const REQUEST_PARAMETER = "request";

/**
 * The call when it is `NextResponse.redirect(url)` (`NextResponse` imported from `next/server` under any name, or
 * read from a namespace import of it) or the global `Response.redirect(url)`, and `url` may be a relative URL:
 * a path, a relative or protocol-relative URL, possibly with parts known only at run time after its start.
 */
export function getRelativeRedirect(
  call: TSESTree.CallExpression,
  findVariable: FindVariable,
  resolveConst: ResolveConst,
): RelativeRedirect | null {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== "redirect") return null;
  const url = call.arguments[0];
  if (!url || url.type === AST_NODE_TYPES.SpreadElement) return null;
  const kind = getRedirectOwner(callee.object, findVariable);
  if (!kind) return null;
  const shape = findRelativeShape(url, resolveConst);
  return shape === null ? null : { call, kind, url, shape };
}

function getRedirectOwner(node: TSESTree.Expression, findVariable: FindVariable): RelativeRedirect["kind"] | null {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(node.name, node);
    if (!variable || variable.defs.length === 0) return node.name === "Response" ? "Response" : null;
    return getNextServerImport(variable) === "NextResponse" ? "NextResponse" : null;
  }
  // `server.NextResponse.redirect(…)` after `import * as server from "next/server"`.
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    getPropertyName(node) === "NextResponse"
  ) {
    const variable = findVariable(node.object.name, node.object);
    return variable && getNextServerImport(variable) === "*" ? "NextResponse" : null;
  }
  return null;
}

/** What a variable imports from `next/server`: an export's name, `*` for the namespace; `null` otherwise. */
function getNextServerImport(variable: TSESLint.Scope.Variable): string | null {
  const [definition, ...others] = variable.defs;
  if (definition?.type !== "ImportBinding" || others.length > 0) return null;
  const declaration = definition.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === "type") return null;
  if (!NEXT_SERVER_MODULES.has(declaration.source.value)) return null;
  const specifier = definition.node;
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return "*";
  if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== "type") return getImportedName(specifier);
  return null;
}

/**
 * The first URL shape of `node` that `new URL(shape)` cannot parse without a base: not absolute (`https://…`,
 * `mailto:`) and not starting with a part known only at run time (`${origin}/login`), which may be an origin.
 * `null` for `new URL(…)`, URL objects and values known only at run time.
 */
export function findRelativeShape(node: TSESTree.Expression, resolveConst: ResolveConst): string | null {
  if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.ObjectExpression) return null;
  const value = evaluateHref(node, resolveConst);
  if (value.form === "object") return null;
  return value.urls.find(isRelativeShape) ?? null;
}

function isRelativeShape(shape: string): boolean {
  // `//host/x` is protocol-relative: it stays on no origin, but `new URL()` needs a base for it all the same.
  return getSameOriginPath(shape) !== null || (!shape.trim().startsWith(UNKNOWN) && /^[/\\]{2}/.test(shape.trim()));
}

/**
 * The fix: the URL becomes `new URL(<url>, <request>.url)`, where `<request>` is the first parameter of the
 * outermost function around the call (the handler Next.js calls with the request). A route handler, `middleware`
 * or `proxy` export without parameters gets a `request` parameter (`request: Request` in TypeScript).
 * `null` when no request is at hand: the call is outside any function, the first parameter is destructured or
 * typed as something other than a request, another binding shadows it at the call, or a `request` parameter
 * cannot be added (the function is no handler export, or the name `request` is already taken there).
 */
export function getRelativeRedirectEdits(
  source: string,
  redirect: RelativeRedirect,
  findVariable: FindVariable,
  options: { isTypeScript: boolean },
): TextEdit[] | null {
  const handler = getOutermostFunction(redirect.call);
  if (!handler) return null;
  const [first] = handler.params;
  const edits: TextEdit[] = [];
  let requestName: string;
  if (!first) {
    if (!isHandlerExport(handler) || findVariable(REQUEST_PARAMETER, redirect.call)) return null;
    const open = findParameterListStart(source, handler);
    if (open === null) return null;
    const parameter = options.isTypeScript ? `${REQUEST_PARAMETER}: Request` : REQUEST_PARAMETER;
    edits.push({ range: [open + 1, open + 1], text: parameter });
    requestName = REQUEST_PARAMETER;
  } else if (first.type === AST_NODE_TYPES.Identifier && isRequestType(first.typeAnnotation)) {
    // Only the name is read: an Identifier's range also covers its type annotation.
    const variable = findVariable(first.name, redirect.call);
    const isThatParameter = variable?.defs.some((definition) => definition.type === "Parameter" && definition.node === handler);
    if (!isThatParameter) return null;
    requestName = first.name;
  } else {
    return null;
  }
  const { url } = redirect;
  edits.push({ range: url.range, text: `new URL(${source.slice(url.range[0], url.range[1])}, ${requestName}.url)` });
  return edits;
}

/** The outermost function around a node: the one a module exports or hands to a wrapper such as `auth(…)`. */
export function getOutermostFunction(node: TSESTree.Node): HandlerFunction | null {
  let outermost: HandlerFunction | null = null;
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) outermost = current;
  }
  return outermost;
}

/** No annotation, or a type named `…Request` (`Request`, `NextRequest`, `NextAuthRequest`), or a union of them. */
function isRequestType(annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  if (!annotation) return true;
  const isRequestReference = (type: TSESTree.TypeNode): boolean => {
    if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.every(isRequestReference);
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
    const name = type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right : type.typeName;
    return name.type === AST_NODE_TYPES.Identifier && name.name.endsWith("Request");
  };
  return isRequestReference(annotation.typeAnnotation);
}

/**
 * Whether Next.js calls the function with the request: `export [async] function GET()`,
 * `export const POST = async () => …`, `export default function middleware()`, or a local function exported
 * as one (`export { handler as GET }`, `export default handler`).
 */
function isHandlerExport(fn: HandlerFunction): boolean {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  let localName: string | null = null;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return fn.id !== null && HANDLER_EXPORTS.has(fn.id.name);
    localName = fn.id?.name ?? null;
  } else if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    if (parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return HANDLER_EXPORTS.has(parent.id.name);
    localName = parent.id.name;
  }
  return localName !== null && getExportedNames(getProgram(fn), localName).some((name) => HANDLER_EXPORTS.has(name));
}

function getProgram(node: TSESTree.Node): TSESTree.Program {
  let current = node;
  while (current.parent) current = current.parent;
  return current as TSESTree.Program;
}

/** The names a module exports a local binding under: `export { handler as GET }`, `export default handler`. */
function getExportedNames(program: TSESTree.Program, localName: string): string[] {
  return program.body.flatMap((statement) => {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      return declaration.type === AST_NODE_TYPES.Identifier && declaration.name === localName ? ["default"] : [];
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source || statement.exportKind === "type") {
      return [];
    }
    return statement.specifiers.flatMap((specifier) => {
      if (specifier.local.type !== AST_NODE_TYPES.Identifier || specifier.local.name !== localName) return [];
      return [specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value];
    });
  });
}

/**
 * The offset of the `(` that opens a function's parameter list: the first `(` after its name and type parameters
 * (`async function GET()`, `export const GET = async () =>`, `async <T,>() =>`). `null` if there is none before the body.
 */
export function findParameterListStart(source: string, fn: HandlerFunction): number | null {
  const start = fn.typeParameters?.range[1] ?? fn.id?.range[1] ?? fn.range[0];
  const index = source.indexOf("(", start);
  return index === -1 || index >= fn.body.range[0] ? null : index;
}

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getEnclosingFunction } from "../js/ast.ts";
import { getImportDeclarations, getImportedName } from "../js/imports.ts";
import { HTTP_METHODS } from "./route-handlers.ts";
import type { TextEdit } from "../edits/text-edit.ts";

/** next/headers functions that return a Promise from Next 15 on (sync access works in 15, throws in 16). */
export const REQUEST_APIS = ["cookies", "headers", "draftMode"] as const;
export type RequestApi = (typeof REQUEST_APIS)[number];

/**
 * A request API's Promise used as the store, without `await`: a member read straight off the call
 * (`cookies().delete(…)`), a variable whose members are read later (`const store = cookies(); store.delete(…)`), or
 * an argument (`getIronSession(cookies(), options)`).
 */
export type SyncRequestApiUse =
  | { kind: "member"; api: RequestApi; call: TSESTree.CallExpression; member: TSESTree.MemberExpression }
  | { kind: "stored"; api: RequestApi; call: TSESTree.CallExpression; variable: TSESTree.Identifier; member: TSESTree.MemberExpression }
  | { kind: "argument"; api: RequestApi; call: TSESTree.CallExpression; callee: TSESTree.Expression };

/** The variables a declarator declares, as ESLint's `sourceCode.getDeclaredVariables` gives them. */
export type GetDeclaredVariables = (node: TSESTree.Node) => readonly TSESLint.Scope.Variable[];

/** Callees that take a Promise and wait for it: React's `use()`, `Promise.all()` and its kin. */
const PROMISE_TAKERS: ReadonlySet<string> = new Set(["use", "Promise.all", "Promise.allSettled", "Promise.any", "Promise.race", "Promise.resolve"]);

/** Functions Next.js itself calls and awaits, so making them `async` breaks no caller. */
const AWAITED_EXPORTS: ReadonlySet<string> = new Set([...HTTP_METHODS, "default", "generateMetadata", "generateViewport", "middleware", "proxy"]);

/** Local names of the next/headers request APIs, by local name. */
export function getRequestApiImports(program: TSESTree.Program): Map<string, RequestApi> {
  const names = new Map<string, RequestApi>();
  for (const declaration of getImportDeclarations(program, "next/headers")) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === "type") continue;
      const imported = getImportedName(specifier);
      if ((REQUEST_APIS as readonly string[]).includes(imported)) names.set(specifier.local.name, imported as RequestApi);
    }
  }
  return names;
}

/** The use when `call` is `cookies()` (any imported name) whose result is used as the store without `await`. */
export function getSyncRequestApiUse(
  call: TSESTree.CallExpression,
  imports: ReadonlyMap<string, RequestApi>,
  getDeclaredVariables: GetDeclaredVariables,
): SyncRequestApiUse | null {
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length > 0) return null;
  const api = imports.get(call.callee.name);
  if (!api) return null;
  const { parent } = call;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === call) return { kind: "member", api, call, member: parent };
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(call)) {
    return isPromiseTaker(parent.callee) ? null : { kind: "argument", api, call, callee: parent.callee };
  }
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === call && parent.id.type === AST_NODE_TYPES.Identifier) {
    const [variable] = getDeclaredVariables(parent);
    // The first member read of the variable itself, not of `await store`.
    for (const reference of variable?.references ?? []) {
      const { identifier } = reference;
      const member = identifier.parent;
      if (!reference.init && member?.type === AST_NODE_TYPES.MemberExpression && member.object === identifier) {
        return { kind: "stored", api, call, variable: parent.id, member };
      }
    }
  }
  return null;
}

function isPromiseTaker(callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return PROMISE_TAKERS.has(callee.name);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    (PROMISE_TAKERS.has(`${callee.object.name}.${callee.property.name}`) || PROMISE_TAKERS.has(callee.property.name))
  );
}

/**
 * `(await cookies())` in place of the call, and `async` on the enclosing function when it isn't already and
 * Next.js is its only caller (route handlers, the default export of a page or layout, `generateMetadata`,
 * middleware, or any function in a `"use server"` module). `null` when that isn't safe: a sync callback, a helper
 * other code calls, a method, a generator, or code outside any function.
 */
export function getAwaitRequestApiEdits(source: string, use: SyncRequestApiUse): TextEdit[] | null {
  const fn = getEnclosingFunction(use.call);
  if (!fn || fn.generator) return null;
  const callText = source.slice(use.call.range[0], use.call.range[1]);
  // `(` at the start of a line would continue a previous statement that has no semicolon.
  const guard = startsStatementAfterOpenEnd(source, use.call) ? ";" : "";
  // An initializer or an argument needs no parentheses around `await`.
  const awaited = use.kind === "member" ? `${guard}(await ${callText})` : `await ${callText}`;
  const edits: TextEdit[] = [{ range: use.call.range, text: awaited }];
  if (fn.async) return edits;
  if (!isCalledOnlyByNext(fn)) return null;
  edits.push({ range: [fn.range[0], fn.range[0]], text: "async " });
  // An async function returns a Promise: `(): Response` must become `(): Promise<Response>`.
  const returnType = fn.returnType?.typeAnnotation;
  if (returnType) {
    const typeText = source.slice(returnType.range[0], returnType.range[1]);
    if (!/^Promise\s*</.test(typeText)) edits.push({ range: returnType.range, text: `Promise<${typeText}>` });
  }
  return edits;
}

function isCalledOnlyByNext(fn: TSESTree.FunctionLike): boolean {
  const { parent } = fn;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return parent.type === AST_NODE_TYPES.ExportNamedDeclaration && fn.id !== null && isAwaitedExport(fn.id.name, fn);
  }
  // `export const GET = () => …`: the arrow or function expression is the declarator's value.
  const declaration = parent.parent?.parent;
  return (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    declaration?.type === AST_NODE_TYPES.ExportNamedDeclaration &&
    isAwaitedExport(parent.id.name, fn)
  );
}

function isAwaitedExport(name: string, fn: TSESTree.Node): boolean {
  return AWAITED_EXPORTS.has(name) || isUseServerModule(fn);
}

/** Every export of a `"use server"` module is a Server Action, which must be async anyway. */
function isUseServerModule(node: TSESTree.Node): boolean {
  let program: TSESTree.Node = node;
  while (program.parent) program = program.parent;
  const [first] = (program as TSESTree.Program).body;
  return first?.type === AST_NODE_TYPES.ExpressionStatement && first.directive === "use server";
}

// Statements whose last token may be continued by a `(` on the next line when they have no semicolon.
const OPEN_ENDED: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.VariableDeclaration,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ExportDefaultDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
]);

/** Whether `node` begins a statement that follows one ending without a semicolon (semicolon-free style). */
function startsStatementAfterOpenEnd(source: string, node: TSESTree.Node): boolean {
  let statement: TSESTree.Node = node;
  while (statement.parent && statement.parent.range[0] === node.range[0] && statement.type !== AST_NODE_TYPES.ExpressionStatement) {
    statement = statement.parent;
  }
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const container = statement.parent;
  const siblings = container && "body" in container && Array.isArray(container.body) ? (container.body as TSESTree.Node[]) : [];
  const previous = siblings[siblings.indexOf(statement) - 1];
  return previous !== undefined && OPEN_ENDED.has(previous.type) && !source.slice(previous.range[0], previous.range[1]).endsWith(";");
}

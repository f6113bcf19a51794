import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getEnclosingFunction, hasDirective, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import type { FindVariable, ResolveConst } from "../js/bindings.ts";
import { collectSessionImports, findSessionEnds, type SessionImports } from "../session/session-end.ts";

/** A session that a page, layout or template tries to end while it renders. */
export interface RenderSessionEnd {
  /** The call that ends the session, or the call of a same-file function that ends it. */
  node: TSESTree.CallExpression;
  /** What the message names: `signOut`, `supabase.auth.signOut`, `(await cookies()).delete`, `endSession`. */
  callee: TSESTree.Expression;
}

/** Exports Next.js calls while it renders the route, besides the default export. */
const RENDERED_EXPORTS: ReadonlySet<string> = new Set(["generateMetadata", "generateViewport"]);

interface Context {
  imports: SessionImports;
  findVariable: FindVariable;
  resolveConst: ResolveConst;
  sessionCookies: readonly string[] | undefined;
  /** Whether a same-file function ends a session when called; `false` while its answer is being worked out. */
  endsSession: Map<FunctionNode, boolean>;
}

/**
 * Where a render file (`page.tsx`, `layout.tsx`…) ends a session while it renders, where Next.js can't set cookies:
 * in its default export and `generateMetadata`, in the same-file components they render (`<Inner />`), and through
 * the same-file functions they call directly (reported at the call), Server Actions included: called during render,
 * an action is a plain function. A function only defined or passed (`<form action={logout}>`, `onClick`) doesn't
 * run during render, and a function from another module is out of sight. A `"use client"` file renders in the browser.
 */
export function findSessionEndsDuringRender(
  program: TSESTree.Program,
  findVariable: FindVariable,
  resolveConst: ResolveConst,
  sessionCookies: readonly string[] | undefined,
): RenderSessionEnd[] {
  if (hasDirective(program.body, "use client") || hasDirective(program.body, "use server")) return [];
  const context: Context = { imports: collectSessionImports(program), findVariable, resolveConst, sessionCookies, endsSession: new Map() };
  const components = getRenderRoots(program, findVariable);
  const found = new Map<TSESTree.CallExpression, RenderSessionEnd>();
  for (let index = 0; index < components.length; index++) {
    const component = components[index] as FunctionNode;
    for (const end of getOwnSessionEnds(component, context)) found.set(end.node, end);
    forEachOwnNode(component, (node) => {
      if (node.type === AST_NODE_TYPES.JSXOpeningElement && node.name.type === AST_NODE_TYPES.JSXIdentifier && /^[A-Z]/.test(node.name.name)) {
        const rendered = resolveFunction(node.name.name, node, findVariable);
        if (rendered && !components.includes(rendered)) components.push(rendered);
      } else if (node.type === AST_NODE_TYPES.CallExpression && !found.has(node)) {
        const called = getCalledFunction(node, findVariable);
        if (called && endsSessionWhenCalled(called, context)) found.set(node, { node, callee: node.callee });
      }
    });
  }
  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** The default export and `generateMetadata`/`generateViewport`, as functions of this file. */
function getRenderRoots(program: TSESTree.Program, findVariable: FindVariable): FunctionNode[] {
  const roots: FunctionNode[] = [];
  const add = (fn: FunctionNode | null) => {
    if (fn && !roots.includes(fn)) roots.push(fn);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      add(isFunctionNode(declaration) ? declaration : declaration.type === AST_NODE_TYPES.Identifier ? resolveFunction(declaration.name, declaration, findVariable) : null);
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.exportKind !== "type") {
      const { declaration } = statement;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id && RENDERED_EXPORTS.has(declaration.id.name)) add(declaration);
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const { id, init } of declaration.declarations) {
          if (id.type === AST_NODE_TYPES.Identifier && RENDERED_EXPORTS.has(id.name) && init && isFunctionNode(init)) add(init);
        }
      }
      if (statement.source) continue;
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        if ((exported === "default" || RENDERED_EXPORTS.has(exported)) && specifier.local.type === AST_NODE_TYPES.Identifier) {
          add(resolveFunction(specifier.local.name, specifier.local, findVariable));
        }
      }
    }
  }
  return roots;
}

/**
 * The calls that end a session in a function's own body: not those of the functions it defines (an inline Server
 * Action, an event handler), which don't run as it renders. A `Set-Cookie` header in an object literal sets nothing
 * in a page. Lucia's `invalidateSession` only deletes a database row, which
 * rendering can do; the cookie it leaves is deleted by a call of its own, which is reported.
 */
function getOwnSessionEnds(fn: FunctionNode, context: Context): RenderSessionEnd[] {
  return findSessionEnds(fn, context.imports, context.resolveConst, context.sessionCookies)
    .flatMap(({ node }) =>
      node.type === AST_NODE_TYPES.CallExpression && getEnclosingFunction(node) === fn && !isInvalidateSession(node) ? [{ node, callee: node.callee }] : [],
    );
}

function endsSessionWhenCalled(fn: FunctionNode, context: Context): boolean {
  const known = context.endsSession.get(fn);
  if (known !== undefined) return known;
  context.endsSession.set(fn, false);
  let ends = getOwnSessionEnds(fn, context).length > 0;
  if (!ends) {
    forEachOwnNode(fn, (node) => {
      if (ends || node.type !== AST_NODE_TYPES.CallExpression) return;
      const called = getCalledFunction(node, context.findVariable);
      if (called && endsSessionWhenCalled(called, context)) ends = true;
    });
  }
  context.endsSession.set(fn, ends);
  return ends;
}

/** `endSession()`, where `endSession` is a function this file declares. */
function getCalledFunction(call: TSESTree.CallExpression, findVariable: FindVariable): FunctionNode | null {
  return call.callee.type === AST_NODE_TYPES.Identifier ? resolveFunction(call.callee.name, call.callee, findVariable) : null;
}

/** The function a name refers to where `at` uses it: `function f` or `const f = () => …` in this file. */
function resolveFunction(name: string, at: TSESTree.Node, findVariable: FindVariable): FunctionNode | null {
  const definitions = findVariable(name, at)?.defs ?? [];
  const [definition] = definitions;
  if (!definition || definitions.length > 1) return null;
  const { node } = definition;
  if (node.type === AST_NODE_TYPES.FunctionDeclaration) return node;
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.parent.kind !== "const" || !node.init) return null;
  let init: TSESTree.Expression = node.init;
  while (init.type === AST_NODE_TYPES.TSAsExpression || init.type === AST_NODE_TYPES.TSSatisfiesExpression) init = init.expression;
  return isFunctionNode(init) ? init : null;
}

/** Every node of a function's own body, not those of the functions inside it. */
function forEachOwnNode(fn: FunctionNode, visit: (node: TSESTree.Node) => void): void {
  forEachNode(fn.body, (node) => {
    if (isFunctionNode(node)) return false;
    visit(node);
    return true;
  });
}

function isInvalidateSession({ callee }: TSESTree.CallExpression): boolean {
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : null;
  return name === "invalidateSession";
}

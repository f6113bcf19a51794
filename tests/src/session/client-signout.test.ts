import { simpleTraverse } from "@typescript-eslint/typescript-estree";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { forEachNode, isFunctionNode } from "../../../src/js/ast.ts";
import { hasRefreshOrFullPageLoad } from "../../../src/session/client-signout.ts";
import type { RouterModule } from "../../../src/links/next-router.ts";
import { getRefreshAfterNavigationEdits } from "../../../src/links/router-refresh.ts";
import { applyTextEdits } from "../../../src/edits/text-edit.ts";
import { parseModule } from "../helpers.ts";

/** The module's AST with the parent pointers ESLint would set. */
function parseWithParents(code: string): TSESTree.Program {
  const program = parseModule(code);
  simpleTraverse(program, { enter: () => undefined }, true);
  return program;
}

/** Whether the module's top-level functions refresh the router or load a full page. */
function refreshes(code: string): boolean {
  const functions = parseModule(code).body.flatMap((statement) => (isFunctionNode(statement) ? [statement] : []));
  return hasRefreshOrFullPageLoad(functions);
}

/** `code` with the refresh edits for its first `push(…)` call applied; `null` when there are none. */
function withRefresh(code: string, module: RouterModule = "next/navigation"): string | null {
  const pushes: TSESTree.CallExpression[] = [];
  forEachNode(parseWithParents(code), (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && code.slice(...node.callee.range).endsWith("push")) pushes.push(node);
  });
  const [call] = pushes;
  const [target] = call?.arguments ?? [];
  if (!call || !target || target.type === AST_NODE_TYPES.SpreadElement) throw new Error("the code must call push(url)");
  const edits = getRefreshAfterNavigationEdits(code, { method: "push", call, target, module });
  return edits && applyTextEdits(code, edits);
}

describe("hasRefreshOrFullPageLoad", () => {
  it.each([
    ["router.refresh()", 'function f() {\n  router.push("/");\n  router.refresh();\n}'],
    ["router?.refresh()", 'function f() {\n  router.push("/");\n  router?.refresh();\n}'],
    ["a destructured refresh()", 'function f() {\n  push("/");\n  refresh();\n}'],
    ["location.assign()", 'function f() {\n  location.assign("/login");\n}'],
    ["window.location.replace()", 'function f() {\n  window.location.replace("/login");\n}'],
    ["document.location.reload()", "function f() {\n  document.location.reload();\n}"],
    ["globalThis.location.assign()", 'function f() {\n  globalThis.location.assign("/login");\n}'],
    ["window.location = …", 'function f() {\n  window.location = "/login";\n}'],
    ["location.href = …", 'function f() {\n  location.href = "/login";\n}'],
    ["document.location.href = …", 'function f() {\n  document.location.href = "/login";\n}'],
  ])("finds %s", (_, code) => {
    expect(refreshes(code)).toBe(true);
  });

  it("looks in every function given", () => {
    expect(refreshes('function inner() {\n  router.push("/");\n}\nfunction outer() {\n  router.refresh();\n}')).toBe(true);
  });

  it.each([
    ["a soft navigation only", 'function f() {\n  router.push("/login");\n}'],
    ["a read of location.href", 'function f() {\n  const here = location.href;\n  router.push("/login");\n}'],
    ["replace() on something that is no location", 'function f() {\n  const path = name.replace(" ", "-");\n  router.push(path);\n}'],
    ["history.replaceState()", 'function f() {\n  history.replaceState(null, "", "/login");\n}'],
    ["window.open()", 'function f() {\n  window.open("/login");\n}'],
  ])("ignores %s", (_, code) => {
    expect(refreshes(code)).toBe(false);
  });
});

describe("getRefreshAfterNavigationEdits", () => {
  it("adds router.refresh() on the next line, with the statement's indent and semicolon", () => {
    expect(withRefresh('async function f() {\n  router.push("/login");\n}')).toBe(
      'async function f() {\n  router.push("/login");\n  router.refresh();\n}',
    );
  });

  it("keeps tab indents", () => {
    expect(withRefresh('async function f() {\n\tif (done) {\n\t\trouter.push("/login");\n\t}\n}')).toBe(
      'async function f() {\n\tif (done) {\n\t\trouter.push("/login");\n\t\trouter.refresh();\n\t}\n}',
    );
  });

  it("leaves out the semicolon when the statement has none", () => {
    expect(withRefresh('async function f() {\n  router.push("/login")\n}')).toBe('async function f() {\n  router.push("/login")\n  router.refresh()\n}');
  });

  it("goes after an awaited navigation", () => {
    expect(withRefresh('async function f() {\n  await router.push("/login");\n}')).toBe(
      'async function f() {\n  await router.push("/login");\n  router.refresh();\n}',
    );
  });

  it("calls refresh on the navigation's own router", () => {
    expect(withRefresh('async function f() {\n  appRouter.push("/login");\n}')).toBe(
      'async function f() {\n  appRouter.push("/login");\n  appRouter.refresh();\n}',
    );
  });

  it.each([
    ["an arrow function's body", 'const f = () => router.push("/login");'],
    ["a returned navigation", 'function f() {\n  return router.push("/login");\n}'],
    ["a navigation used as a value", 'async function f() {\n  const done = await router.push("/login");\n}'],
    ["a destructured push, with no router to name", 'function f() {\n  push("/login");\n}'],
    ["an if without braces, whose else would be cut off", 'function f() {\n  if (ok) router.push("/login");\n  else alert("failed");\n}'],
  ])("has no edit for %s", (_, code) => {
    expect(withRefresh(code)).toBeNull();
  });

  it("has no edit for next/router, whose router has no refresh()", () => {
    expect(withRefresh('function f() {\n  router.push("/login");\n}', "next/router")).toBeNull();
  });
});

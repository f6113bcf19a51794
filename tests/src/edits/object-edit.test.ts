import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getAddPropertyEdit } from "../../../src/edits/object-edit.ts";
import { applyTextEdits } from "../../../src/edits/text-edit.ts";
import { parseModule } from "../helpers.ts";

function addProperty(code: string): string {
  const [statement] = parseModule(code, false).body;
  if (statement?.type !== AST_NODE_TYPES.VariableDeclaration) throw new Error("expected `const x = {…}`");
  const object = statement.declarations[0]?.init as TSESTree.ObjectExpression;
  return applyTextEdits(code, [getAddPropertyEdit(code, object, '"Cache-Control": "no-store"')]);
}

describe("getAddPropertyEdit", () => {
  it("fills an empty object", () => {
    expect(addProperty("const x = {};")).toBe('const x = { "Cache-Control": "no-store" };');
  });

  it("appends on one line", () => {
    expect(addProperty("const x = { a: 1 };")).toBe('const x = { a: 1, "Cache-Control": "no-store" };');
  });

  it("adds a line at the last property's indent", () => {
    expect(addProperty("const x = {\n  a: 1\n};")).toBe('const x = {\n  a: 1,\n  "Cache-Control": "no-store"\n};');
  });

  it("keeps a trailing comma", () => {
    expect(addProperty("const x = {\n    a: 1,\n};")).toBe('const x = {\n    a: 1,\n    "Cache-Control": "no-store",\n};');
  });
});

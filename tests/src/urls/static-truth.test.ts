import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getStaticTruth } from "../../../src/urls/static-truth.ts";
import type { ValueScope } from "../../../src/urls/value-scope.ts";
import { createTopLevelConstResolver, parseModule } from "../helpers.ts";

/** Whether the initializer of `const test = …` (the last statement) is truthy, seeing the module's other consts. */
function truthOf(code: string): boolean | null {
  const program = parseModule(code);
  const resolveConst = createTopLevelConstResolver(program);
  const scope: ValueScope = {
    file: null,
    resolve: (identifier) => {
      const init = identifier.type === AST_NODE_TYPES.Identifier ? resolveConst(identifier) : null;
      return init ? { node: init, scope } : null;
    },
    resolveExport: () => null,
  };
  const last = program.body.at(-1);
  const init = last?.type === AST_NODE_TYPES.VariableDeclaration ? last.declarations[0]?.init : null;
  if (!init) throw new Error("the code must end with `const test = …;`");
  return getStaticTruth({ node: init, scope });
}

describe("getStaticTruth", () => {
  it.each([
    ["a true literal", "const test = true;", true],
    ["an empty string", 'const test = "";', false],
    ["a const's value", "const external = true;\nconst test = external;", true],
    ["an object member", 'const item = { href: "/logout", reload: false };\nconst test = item.reload;', false],
    ["a negation", "const item = { reload: true };\nconst test = !item.reload;", false],
    ["a strict comparison", 'const item = { href: "/logout" };\nconst test = item.href === "/logout";', true],
    ["a loose inequality with undefined", "const value = undefined;\nconst test = value != undefined;", false],
    ["&& with a false side", "const a = false;\nconst test = a && unknown;", false],
    ["|| with a true side", "const a = 1;\nconst test = a || unknown;", true],
    ["an object", "const test = {};", true],
  ])("knows %s", (_, code, truth) => {
    expect(truthOf(code)).toBe(truth);
  });

  it.each([
    ["a name it can't read", "const test = props.external;"],
    ["a comparison with an unknown side", 'const test = kind === "logout";'],
    ["&& with an unknown first side", "const test = a && true;"],
    ["a call", "const test = isExternal();"],
  ])("doesn't know %s", (_, code) => {
    expect(truthOf(code)).toBeNull();
  });
});

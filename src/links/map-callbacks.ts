import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName, isFunctionNode } from "../js/ast.ts";
import { skipTypeAssertions } from "../urls/value-scope.ts";

/** A `.map` callback around an element: its item parameter, and the array it maps. */
export interface MapCallback {
  param: TSESTree.Parameter;
  array: TSESTree.Expression;
}

const MAP_METHODS = new Set(["map", "flatMap"]);
// Array methods whose result holds (some of) the same elements: `links.filter(visible).map(…)`.
const PASS_THROUGH_METHODS = new Set(["filter", "slice", "sort", "toSorted", "reverse", "toReversed"]);

/** The `.map`/`.flatMap` callbacks between an element and `stop` (its component; `null`: the module), outermost first. */
export function getMapCallbacks(element: TSESTree.Node, stop: TSESTree.Node | null): MapCallback[] {
  const callbacks: MapCallback[] = [];
  for (let node = element.parent; node && node !== stop; node = node.parent) {
    const call = node.parent;
    if (!isFunctionNode(node) || !node.params[0] || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node) continue;
    const callee = skipTypeAssertions(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !MAP_METHODS.has(getPropertyName(callee) ?? "")) continue;
    callbacks.unshift({ param: node.params[0], array: skipPassThrough(callee.object) });
  }
  return callbacks;
}

function skipPassThrough(array: TSESTree.Expression): TSESTree.Expression {
  let current = skipTypeAssertions(array);
  while (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeAssertions(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !PASS_THROUGH_METHODS.has(getPropertyName(callee) ?? "")) break;
    current = skipTypeAssertions(callee.object);
  }
  return current;
}

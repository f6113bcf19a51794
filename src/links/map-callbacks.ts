import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import { skipTypeAssertions } from "../urls/value-scope.ts";

/**
 * A callback that renders each item of a collection, around an element: its item parameter, the collection it
 * goes over, and what its items are (the elements of an array, or the values or `[key, value]` entries of an
 * object).
 */
export interface MapCallback {
  param: TSESTree.Parameter;
  array: TSESTree.Expression;
  items: "elements" | "values" | "entries";
  /** The tests of `.filter(test)` calls on the way: an item a test is surely false for isn't rendered. */
  filters: readonly FunctionNode[];
}

const MAP_METHODS = new Set(["map", "flatMap"]);
// Array methods whose result holds (some of) the same elements: `links.filter(visible).map(…)`.
const PASS_THROUGH_METHODS = new Set(["filter", "slice", "sort", "toSorted", "reverse", "toReversed"]);
const OBJECT_ITEMS = new Map<string, MapCallback["items"]>([
  ["values", "values"],
  ["entries", "entries"],
]);

/**
 * The callbacks between an element and `stop` (its component; `null`: the module) that render a collection's
 * items, outermost first: `.map`/`.flatMap` on an array, `Object.values(…)`, `Object.entries(…)`, `Array.from(…)` or
 * `[...x]`, and `Array.from(x, callback)`.
 */
export function getMapCallbacks(element: TSESTree.Node, stop: TSESTree.Node | null): MapCallback[] {
  const callbacks: MapCallback[] = [];
  for (let node = element.parent; node && node !== stop; node = node.parent) {
    const call = node.parent;
    if (!isFunctionNode(node) || !node.params[0] || call?.type !== AST_NODE_TYPES.CallExpression) continue;
    const callee = skipTypeAssertions(call.callee);
    let collection: TSESTree.Node | undefined;
    if (call.arguments[0] === node && callee.type === AST_NODE_TYPES.MemberExpression && MAP_METHODS.has(getPropertyName(callee) ?? "")) collection = callee.object;
    else if (call.arguments[1] === node && isStaticCall(callee, "Array", "from")) collection = call.arguments[0];
    if (!collection || collection.type === AST_NODE_TYPES.SpreadElement) continue;
    callbacks.unshift({ param: node.params[0], ...getCollection(collection as TSESTree.Expression) });
  }
  return callbacks;
}

/** What a callback goes over, past the calls that keep the same items (`filter`, `Array.from`, `[...x]`). */
function getCollection(expression: TSESTree.Expression): Pick<MapCallback, "array" | "items" | "filters"> {
  let current = skipTypeAssertions(expression);
  const filters: FunctionNode[] = [];
  for (;;) {
    if (current.type === AST_NODE_TYPES.ArrayExpression && current.elements.length === 1 && current.elements[0]?.type === AST_NODE_TYPES.SpreadElement) {
      current = skipTypeAssertions(current.elements[0].argument);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) break;
    const callee = skipTypeAssertions(current.callee);
    const [first] = current.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression && PASS_THROUGH_METHODS.has(getPropertyName(callee) ?? "")) {
      if (getPropertyName(callee) === "filter" && first && isFunctionNode(first)) filters.push(first);
      current = skipTypeAssertions(callee.object);
      continue;
    }
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) break;
    if (current.arguments.length === 1 && isStaticCall(callee, "Array", "from")) {
      current = skipTypeAssertions(first);
      continue;
    }
    const items = callee.type === AST_NODE_TYPES.MemberExpression && isGlobalName(callee.object, "Object") ? OBJECT_ITEMS.get(getPropertyName(callee) ?? "") : undefined;
    if (items) return { array: skipTypeAssertions(first), items, filters };
    break;
  }
  return { array: current, items: "elements", filters };
}

/** `Array.from`, `Object.values`: a call on a built-in, by name (a project rarely shadows these). */
function isStaticCall(callee: TSESTree.Node, object: string, method: string): boolean {
  return callee.type === AST_NODE_TYPES.MemberExpression && isGlobalName(callee.object, object) && getPropertyName(callee) === method;
}

function isGlobalName(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}

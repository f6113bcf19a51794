import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, isFunctionNode, type FunctionNode } from "../js/ast.ts";
// static-truth reads members through this module; `.find` reads its test through that one. Only functions cross.
import { getStaticTruth } from "./static-truth.ts";

/**
 * Where the names of a module resolve: the file being linted (ESLint's scopes), another module of the project
 * (src/project/module-scope.ts), or a scope with some names bound to values, as a component's props are bound to
 * the attributes of the element that renders it.
 */
export interface ValueScope {
  /** The file the scope's nodes come from (messages name it); `null` when unknown. */
  readonly file: string | null;
  /** What a name stands for where `identifier` uses it: a const's value, a function, a class, an import. */
  resolve(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): ScopedNode | null;
  /** An export of the scope's module, for `ns.name` after `import * as ns`; `null` when unknown. */
  resolveExport(name: string): ScopedNode | null;
  /** Every value a `let` or `var` is given (its initializer and each `name = value`); `null` when one is unknown. */
  resolveAssignments?(identifier: TSESTree.Identifier): ScopedNode[] | null;
}

/** A node, and the scope its own names resolve in. */
export interface ScopedNode {
  node: TSESTree.Node;
  scope: ValueScope;
  /** Set when the value comes from a package the analysis does not read: `{ source: "next/link", name: "default" }`. */
  external?: ExternalBinding;
}

/** An import from outside the project: `name` is `"default"`, `"*"` for a namespace, or the imported name. */
export interface ExternalBinding {
  source: string;
  name: string;
}

const MAX_DEPTH = 12;
const MAX_ALTERNATIVES = 8;

/** `x as const`, `x satisfies T`, `x!`, `<T>x` and `a?.b` evaluate to `x` and `a.b`. */
export function skipTypeAssertions<T extends TSESTree.Node | null | undefined>(node: T): T | TSESTree.Expression {
  let current: TSESTree.Node | null | undefined = node;
  while (
    current?.type === AST_NODE_TYPES.TSAsExpression ||
    current?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current?.type === AST_NODE_TYPES.TSTypeAssertion ||
    current?.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current as T | TSESTree.Expression;
}

/**
 * The object-like node a value is: an object or array literal, a JSX element's props, a class (its statics), an
 * enum, or a module (a namespace import). Follows names and members; `a ?? b` is `a` when `a` is known.
 */
export function resolveContainer(value: ScopedNode | null, depth = 0): ScopedNode | null {
  let current = value;
  for (let step = depth; current && step < MAX_DEPTH; step++) {
    const node = skipTypeAssertions(current.node);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.JSXOpeningElement:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.TSEnumDeclaration:
      case AST_NODE_TYPES.Program:
        return { ...current, node };
      case AST_NODE_TYPES.Identifier:
        current = current.scope.resolve(node);
        break;
      case AST_NODE_TYPES.MemberExpression:
        current = getMember(node, current.scope, step + 1);
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === "&&") return null;
        return resolveContainer({ node: node.left, scope: current.scope }, step + 1) ?? resolveContainer({ node: node.right, scope: current.scope }, step + 1);
      case AST_NODE_TYPES.CallExpression:
        current = findArrayElement(node, current.scope, step + 1);
        break;
      default:
        return null;
    }
  }
  return null;
}

/** `object.key` (or `object["key"]`) where the object is known; `null` otherwise. */
export function getMember(member: TSESTree.MemberExpression, scope: ValueScope, depth = 0): ScopedNode | null {
  const key = getStaticKey(member.property, member.computed);
  if (key === null) return null;
  const container = resolveContainer({ node: member.object, scope }, depth + 1);
  return container ? getContainerProperty(container, key, depth + 1) : null;
}

/**
 * The value under `key` of a container from {@link resolveContainer}. Later properties win, as at run time; a
 * spread that may hold the key, or a computed key, makes it unknown, except that JSX props whose spread is
 * unknown keep the attributes written out.
 */
export function getContainerProperty(container: ScopedNode, key: string, depth = 0): ScopedNode | null {
  const { node, scope } = container;
  // Spreads lead to other containers, and may lead back (`const a = { ...b }, b = { ...a }`).
  if (depth > MAX_DEPTH) return null;
  const at = (value: TSESTree.Node | null | undefined): ScopedNode | null => (value ? { node: value, scope } : null);
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of [...node.properties].reverse()) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          const spread = resolveContainer({ node: property.argument, scope }, depth + 1);
          if (!spread) return null;
          const value = getContainerProperty(spread, key, depth + 1);
          if (value) return value;
          continue;
        }
        const name = getStaticKey(property.key, property.computed);
        if (name === null) return null;
        if (name === key) return getPropertyValue({ node: property, scope });
      }
      return null;
    case AST_NODE_TYPES.ArrayExpression: {
      if (!/^(?:0|[1-9]\d*)$/.test(key)) return null;
      const elements = node.elements.slice(0, Number(key) + 1);
      if (elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return null;
      return at(elements[Number(key)]);
    }
    case AST_NODE_TYPES.JSXOpeningElement:
      for (const attribute of [...node.attributes].reverse()) {
        if (attribute.type === AST_NODE_TYPES.JSXSpreadAttribute) {
          const spread = resolveContainer({ node: attribute.argument, scope }, depth + 1);
          const value = spread ? getContainerProperty(spread, key, depth + 1) : null;
          if (value) return value;
          continue;
        }
        if (attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.name.name !== key) continue;
        const { value } = attribute;
        if (value?.type === AST_NODE_TYPES.JSXExpressionContainer) {
          return value.expression.type === AST_NODE_TYPES.JSXEmptyExpression ? null : at(value.expression);
        }
        // `<NavItem external />`: the attribute itself stands for its value, `true`.
        return at(value ?? attribute);
      }
      return null;
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      for (const member of node.body.body) {
        if ((member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.MethodDefinition) || !member.static) continue;
        if (getStaticKey(member.key, member.computed) !== key) continue;
        if (member.type === AST_NODE_TYPES.PropertyDefinition || member.kind === "method") return at(member.value);
        if (member.kind === "get") return getGetterValue(member.value, scope);
      }
      return null;
    case AST_NODE_TYPES.TSEnumDeclaration:
      for (const member of node.body.members) {
        const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String(member.id.value);
        if (name === key) return at(member.initializer);
      }
      return null;
    case AST_NODE_TYPES.Program:
      return scope.resolveExport(key);
    default:
      return null;
  }
}

/**
 * The properties of an object a value is, for `Object.values` and `Object.entries`: each `key: value` in its own
 * scope, spreads followed, in order. `null` when unknown, or when a computed key may hide or replace another.
 */
export function getObjectProperties(value: ScopedNode | null, depth = 0): (ScopedNode & { node: TSESTree.Property })[] | null {
  const container = resolveContainer(value, depth);
  if (container?.node.type !== AST_NODE_TYPES.ObjectExpression || depth > MAX_DEPTH) return null;
  const properties: (ScopedNode & { node: TSESTree.Property })[] = [];
  for (const property of container.node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = getObjectProperties({ node: property.argument, scope: container.scope }, depth + 1);
      if (!spread) return null;
      properties.push(...spread);
      continue;
    }
    if (getStaticKey(property.key, property.computed) === null) return null;
    properties.push({ node: property, scope: container.scope });
  }
  // A later property of the same key replaces the earlier one.
  return properties.filter(({ node }, index) => !properties.slice(index + 1).some((later) => getStaticKey(later.node.key, later.node.computed) === getStaticKey(node.key, node.computed)));
}

/** What a property of an object literal holds: its value, a getter's one return; `null` for a setter. */
export function getPropertyValue(property: ScopedNode & { node: TSESTree.Property }): ScopedNode | null {
  const { node, scope } = property;
  if (node.kind === "get") return getGetterValue(node.value, scope);
  return node.kind === "init" ? { node: node.value, scope } : null;
}

/**
 * `items.find((item) => test)`: the first element the test is surely true for, when the test is surely false for
 * every element before it. `null` when any of that is unknown, or the array can't be read.
 */
function findArrayElement(call: TSESTree.CallExpression, scope: ValueScope, depth: number): ScopedNode | null {
  const callee = skipTypeAssertions(call.callee);
  const [test] = call.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getStaticKey(callee.property, callee.computed) !== "find") return null;
  if (!test || !isFunctionNode(test) || test.async || !test.params[0]) return null;
  const names = getItemNames(test.params[0]);
  const returns = getFunctionReturns(test);
  const elements = names && returns?.length === 1 ? getArrayElements({ node: callee.object, scope }, depth + 1) : null;
  if (!names || !elements || !returns?.[0]) return null;
  for (const element of elements) {
    const truth = getStaticTruth({ node: returns[0], scope: bindItem(test, names, element, scope) });
    if (truth === null) return null;
    if (truth) return element;
  }
  return null;
}

/** `scope`, where a callback's item parameter (its `names`) stands for `item` inside the callback. */
function bindItem(callback: FunctionNode, names: ReadonlyMap<string, string | null>, item: ScopedNode, scope: ValueScope): ValueScope {
  return {
    file: scope.file,
    // Only where the callback itself uses the names, not in a function of its own, which may declare them again.
    resolve: (identifier) => {
      const key = names.get(identifier.name);
      if (key === undefined || getEnclosingFunction(identifier) !== callback) return scope.resolve(identifier);
      if (key === null) return item;
      const container = resolveContainer(item);
      return container ? getContainerProperty(container, key) : null;
    },
    resolveExport: (name) => scope.resolveExport(name),
  };
}

/** The names a test's item parameter declares: `item` (the item itself: `null`), or `{ id, label: name }` (keys). */
function getItemNames(param: TSESTree.Parameter): Map<string, string | null> | null {
  if (param.type === AST_NODE_TYPES.Identifier) return new Map([[param.name, null]]);
  if (param.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const names = new Map<string, string | null>();
  for (const property of param.properties) {
    const key = property.type === AST_NODE_TYPES.Property ? getStaticKey(property.key, property.computed) : null;
    if (property.type !== AST_NODE_TYPES.Property || key === null || property.value.type !== AST_NODE_TYPES.Identifier) return null;
    names.set(property.value.name, key);
  }
  return names;
}

function getEnclosingFunction(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/**
 * What reading a getter gives (`static get logout() { return "/logout"; }`, `get logout() { … }` in an object):
 * its one return value. A getter with several returns or none is unknown.
 */
function getGetterValue(getter: TSESTree.Node, scope: ValueScope): ScopedNode | null {
  if (!isFunctionNode(getter)) return null;
  const returns = getFunctionReturns(getter);
  return returns?.length === 1 && returns[0] ? { node: returns[0], scope } : null;
}

/** The elements of an array a value is (each in its own scope, spreads followed); `null` when unknown. */
export function getArrayElements(value: ScopedNode | null, depth = 0): ScopedNode[] | null {
  if (depth > MAX_DEPTH) return null;
  const call = resolveToCall(value, depth);
  const flattened = call ? getFlattenedElements(call, depth + 1) : null;
  if (flattened) return flattened;
  const container = resolveContainer(value, depth);
  if (container?.node.type !== AST_NODE_TYPES.ArrayExpression) return getElementsOfEither(value, call, depth + 1);
  const elements: ScopedNode[] = [];
  for (const element of container.node.elements) {
    if (!element) continue;
    if (element.type !== AST_NODE_TYPES.SpreadElement) {
      elements.push({ node: element, scope: container.scope });
      continue;
    }
    const spread = getArrayElements({ node: element.argument, scope: container.scope }, depth + 1);
    if (!spread) return null;
    elements.push(...spread);
  }
  return elements;
}

/**
 * The elements any of several arrays may hold, each one's in turn: a `let` given an array in each branch
 * (`items = signedIn ? … : …` written as assignments), or a function, or `useMemo`, whose every return is an array.
 * Menu data is written this way; which array a render gets doesn't matter, since each entry may reach the link.
 */
function getElementsOfEither(value: ScopedNode | null, call: (ScopedNode & { node: TSESTree.CallExpression }) | null, depth: number): ScopedNode[] | null {
  let arrays: ScopedNode[] | null = null;
  const node = value ? skipTypeAssertions(value.node) : null;
  if (call) {
    const callee = skipTypeAssertions(call.node.callee);
    const [first] = call.node.arguments;
    const memo = getStaticKey(callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee, false) === "useMemo" && first && isFunctionNode(first) ? first : null;
    const fn = memo ? { node: memo, scope: call.scope } : resolveFunction({ node: callee, scope: call.scope });
    arrays = fn ? (getFunctionReturns(fn.node)?.map((returned) => ({ node: returned, scope: fn.scope })) ?? null) : null;
  } else if (value && node?.type === AST_NODE_TYPES.Identifier) {
    arrays = value.scope.resolveAssignments?.(node) ?? null;
  }
  if (!arrays || arrays.length > MAX_ALTERNATIVES) return null;
  const elements: ScopedNode[] = [];
  for (const array of arrays) {
    const inner = getArrayElements(array, depth);
    if (!inner) return null;
    elements.push(...inner);
  }
  return elements;
}

/** The call a value is, through names and members: `const all = groups.flatMap(…)`. */
function resolveToCall(value: ScopedNode | null, depth: number): (ScopedNode & { node: TSESTree.CallExpression }) | null {
  let current = value;
  for (let step = depth; current && step < MAX_DEPTH; step++) {
    const node = skipTypeAssertions(current.node);
    if (node.type === AST_NODE_TYPES.CallExpression) return { ...current, node };
    if (node.type === AST_NODE_TYPES.Identifier) current = current.scope.resolve(node);
    else if (node.type === AST_NODE_TYPES.MemberExpression) current = getMember(node, current.scope, step + 1);
    else return null;
  }
  return null;
}

/**
 * The elements of `groups.flat()`, `groups.flatMap((group) => group.links)` and `a.concat(b)`: each group's
 * elements in turn (a group that is no array is an element itself, as at run time). `null` when a part is unknown.
 */
function getFlattenedElements({ node: call, scope }: ScopedNode & { node: TSESTree.CallExpression }, depth: number): ScopedNode[] | null {
  const callee = skipTypeAssertions(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticKey(callee.property, callee.computed) : null;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== "flat" && method !== "flatMap" && method !== "concat")) return null;
  const [first] = call.arguments;
  if (method === "concat") {
    const parts = [callee.object, ...call.arguments].map((part) => (part.type === AST_NODE_TYPES.SpreadElement ? null : getArrayElements({ node: part, scope }, depth)));
    return parts.every((part) => part !== null) ? parts.flat() : null;
  }
  if (method === "flat" && first) return null;
  const project = method === "flatMap" && first && isFunctionNode(first) ? first : null;
  const returns = project ? getFunctionReturns(project) : null;
  const names = project?.params[0] ? getItemNames(project.params[0]) : null;
  if (method === "flatMap" && (!project || !names || returns?.length !== 1)) return null;
  const groups = getArrayElements({ node: callee.object, scope }, depth);
  if (!groups) return null;
  const elements: ScopedNode[] = [];
  for (const group of groups) {
    const projected = project && names && returns?.[0] ? { node: returns[0], scope: bindItem(project, names, group, scope) } : group;
    const inner = getArrayElements(projected, depth);
    if (inner) elements.push(...inner);
    else if (resolveContainer(projected, depth)?.node.type === AST_NODE_TYPES.ObjectExpression) elements.push(projected);
    else return null;
  }
  return elements;
}

/** The function a callee is: a declaration, a const arrow, an object method or a class's static method. */
export function resolveFunction(value: ScopedNode | null): (ScopedNode & { node: FunctionNode }) | null {
  let current = value;
  for (let step = 0; current && step < MAX_DEPTH; step++) {
    const node = skipTypeAssertions(current.node);
    if (isFunctionNode(node)) return { ...current, node };
    if (node.type === AST_NODE_TYPES.Identifier) current = current.scope.resolve(node);
    else if (node.type === AST_NODE_TYPES.MemberExpression) current = getMember(node, current.scope, step);
    else return null;
  }
  return null;
}

/**
 * What a function returns: an arrow's expression body, or every `return` argument outside nested functions.
 * `null` for async functions and generators (a promise or an iterator is no URL), and for a bare `return;`.
 */
export function getFunctionReturns(fn: FunctionNode): TSESTree.Expression[] | null {
  if (fn.async || fn.generator) return null;
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return fn.body ? [fn.body] : null;
  const returns: TSESTree.Expression[] = [];
  let isComplete = true;
  forEachNode(fn.body, (node) => {
    if (node !== fn.body && (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody)) return false;
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return true;
    if (node.argument) returns.push(node.argument);
    else isComplete = false;
    return false;
  });
  return isComplete && returns.length > 0 ? returns : null;
}

export function getStaticKey(node: TSESTree.Node, computed: boolean): string | null {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && (typeof node.value === "string" || typeof node.value === "number")) {
    return String(node.value);
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "../js/ast.ts";
import { BoundScope, ModuleScope, type Binding } from "../project/module-scope.ts";
import { evaluateScoped, type HrefValue } from "../urls/href-value.ts";
import { isLogoutUrlMember, isLogoutUrlName } from "../urls/logout-name.ts";
import { getStaticTruth } from "../urls/static-truth.ts";
import { UNKNOWN } from "../urls/url-shape.ts";
import {
  getArrayElements,
  getContainerProperty,
  getFunctionReturns,
  getObjectProperties,
  getPropertyValue,
  getStaticKey,
  resolveContainer,
  resolveFunction,
  skipTypeAssertions,
  type ScopedNode,
  type ValueScope,
} from "../urls/value-scope.ts";
import { LINK_EVALUATION, withLocalePrefix } from "./intl-navigation.ts";
import { getJsxNameText } from "../js/jsx.ts";
import type { ElementTarget, LinkComponent, LinkSettings, LinkTerminal } from "./link-components.ts";
import { getMapCallbacks, type MapCallback } from "./map-callbacks.ts";

/** A URL a link element may go to, as the linted file sees it. */
export type LinkValue =
  | { kind: "url"; url: string; href: HrefValue }
  /** The analysis can't read the URL, but its name says logout URL: `createLogoutUrl()`, `routes.logout`. */
  | { kind: "named"; text: string };

/** A link that goes to a logout URL, found from an element of the linted file. */
export interface LinkFinding {
  value: LinkValue;
  /** The array element (menu data) the URL came from; `null` when it came from no array. */
  entry: ScopedNode | null;
  /** The elements between the linted file's element and the link, outermost first: `["SidebarMenu", "SidebarMenuLink"]`. */
  components: readonly string[];
  terminal: LinkTerminal;
  through: "as" | "component" | null;
  /** The link element itself, in the module it is written in. */
  link: ScopedNode & { node: TSESTree.JSXOpeningElement };
}

export interface LinkSearch {
  link: LinkSettings;
  /** The logout URL among an href's URLs, judged for the linted file (`findServerLogoutUrl`); `null` when none. */
  findLogoutUrl: (href: HrefValue) => string | null;
}

type Bindings = Map<TSESLint.Scope.Variable, Binding>;

const MAX_ELEMENTS = 64;
const MAX_NESTING = 8;
const MAX_NAME_STEPS = 8;

/**
 * The logout links an element of the linted file makes: the element itself when it is a link, or the links a
 * component renders from the props it is given, through any number of components and `.map` callbacks. A `.map`
 * around the element is followed into its array, element by element, so menu data shows which entry is the logout.
 */
export function findElementLinks(element: TSESTree.JSXOpeningElement, scope: ModuleScope, target: ElementTarget, search: LinkSearch): LinkFinding[] {
  const findings: LinkFinding[] = [];
  forEachCombination(getMapCallbacks(element, null), scope, () => null, (itemScope, entry) => {
    if (isReachable(element, null, itemScope)) findings.push(...visit(element, itemScope, target, { components: [], entry, depth: 0 }, search));
  });
  return findings;
}

interface Trail {
  components: readonly string[];
  /** The array element a URL came from: the innermost `.map` item the evaluation read, asked once it is done. */
  entry: () => ScopedNode | null;
  depth: number;
}

function visit(element: TSESTree.JSXOpeningElement, scope: ValueScope, target: ElementTarget, trail: Trail, search: LinkSearch): LinkFinding[] {
  if (target.kind === "component") {
    const name = getJsxNameText(element.name) ?? "component";
    return interpret(target.component, { node: element, scope }, { ...trail, components: [...trail.components, name], depth: trail.depth + 1 }, search);
  }
  const findings: LinkFinding[] = [];
  const props = { node: element, scope };
  for (const attribute of target.attributes) {
    const href = getContainerProperty(props, attribute);
    const value = href ? evaluateLinkValue(href, target.terminal, search) : null;
    if (value) findings.push({ value, entry: trail.entry(), components: trail.components, terminal: target.terminal, through: target.through, link: { node: element, scope } });
  }
  return findings;
}

/**
 * A component rendered with `props` (the caller's element): its props parameter is bound to the caller's
 * attributes, and each link site is evaluated. Only findings that read the caller's attributes count; the rest
 * are the component's own links, reported where it is written.
 */
function interpret(component: LinkComponent, props: ScopedNode, trail: Trail, search: LinkSearch): LinkFinding[] {
  if (trail.depth > MAX_NESTING) return [];
  const [parameter] = component.fn.params;
  const bindings: Bindings = new Map();
  const usage = { readsCaller: false };
  if (parameter) {
    bindPattern(parameter, props, component.scope, bindings, () => {
      usage.readsCaller = true;
    });
  }
  const scope = new BoundScope(component.scope, bindings);
  const findings: LinkFinding[] = [];
  for (const site of component.sites) {
    usage.readsCaller = false;
    forEachCombination(site.callbacks, scope, trail.entry, (siteScope, entry) => {
      if (!isReachable(site.element, component.fn, siteScope)) return;
      const found = visit(site.element, siteScope, site.target, { ...trail, entry }, search);
      if (usage.readsCaller) findings.push(...found);
    });
  }
  return findings;
}

/**
 * Calls `visit` once per combination of the callbacks' items, each callback's parameter bound to one element of
 * its array. An array that can't be read binds its items to nothing known, so the element is still looked at.
 * The entry a visit sees is the innermost element whose item its evaluation read.
 */
function forEachCombination(
  callbacks: readonly MapCallback[],
  scope: ValueScope,
  entry: () => ScopedNode | null,
  visit: (scope: ValueScope, entry: () => ScopedNode | null) => void,
  index = 0,
): void {
  const callback = callbacks[index];
  if (!callback) {
    visit(scope, entry);
    return;
  }
  const base = scope instanceof BoundScope ? scope.base : scope instanceof ModuleScope ? scope : null;
  if (!base) return;
  for (const item of getItems(callback, scope)?.slice(0, MAX_ELEMENTS) ?? [null]) {
    if (item && isFilteredOut(callback, item.value, base)) continue;
    const read = { item: false };
    const bindings: Bindings = new Map();
    bindPattern(callback.param, item?.value ?? null, base, bindings, () => {
      read.item = true;
    });
    const itemScope = scope instanceof BoundScope ? scope.with(bindings) : new BoundScope(base, bindings);
    forEachCombination(callbacks, itemScope, () => (read.item && item ? item.entry : entry()), visit, index + 1);
  }
}

/** Whether a `.filter(test)` before the callback surely drops the item: `.filter((link) => !link.external)`. */
function isFilteredOut(callback: MapCallback, item: ScopedNode, base: ModuleScope): boolean {
  return callback.filters.some((test) => {
    const returns = getFunctionReturns(test);
    if (!test.params[0] || returns?.length !== 1 || !returns[0]) return false;
    const bindings: Bindings = new Map();
    bindPattern(test.params[0], item, base, bindings, () => {});
    return getStaticTruth({ node: returns[0], scope: new BoundScope(base, bindings) }) === false;
  });
}

/**
 * The items a callback is called with, and the entry each stands for in the data: an array's elements, an
 * object's values, or its entries (a `key: value` property, bound to `[key, value]`, whose entry is the value).
 */
function getItems(callback: MapCallback, scope: ValueScope): { value: ScopedNode; entry: ScopedNode }[] | null {
  if (callback.items === "elements") return getArrayElements({ node: callback.array, scope })?.map((element) => ({ value: element, entry: element })) ?? null;
  const properties = getObjectProperties({ node: callback.array, scope });
  if (!properties) return null;
  return properties.flatMap((property) => {
    const value = getPropertyValue(property);
    if (!value) return [];
    return [{ value: callback.items === "values" ? value : property, entry: value }];
  });
}

/** Binds the names of a parameter pattern to the parts of `value`: `({ href, item: { label } })`. */
function bindPattern(pattern: TSESTree.Node, value: ScopedNode | null, base: ModuleScope, bindings: Bindings, onRead: () => void): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = base.findVariable(pattern.name, pattern);
      if (variable) bindings.set(variable, { value, onRead });
      return;
    }
    case AST_NODE_TYPES.ObjectPattern: {
      const container = value ? resolveContainer(value) : null;
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          bindPattern(property.argument, value, base, bindings, onRead);
          continue;
        }
        const key = getStaticKey(property.key, property.computed);
        const part = container && key !== null ? getContainerProperty(container, key) : null;
        bindPattern(property.value, part, base, bindings, onRead);
      }
      return;
    }
    case AST_NODE_TYPES.AssignmentPattern:
      bindPattern(pattern.left, value ?? { node: pattern.right, scope: base }, base, bindings, onRead);
      return;
    case AST_NODE_TYPES.ArrayPattern:
      pattern.elements.forEach((element, index) => {
        if (element && element.type !== AST_NODE_TYPES.RestElement) bindPattern(element, getTupleElement(value, index), base, bindings, onRead);
      });
      return;
    default:
      return;
  }
}

/**
 * Element `index` of a tuple: of an array literal, or of an `Object.entries` item (a property: `[key, value]`). A key
 * written as a name is no value of its own: unknown.
 */
function getTupleElement(value: ScopedNode | null, index: number): ScopedNode | null {
  if (value?.node.type !== AST_NODE_TYPES.Property) {
    const container = value ? resolveContainer(value) : null;
    return container?.node.type === AST_NODE_TYPES.ArrayExpression ? getContainerProperty(container, String(index)) : null;
  }
  const property = value as ScopedNode & { node: TSESTree.Property };
  if (index === 1) return getPropertyValue(property);
  return index === 0 && property.node.key.type === AST_NODE_TYPES.Literal ? { node: property.node.key, scope: value.scope } : null;
}

/**
 * Whether an element is rendered for the values bound in `scope`, as far as conditions around it (up to `stop`)
 * are known: `item.external ? <a …> : <Link …>` renders no `<Link>` for an external item, nor does the code after
 * `if (external) return <a …>;`.
 */
function isReachable(element: TSESTree.Node, stop: TSESTree.Node | null, scope: ValueScope): boolean {
  const truth = (test: TSESTree.Node) => getStaticTruth({ node: test, scope });
  for (let node = element; node.parent && node !== stop; node = node.parent) {
    const parent = node.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.IfStatement:
        if (node !== parent.test && truth(parent.test) === (node === parent.alternate)) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (node === parent.right && truth(parent.left) === (parent.operator === "||")) return false;
        break;
      case AST_NODE_TYPES.BlockStatement:
        for (const statement of parent.body) {
          if (statement === node) break;
          if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && alwaysReturns(statement.consequent) && truth(statement.test) === true) return false;
        }
        break;
      default:
        break;
    }
  }
  return true;
}

function alwaysReturns(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  return statement.type === AST_NODE_TYPES.BlockStatement && statement.body.some(alwaysReturns);
}

/** A logout URL an href may be; else, when nothing about it is known, a name that says logout URL. */
function evaluateLinkValue(href: ScopedNode, terminal: LinkTerminal, search: LinkSearch): LinkValue | null {
  const value = evaluateScoped(href, LINK_EVALUATION);
  // next-intl's Link puts the locale in front of the path: judged as `/<locale>/logout`, shown as written.
  const judged = terminal.kind === "intl-link" ? withLocalePrefix(value) : value;
  const url = search.findLogoutUrl(judged);
  if (url !== null) return { kind: "url", url: value.urls[judged.urls.indexOf(url)] ?? url, href: value };
  if (!value.urls.every((shape) => shape === UNKNOWN)) return null;
  const text = getLogoutUrlName(href);
  return text === null ? null : { kind: "named", text };
}

/**
 * The name of an unreadable value that says logout URL: an identifier, member or call the analysis can't follow
 * (an installed package, a prop no caller set), e.g. `createLogoutUrl()`, `routes.logout`, `logoutHref`.
 */
export function getLogoutUrlName(start: ScopedNode): string | null {
  let value: ScopedNode | null = start;
  for (let step = 0; value && step < MAX_NAME_STEPS; step++) {
    const node = skipTypeAssertions(value.node);
    const scope: ValueScope = value.scope;
    if (node.type === AST_NODE_TYPES.Identifier) {
      // A prop the caller gave: judged by what the caller wrote (`logoutUrl={getSignOutUrl()}`), not by its name.
      if (scope instanceof BoundScope && scope.isBound(node)) {
        value = scope.resolve(node);
        continue;
      }
      const resolved: ScopedNode | null = scope.resolve(node);
      if (resolved && !resolved.external) {
        value = resolved;
        continue;
      }
      return isLogoutUrlName(node.name) && !isPropOfLocalComponent(node, scope) ? node.name : null;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const property = getPropertyName(node);
      if (property === null) return null;
      const container = resolveContainer({ node: node.object, scope });
      if (container) {
        value = getContainerProperty(container, property);
        continue;
      }
      const objectName = getLastName(node.object);
      const object = skipTypeAssertions(node.object);
      if (object.type === AST_NODE_TYPES.Identifier && isPropOfLocalComponent(object, scope)) return null;
      return isLogoutUrlMember(objectName, property) ? `${objectName ?? "…"}.${property}` : null;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      if (resolveFunction({ node: node.callee, scope })) return null;
      const callee = skipTypeAssertions(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return isLogoutUrlName(callee.name) ? `${callee.name}()` : null;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const property = getPropertyName(callee);
      const objectName = getLastName(callee.object);
      return property !== null && isLogoutUrlMember(objectName, property) ? `${objectName ?? "…"}.${property}()` : null;
    }
    return null;
  }
  return null;
}

/**
 * A parameter (a prop) of a component that only this module renders: declared here, not exported, and named only
 * as a JSX element. Its callers are all in view, and each is judged by the value it passes, so the prop's name
 * says nothing more: a `logoutUrl` prop is often an identity provider's URL on another origin.
 */
function isPropOfLocalComponent(identifier: TSESTree.Identifier, scope: ValueScope): boolean {
  const base = scope instanceof BoundScope ? scope.base : scope instanceof ModuleScope ? scope : null;
  const [definition] = base?.findVariable(identifier.name, identifier)?.defs ?? [];
  if (!base || definition?.type !== "Parameter") return false;
  const name = getComponentName(definition.node);
  const component = name ? base.findVariable(name.name, name) : null;
  if (!name || !component || isExported(name, base.program)) return false;
  return component.references.every(({ identifier: use }) => use.parent?.type === AST_NODE_TYPES.JSXOpeningElement || use.parent?.type === AST_NODE_TYPES.JSXClosingElement);
}

/** The name a component function is declared under: `function Menu`, `const Menu = (…) =>`, `const Menu = memo(…)`. */
function getComponentName(fn: TSESTree.Node): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  let node: TSESTree.Node = fn;
  while (node.parent?.type === AST_NODE_TYPES.CallExpression) node = node.parent;
  const declarator = node.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === node && declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id : null;
}

function isExported(name: TSESTree.Identifier, program: TSESTree.Program): boolean {
  const declaration = name.parent?.type === AST_NODE_TYPES.VariableDeclarator ? name.parent.parent?.parent : name.parent?.parent;
  if (declaration?.type === AST_NODE_TYPES.ExportNamedDeclaration || declaration?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  return program.body.some(
    (statement) =>
      (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && statement.declaration.type === AST_NODE_TYPES.Identifier && statement.declaration.name === name.name) ||
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
        statement.source === null &&
        statement.specifiers.some((specifier) => specifier.local.type === AST_NODE_TYPES.Identifier && specifier.local.name === name.name)),
  );
}

function getLastName(node: TSESTree.Node): string | null {
  const inner = skipTypeAssertions(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(inner);
  if (inner.type === AST_NODE_TYPES.ThisExpression) return "this";
  return null;
}

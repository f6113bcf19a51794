import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getBoundNames, getPropertyName, type FunctionNode } from "../js/ast.ts";
import { getImportedName } from "../js/imports.ts";
import { getJsxExpressionAttribute, getJsxNameText } from "../js/jsx.ts";
import { deriveFromFile, markIncomplete } from "../project/module-cache.ts";
import { resolveImport } from "../project/module-resolver.ts";
import { BoundScope, getModuleScope as getProjectModuleScope, ModuleScope } from "../project/module-scope.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { getContainerProperty, resolveContainer, skipTypeAssertions, type ScopedNode, type ValueScope } from "../urls/value-scope.ts";
import { getIntlNavigationApi } from "./intl-navigation.ts";
import { getLinkSettingsKey, mayReachLink } from "./link-reach.ts";
import { getMapCallbacks, type MapCallback } from "./map-callbacks.ts";

/** What finally renders the link: next/link's `Link`, next-intl's, or a component the settings name. */
/** Where a link comes from; next-intl's `Link` from `createNavigation(…)` (`factoryCall`) or from next-intl 2's `next-intl/link` (`null`). */
export type LinkTerminal = { kind: "next-link" } | { kind: "intl-link"; factoryCall: ScopedNode | null } | { kind: "setting"; name: string };

/** What a JSX element renders, as far as links go. */
export type ElementTarget =
  /** A link itself: its `attributes` hold the URL. `through` names the prop that made it one (`as={Link}`). */
  | { kind: "terminal"; terminal: LinkTerminal; attributes: readonly string[]; through: "as" | "component" | null }
  /** A component that renders a link from its props. */
  | { kind: "component"; component: LinkComponent };

/** A component that renders a link-like element from its props: its link sites, read once per file version. */
export interface LinkComponent {
  fn: FunctionNode;
  scope: ModuleScope;
  sites: LinkSite[];
}

/** An element of a component that renders a link, and the `.map` callbacks around it (outermost first). */
export interface LinkSite {
  element: TSESTree.JSXOpeningElement;
  callbacks: readonly MapCallback[];
  target: ElementTarget;
}

/** The settings link detection depends on, and their cache key. */
export interface LinkSettings {
  settings: NextLogoutSettings;
  key: string;
}

const MAX_COMPONENT_DEPTH = 6;
const MAX_STEPS = 12;
const POLYMORPHIC_ATTRIBUTES = ["as", "component"] as const;
const WRAPPER_FUNCTIONS = new Set(["forwardRef", "memo"]);

const lintedFileComponents = new WeakMap<FunctionNode, LinkComponent | null>();
const componentsInProgress = new Map<FunctionNode, LinkComponent>();

export function createLinkSettings(settings: NextLogoutSettings): LinkSettings {
  return { settings, key: getLinkSettingsKey(settings) };
}

/**
 * What an element renders: a configured link component, a polymorphic `as={Link}`/`component={Link}`, next/link,
 * next-intl's `Link`, or a component (in this file or another) that renders one of these from its props.
 */
export function classifyElement(element: TSESTree.JSXOpeningElement, scope: ValueScope, link: LinkSettings, depth = 0): ElementTarget | null {
  const name = getJsxNameText(element.name);
  const attributes = name === null ? undefined : link.settings.linkComponents.get(name);
  if (name !== null && attributes) return { kind: "terminal", terminal: { kind: "setting", name }, attributes, through: null };
  for (const attribute of POLYMORPHIC_ATTRIBUTES) {
    const value = getJsxExpressionAttribute(element, attribute);
    const target = value ? classifyComponentValue({ node: value, scope }, link, depth) : null;
    if (target?.kind === "terminal") return { ...target, attributes: ["href"], through: attribute };
    if (target) return target;
  }
  if (element.name.type === AST_NODE_TYPES.JSXIdentifier && !/^[A-Z_$]/.test(element.name.name)) return null;
  return classifyComponentValue({ node: element.name, scope }, link, depth);
}

/** What a value used as a component is: follows names, members, conditionals and `forwardRef`/`memo`. */
export function classifyComponentValue(start: ScopedNode | null, link: LinkSettings, depth: number): ElementTarget | null {
  let value = start;
  for (let step = 0; value && step < MAX_STEPS; step++) {
    if (value.external) {
      if (value.external.name !== "default") return null;
      if (value.external.source === "next/link") return { kind: "terminal", terminal: { kind: "next-link" }, attributes: ["href"], through: null };
      // next-intl 2 (and 3's betas) exported its locale-aware Link from `next-intl/link`.
      if (value.external.source === "next-intl/link") return { kind: "terminal", terminal: { kind: "intl-link", factoryCall: null }, attributes: ["href"], through: null };
      return null;
    }
    const intl = getIntlNavigationApi(value);
    if (intl) return intl.name === "Link" ? { kind: "terminal", terminal: { kind: "intl-link", factoryCall: intl.factoryCall }, attributes: ["href"], through: null } : null;
    const { scope } = value;
    const node = skipTypeAssertions(value.node);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.JSXIdentifier: {
        const imported = getProjectImport(node, scope);
        if (imported) return classifyExport(imported.file, imported.name, link, depth);
        value = scope.resolve(node);
        break;
      }
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.JSXMemberExpression: {
        const key = node.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(node) : node.property.name;
        const root = getRootName(node);
        const imported = root ? getProjectImport(root, scope) : null;
        const mayBeLink = !imported || mayReachLink(imported.file, link.settings, link.key);
        const container = key !== null && mayBeLink ? resolveContainer({ node: node.object, scope }) : null;
        value = container && key !== null ? getContainerProperty(container, key) : null;
        break;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return classifyComponentValue({ node: node.consequent, scope }, link, depth) ?? classifyComponentValue({ node: node.alternate, scope }, link, depth);
      case AST_NODE_TYPES.LogicalExpression:
        return classifyComponentValue({ node: node.left, scope }, link, depth) ?? classifyComponentValue({ node: node.right, scope }, link, depth);
      case AST_NODE_TYPES.CallExpression: {
        const [first] = node.arguments;
        value = isWrapperCall(node) && first && first.type !== AST_NODE_TYPES.SpreadElement ? { node: first, scope } : null;
        break;
      }
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression: {
        const component = getLinkComponent({ node, scope }, link, depth + 1);
        return component ? { kind: "component", component } : null;
      }
      default:
        return null;
    }
  }
  return null;
}

/** The link sites of a component; `null` when it renders no link from its props. Cached per file version. */
function getLinkComponent(value: { node: FunctionNode; scope: ValueScope }, link: LinkSettings, depth: number): LinkComponent | null {
  if (depth > MAX_COMPONENT_DEPTH) {
    markIncomplete();
    return null;
  }
  const base = getModuleScope(value.scope);
  if (!base) return null;
  const fn = value.node;
  // A component that renders itself (a tree menu), directly or through another: the one being read stands for it.
  const pending = componentsInProgress.get(fn);
  if (pending) return pending;
  if (base.file === null || base.isLintedFile) {
    const cached = lintedFileComponents.get(fn);
    if (cached !== undefined) return cached;
    const component = summarize(fn, base, link, depth);
    lintedFileComponents.set(fn, component);
    return component;
  }
  return deriveFromFile(base.file, `link-component:${fn.range[0]}:${link.key}`, () => summarize(fn, base, link, depth), null) ?? null;
}

function summarize(fn: FunctionNode, scope: ModuleScope, link: LinkSettings, depth: number): LinkComponent | null {
  const [props] = fn.params;
  if (!props || !fn.body) return null;
  const propNames = getPropNames(fn, props);
  const sites: LinkSite[] = [];
  const component: LinkComponent = { fn, scope, sites };
  componentsInProgress.set(fn, component);
  try {
    forEachNode(fn.body, (node) => {
      if (node.type !== AST_NODE_TYPES.JSXOpeningElement || !mayBeLinkElement(node)) return true;
      const callbacks = getMapCallbacks(node, fn);
      if (!dependsOnProps(node, callbacks, propNames)) return true;
      const target = classifyElement(node, scope, link, depth);
      if (target) sites.push({ element: node, callbacks, target });
      return true;
    });
  } finally {
    componentsInProgress.delete(fn);
  }
  // Rendering only itself renders no link.
  const rendersLink = sites.some((site) => site.target.kind !== "component" || site.target.component !== component);
  return rendersLink ? component : null;
}

/**
 * What a project module's export is as a component, cached with that module. A module whose text (and imports')
 * shows no way to a link is never parsed.
 */
function classifyExport(file: string, name: string, link: LinkSettings, depth: number): ElementTarget | null {
  if (!mayReachLink(file, link.settings, link.key)) return null;
  const compute = () => {
    const exported = name === "*" ? null : (getProjectModuleScope(file)?.resolveExport(name) ?? null);
    return classifyComponentValue(exported, link, depth);
  };
  return deriveFromFile(file, `element:${name}:${link.key}`, compute, null) ?? null;
}

/** `{ file, name }` when a name is imported from a project module that cross-file reading can follow. */
function getProjectImport(name: TSESTree.Identifier | TSESTree.JSXIdentifier, scope: ValueScope): { file: string; name: string } | null {
  const base = getModuleScope(scope);
  if (!base?.crossFile || base.file === null) return null;
  const variable = base.findVariable(name.name, name);
  if (scope instanceof BoundScope && variable && scope.bindings.has(variable)) return null;
  const [definition, ...others] = variable?.defs ?? [];
  if (definition?.type !== "ImportBinding" || others.length > 0 || definition.parent?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
  const specifier = definition.node;
  if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration || definition.parent.importKind === "type") return null;
  const file = resolveImport(definition.parent.source.value, base.file);
  if (file === null) return null;
  const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? getImportedName(specifier) : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ? "default" : "*";
  return { file, name: imported };
}

function getModuleScope(scope: ValueScope): ModuleScope | null {
  if (scope instanceof BoundScope) return scope.base;
  return scope instanceof ModuleScope ? scope : null;
}

/** An element that could be a link: a component name (`Link`, `UI.Link`), or an `as`/`component` prop. */
function mayBeLinkElement(element: TSESTree.JSXOpeningElement): boolean {
  const { name } = element;
  if (name.type === AST_NODE_TYPES.JSXMemberExpression || (name.type === AST_NODE_TYPES.JSXIdentifier && /^[A-Z_$]/.test(name.name))) return true;
  return POLYMORPHIC_ATTRIBUTES.some((attribute) => getJsxExpressionAttribute(element, attribute) !== null);
}

/**
 * The names that stand for props in a component: those its props parameter declares, and the body's top-level
 * consts computed from them (`const { href, ...rest } = props`, `const url = href ?? "#"`).
 */
function getPropNames(fn: FunctionNode, props: TSESTree.Parameter): Set<string> {
  const names = new Set(getBoundNames(props));
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return names;
  for (const statement of fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      if (declarator.init && mentionsAny(declarator.init, names)) for (const name of getBoundNames(declarator.id)) names.add(name);
    }
  }
  return names;
}

function dependsOnProps(element: TSESTree.JSXOpeningElement, callbacks: readonly MapCallback[], names: ReadonlySet<string>): boolean {
  return element.attributes.some((attribute) => mentionsAny(attribute, names)) || callbacks.some((callback) => mentionsAny(callback.array, names));
}

function mentionsAny(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
  let found = false;
  forEachNode(node, (child) => {
    if (found) return false;
    if (child.type === AST_NODE_TYPES.Identifier && names.has(child.name)) found = true;
    return !found;
  });
  return found;
}


/** `forwardRef(fn)`, `memo(fn)`, `React.forwardRef(fn)`, `React.memo(Component)`. */
function isWrapperCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeAssertions(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
  return name !== null && WRAPPER_FUNCTIONS.has(name);
}

function getRootName(node: TSESTree.MemberExpression | TSESTree.JSXMemberExpression): TSESTree.Identifier | TSESTree.JSXIdentifier | null {
  let object: TSESTree.Node = node.object;
  while (object.type === AST_NODE_TYPES.MemberExpression || object.type === AST_NODE_TYPES.JSXMemberExpression) object = object.object;
  return object.type === AST_NODE_TYPES.Identifier || object.type === AST_NODE_TYPES.JSXIdentifier ? object : null;
}

import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getPropertyName } from "../js/ast.ts";
import { evaluateScoped, type EvaluationOptions, type HrefValue } from "../urls/href-value.ts";
import { UNKNOWN } from "../urls/url-shape.ts";
import { getContainerProperty, getMember, getStaticKey, resolveContainer, skipTypeAssertions, type ScopedNode } from "../urls/value-scope.ts";

// next-intl's navigation APIs (`next-intl/navigation`): `createNavigation(routing)` returns `Link`, `redirect`,
// `permanentRedirect`, `usePathname`, `useRouter` and `getPathname`, thin wrappers around next/link and the App
// Router that add the locale. Before v4, `createSharedPathnamesNavigation` and `createLocalizedPathnamesNavigation`
// returned the same names. Apps call it once, in a module such as src/i18n/navigation.ts, and import from there.
const INTL_NAVIGATION_MODULE = "next-intl/navigation";
const NAVIGATION_FACTORIES: ReadonlySet<string> = new Set(["createNavigation", "createSharedPathnamesNavigation", "createLocalizedPathnamesNavigation"]);

/** One of the APIs a navigation factory returned, and where that happened (the `createNavigation(…)` call). */
export interface IntlNavigationApi {
  name: string;
  factoryCall: ScopedNode;
}

/**
 * Which next-intl navigation API a resolved value is: a name destructured from the factory's result
 * (`export const { Link } = createNavigation(routing)`, renamed or not) or a member of it (`navigation.Link`).
 */
export function getIntlNavigationApi(value: ScopedNode | null): IntlNavigationApi | null {
  if (!value) return null;
  const node = skipTypeAssertions(value.node);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(node);
    const object = skipTypeAssertions(node.object);
    const factory = object.type === AST_NODE_TYPES.Identifier ? value.scope.resolve(object) : null;
    return name !== null && factory && isNavigationFactoryCall(factory) ? { name, factoryCall: factory } : null;
  }
  let property: TSESTree.Node | undefined = node;
  if (property.type === AST_NODE_TYPES.AssignmentPattern) property = property.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.parent?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const declarator = property.parent.parent;
  const name = getStaticKey(property.key, property.computed);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || name === null) return null;
  const factoryCall = { node: declarator.init, scope: value.scope };
  return isNavigationFactoryCall(factoryCall) ? { name, factoryCall } : null;
}

/** `createNavigation(routing)` and its older twins, imported from next-intl/navigation (also through a namespace). */
function isNavigationFactoryCall(value: ScopedNode): boolean {
  const call = skipTypeAssertions(value.node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeAssertions(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const external = value.scope.resolve(callee)?.external;
    return external?.source === INTL_NAVIGATION_MODULE && NAVIGATION_FACTORIES.has(external.name);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const external = value.scope.resolve(callee.object)?.external;
  const name = getPropertyName(callee);
  return external?.source === INTL_NAVIGATION_MODULE && external.name === "*" && name !== null && NAVIGATION_FACTORIES.has(name);
}

/** The next-intl API a callee is (`useRouter`, `nav.useRouter`, `getPathname`), in the callee's scope. */
export function getIntlApiOfCallee(callee: TSESTree.Node, scope: ScopedNode["scope"]): IntlNavigationApi | null {
  const node = skipTypeAssertions(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return getIntlNavigationApi(scope.resolve(node));
  if (node.type === AST_NODE_TYPES.MemberExpression) return getIntlNavigationApi(getMember(node, scope));
  return null;
}

/**
 * Evaluation of next-intl's `getPathname({ href, locale })`: the href with a locale segment in front (unknown,
 * since `localePrefix` decides whether there is one).
 */
export const evaluateIntlCall: NonNullable<EvaluationOptions["evaluateCall"]> = (call, scope) => {
  if (getIntlApiOfCallee(call.callee, scope)?.name !== "getPathname") return null;
  const [options] = call.arguments;
  const container = options && options.type !== AST_NODE_TYPES.SpreadElement ? resolveContainer({ node: options, scope }) : null;
  const href = container ? getContainerProperty(container, "href") : null;
  if (!href) return null;
  return { ...withLocalePrefix(evaluateScoped(href, LINK_EVALUATION)), form: "string", staticUrl: null };
};

/** How link hrefs and router targets are evaluated: calls of URL helpers included, next-intl's `getPathname` too. */
export const LINK_EVALUATION: EvaluationOptions = { calls: true, evaluateCall: evaluateIntlCall };

/** `/logout` as next-intl's Link or router sends it: `/<locale>/logout`, the locale known only at run time. */
export function withLocalePrefix(href: HrefValue): HrefValue {
  const urls = href.urls.map((url) => (url.startsWith("/") && !url.startsWith("//") ? `/${UNKNOWN}${url === "/" ? "" : url}` : url));
  return { ...href, urls };
}

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { createSourceResolvers, type Binding, type ResolveConst, type SourceResolvers } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { withUnusedBindingsRemoved } from "../src/edits/unused-bindings.ts";
import { evaluateHref, type HrefValue } from "../src/urls/href-value.ts";
import { getImportSpecifierRemoval } from "../src/edits/import-edits.ts";
import { getImportDeclarations, isDefaultImport } from "../src/js/imports.ts";
import { getAttributeName, getLinkToAnchorEdits, type AnchorOptions } from "../src/links/link-to-anchor.ts";
import { findServerLogoutUrl } from "../src/links/logout-target.ts";
import { getRouterNavigation, ROUTER_MODULES, type RouterNavigation } from "../src/links/next-router.ts";
import { getRouterNavigationEdits } from "../src/links/router-to-location.ts";
import { findProjectRoot } from "../src/project/packages.ts";
import { hasPagesRouter } from "../src/project/served-routes.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mergeTextEdits } from "../src/edits/text-edit.ts";
import { describeUrl } from "../src/urls/url-shape.ts";
import { mayImportLinkOrRouter, mayReferenceLogoutPath } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds =
  | "linkToLogout"
  | "linkWithoutPrefetchToLogout"
  | "routerToLogout"
  | "prefetchOfLogout"
  | "suggestFullPageLoad"
  | "suggestRemovePrefetch";

type LinkImport = Extract<Binding, { type: "import" }>;

const WHAT_INSTEAD = "Use `<a href>`, a POST `<form>` or a Server Action.";

export default createRule<Options, MessageIds>({
  name: "no-link-to-logout",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `next/link` and client-router navigation to logout routes",
      recommended: "recommended",
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      linkToLogout: "`<{{name}}>` prefetches the logout route `{{url}}` and signs the user out without a click. " + WHAT_INSTEAD,
      linkWithoutPrefetchToLogout:
        "`<{{name}}>` to the logout route `{{url}}` is a soft navigation: the signed-in layout stays on screen. " + WHAT_INSTEAD,
      routerToLogout:
        "`{{callee}}()` to the logout route `{{url}}` is a soft navigation: the signed-in layout stays on screen. " +
        "Use `window.location.replace()` or a POST `<form>`.",
      prefetchOfLogout: "`{{callee}}()` prefetches the logout route `{{url}}` and signs the user out without a click. Remove it.",
      suggestFullPageLoad: "Navigate with `window.location.replace()`.",
      suggestRemovePrefetch: "Remove this prefetch.",
    },
    schema: [],
  },
  create(context) {
    const settings = parseSettings(context.settings);
    const { sourceCode } = context;
    if (!mayImportLinkOrRouter(sourceCode.text) || !mayReferenceLogoutPath(sourceCode.text, settings.logoutPaths)) return {};
    const source = sourceCode.text;
    let linkNames = new Set<string>();
    let hasRouterImport = false;
    const linkCandidates: TSESTree.JSXElement[] = [];
    let resolvers: SourceResolvers | null = null;
    const getResolvers = () => (resolvers ??= createSourceResolvers(sourceCode));
    const findLogoutUrl = (href: HrefValue) => findServerLogoutUrl(href, settings, context.filename);
    let anchorOptions: AnchorOptions | null = null;
    const getAnchorOptions = (): AnchorOptions => {
      const root = findProjectRoot(context.filename);
      return (anchorOptions ??= { hrefInBraces: root !== null && hasPagesRouter(root) });
    };

    function reportRouterNavigation(navigation: RouterNavigation, href: HrefValue, url: string): void {
      const { method, call } = navigation;
      const calleeText = sourceCode.getText(call.callee);
      const edits = getRouterNavigationEdits(source, navigation, href);
      const data = { callee: calleeText.length > 40 ? method : calleeText, url: describeUrl(url) };
      const messageId = method === "prefetch" ? "prefetchOfLogout" : "routerToLogout";
      const suggestionId = method === "prefetch" ? "suggestRemovePrefetch" : "suggestFullPageLoad";
      context.report({
        node: call,
        messageId,
        data,
        suggest: edits ? [{ messageId: suggestionId, data, fix: toFix(source, withUnusedBindingsRemoved(sourceCode, edits)) }] : [],
      });
    }

    function reportLinks(): void {
      const { resolveBinding, resolveConst } = getResolvers();
      const usagesByImport = new Map<TSESTree.ImportClause, { linkImport: LinkImport; elements: TSESTree.JSXElement[] }>();
      for (const element of linkCandidates) {
        const binding = resolveBinding((element.openingElement.name as TSESTree.JSXIdentifier).name, element);
        if (binding?.type !== "import" || binding.declaration.source.value !== "next/link") continue;
        if (!isDefaultImport(binding.specifier)) continue;
        const usages = usagesByImport.get(binding.specifier) ?? { linkImport: binding, elements: [] };
        usages.elements.push(element);
        usagesByImport.set(binding.specifier, usages);
      }
      for (const [specifier, { linkImport, elements }] of usagesByImport) {
        const findings = elements.flatMap((element) => {
          const finding = analyzeLink(element, resolveConst);
          return finding ? [finding] : [];
        });
        // One fix converts every fixable Link and drops the import, so `--fix` never leaves a `<Link>` behind
        // without its import; the other reports fix only their own element.
        const allFixable = findings.length === elements.length && findings.every((finding) => finding.edits);
        const isImportUnused = allFixable && countNonJsxReferences(sourceCode, specifier) === 0;
        findings.forEach((finding, index) => {
          const edits =
            index === 0 && isImportUnused
              ? (mergeTextEdits([
                  ...findings.flatMap((other) => other.edits ?? []),
                  getImportSpecifierRemoval(source, linkImport.declaration, specifier),
                ]) ?? finding.edits)
              : finding.edits;
          context.report({
            node: finding.element.openingElement,
            messageId: hasPrefetchDisabled(finding.element) ? "linkWithoutPrefetchToLogout" : "linkToLogout",
            data: { name: specifier.local.name, url: describeUrl(finding.url) },
            fix: edits ? toFix(source, edits) : null,
          });
        });
      }
    }

    function analyzeLink(element: TSESTree.JSXElement, resolveConst: ResolveConst) {
      const hrefAttribute = element.openingElement.attributes.find(
        (attribute): attribute is TSESTree.JSXAttribute =>
          attribute.type === AST_NODE_TYPES.JSXAttribute && getAttributeName(attribute) === "href",
      );
      const value = hrefAttribute?.value;
      if (!hrefAttribute || !value) return null;
      const expression = value.type === AST_NODE_TYPES.JSXExpressionContainer ? value.expression : value;
      if (expression.type === AST_NODE_TYPES.JSXEmptyExpression) return null;
      const href = evaluateHref(expression, resolveConst);
      const url = findLogoutUrl(href);
      if (url === null) return null;
      return { element, url, edits: getLinkToAnchorEdits(source, element, hrefAttribute, href, getAnchorOptions()) };
    }

    return {
      Program(program) {
        const linkImports = getImportDeclarations(program, "next/link");
        linkNames = new Set(
          linkImports.flatMap((declaration) => declaration.specifiers.filter(isDefaultImport).map((s) => s.local.name)),
        );
        hasRouterImport = [...ROUTER_MODULES].some((module) => getImportDeclarations(program, module).length > 0);
      },
      JSXOpeningElement(node) {
        if (linkNames.size === 0 || node.name.type !== AST_NODE_TYPES.JSXIdentifier) return;
        if (linkNames.has(node.name.name) && node.parent.type === AST_NODE_TYPES.JSXElement) {
          linkCandidates.push(node.parent);
        }
      },
      CallExpression(node) {
        if (!hasRouterImport) return;
        const { resolveBinding, resolveConst } = getResolvers();
        const navigation = getRouterNavigation(node, resolveBinding);
        if (!navigation) return;
        const href = evaluateHref(navigation.target, resolveConst);
        const url = findLogoutUrl(href);
        if (url !== null) reportRouterNavigation(navigation, href, url);
      },
      "Program:exit"() {
        if (linkCandidates.length > 0) reportLinks();
      },
    };
  },
});

/** References outside JSX (`typeof Link`, `const C = Link`): each keeps the import alive. */
function countNonJsxReferences(sourceCode: Readonly<TSESLint.SourceCode>, specifier: TSESTree.ImportClause): number {
  const [variable] = sourceCode.scopeManager?.getDeclaredVariables(specifier) ?? [];
  if (!variable) return 1;
  return variable.references.filter((reference) => reference.identifier.type === AST_NODE_TYPES.Identifier).length;
}

function hasPrefetchDisabled(element: TSESTree.JSXElement): boolean {
  return element.openingElement.attributes.some(
    (attribute) =>
      attribute.type === AST_NODE_TYPES.JSXAttribute &&
      getAttributeName(attribute) === "prefetch" &&
      attribute.value?.type === AST_NODE_TYPES.JSXExpressionContainer &&
      attribute.value.expression.type === AST_NODE_TYPES.Literal &&
      attribute.value.expression.value === false,
  );
}

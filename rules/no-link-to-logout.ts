import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { createSourceResolvers, type Binding, type SourceResolvers } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { isLeftUnused, withUnusedBindingsRemoved } from "../src/edits/unused-bindings.ts";
import type { HrefValue } from "../src/urls/href-value.ts";
import { getImportSpecifierRemoval } from "../src/edits/import-edits.ts";
import { getImportDeclarations, hasValueImportFrom, isDefaultImport } from "../src/js/imports.ts";
import {
  FileLinkAnalysis,
  getLogoutPathSource,
  isLinkCandidate,
  mayImportLogoutText,
  mayReadImportedLogoutValue,
} from "../src/links/link-analysis.ts";
import type { LinkFinding } from "../src/links/link-values.ts";
import { getAttributeName, getLinkToAnchorEdits, type AnchorOptions } from "../src/links/link-to-anchor.ts";
import { countNonJsxReferences, hasPrefetchDisabled, isDirectLink } from "../src/links/next-link-elements.ts";
import { getRouterMethodName, getRouterNavigation, mayBeRouterNavigation, ROUTER_MODULES, type RouterNavigation } from "../src/links/next-router.ts";
import { getRouterNavigationEdits } from "../src/links/router-to-location.ts";
import { findProjectRoot } from "../src/project/packages.ts";
import { hasPagesRouter } from "../src/project/served-routes.ts";
import { parseSettings, type NextLogoutSettings } from "../src/project/settings.ts";
import { mergeTextEdits, type TextEdit } from "../src/edits/text-edit.ts";
import { mayDestructureRouterMethod } from "../src/prefilter/text-checks.ts";
import { describeUrl, UNKNOWN } from "../src/urls/url-shape.ts";

export type Options = [];
export type MessageIds =
  | "linkToLogout"
  | "linkWithoutPrefetchToLogout"
  | "routerToLogout"
  | "prefetchOfLogout"
  | "suggestFullPageLoad"
  | "suggestRemovePrefetch"
  | "linkChainToLogout"
  | "namedLogoutLink"
  | "intlRouterToLogout"
  | "namedLogoutRouter"
  | "suggestAnchorAs";

type LinkImport = Extract<Binding, { type: "import" }>;

const WHAT_INSTEAD = "Use `<a href>`, a POST `<form>` or a Server Action.";
const WHAT_INSTEAD_OF_ROUTER = "Use `window.location.replace()` or a POST `<form>`.";

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
        "`{{callee}}()` to the logout route `{{url}}` is a soft navigation: the signed-in layout stays on screen. " + WHAT_INSTEAD_OF_ROUTER,
      prefetchOfLogout: "`{{callee}}()` prefetches the logout route `{{url}}` and signs the user out without a click. Remove it.",
      suggestFullPageLoad: "Navigate with `window.location.replace()`.",
      suggestRemovePrefetch: "Remove this prefetch.",
      // Links found through other components, data or files: the chain says where the link is.
      linkChainToLogout: "Logout route `{{url}}`{{from}} is {{chain}}, which prefetches it. Use `<a href>` or a POST `<form>`.",
      namedLogoutLink: "`{{name}}` looks like a logout URL and is {{chain}}, which prefetches it. Use `<a href>` or a POST `<form>`.",
      intlRouterToLogout: "`{{callee}}()` (next-intl's router) to the logout route `{{url}}` is a soft navigation. " + WHAT_INSTEAD_OF_ROUTER,
      namedLogoutRouter: "`{{name}}` is named like a logout URL, and `{{callee}}()` goes there softly. " + WHAT_INSTEAD_OF_ROUTER,
      suggestAnchorAs: 'Use `{{attribute}}="a"` to render a plain `<a>`.',
    },
    schema: [],
  },
  create(context) {
    const settings = parseSettings(context.settings);
    const { sourceCode, filename } = context;
    // Without a logout path in its own text, a file can only link to one that a module it imports writes.
    const logoutPathSource = getLogoutPathSource(sourceCode.text, filename, settings);
    if (logoutPathSource === "none") return {};
    if (logoutPathSource === "imports") {
      if (!mayImportLogoutText(sourceCode.ast, filename, settings)) return {};
      // Most files read only members that hold no logout URL (`ROUTES.settings`) of the module that writes one.
      if (!mayReadImportedLogoutValue(sourceCode, filename, settings)) return {};
    }
    return createLinkListeners(context, settings, logoutPathSource);
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/**
 * The listeners for a file that may link to a logout route, apart from `create`'s gate: most files stop at the gate,
 * and never make the closures below.
 */
function createLinkListeners(context: Context, settings: NextLogoutSettings, logoutPathSource: "here" | "imports"): TSESLint.RuleListener {
  const { sourceCode } = context;
  const source = sourceCode.text;
  let linkNames = new Set<string>();
  let hasRouterImport = false;
  // A call of a bare name is a navigation only as a destructured router method: most calls are skipped unresolved.
  const mayCallDestructuredRouter = mayDestructureRouterMethod(source);
  const nextLinkElements: TSESTree.JSXElement[] = [];
  const elements: TSESTree.JSXOpeningElement[] = [];
  let resolvers: SourceResolvers | null = null;
  const getResolvers = () => (resolvers ??= createSourceResolvers(sourceCode));
  // Made on the first candidate only: most files never need the cross-file analysis.
  let analysis: FileLinkAnalysis | null = null;
  const getAnalysis = () => (analysis ??= new FileLinkAnalysis(sourceCode, context.filename, settings));
  const reported = new Set<string>();
  let anchorOptions: AnchorOptions | null = null;
  const getAnchorOptions = (): AnchorOptions => {
    const root = findProjectRoot(context.filename);
    return (anchorOptions ??= { hrefInBraces: root !== null && hasPagesRouter(root) });
  };

  /** One report per node, message and URL: a link rendered twice (desktop and mobile menus) is one problem. */
  function report(descriptor: Parameters<typeof context.report>[0] & { node: TSESTree.Node }, detail: string): void {
    const key = `${descriptor.node.range.join(":")} ${"messageId" in descriptor ? descriptor.messageId : ""} ${detail}`;
    if (reported.has(key)) return;
    reported.add(key);
    context.report(descriptor);
  }

  function reportRouterNavigation(navigation: RouterNavigation, href: HrefValue, url: string): void {
    const { method, call } = navigation;
    const calleeText = sourceCode.getText(call.callee);
    const data = { callee: calleeText.length > 40 ? method : calleeText, url: describeUrl(url) };
    // next-intl's router adds the locale: only dropping a prefetch is as certain there.
    const isIntlNavigation = navigation.module === "next-intl" && method !== "prefetch";
    const edits = isIntlNavigation ? null : getRouterNavigationEdits(source, navigation, href);
    const messageId = method === "prefetch" ? "prefetchOfLogout" : isIntlNavigation ? "intlRouterToLogout" : "routerToLogout";
    const suggestionId = method === "prefetch" ? "suggestRemovePrefetch" : "suggestFullPageLoad";
    const allEdits = edits ? withUnusedBindingsRemoved(sourceCode, edits) : null;
    // `const { push, ...rest } = useRouter()`: `push` can't leave the pattern, and would stay unused.
    const { callee } = call;
    const leavesUnused = allEdits !== null && callee.type === AST_NODE_TYPES.Identifier && isLeftUnused(sourceCode, callee, allEdits);
    const fix = allEdits && !leavesUnused ? toFix(source, allEdits) : null;
    report({ node: call, messageId, data, suggest: fix ? [{ messageId: suggestionId, data, fix }] : [] }, url);
  }

  function reportLinks(): void {
    let candidates = elements.filter((element) => isLinkCandidate(element, settings));
    if (candidates.length === 0) return;
    const links = getAnalysis();
    // A logout URL from another file: only elements that read code which writes one are worth classifying.
    if (logoutPathSource === "imports") candidates = candidates.filter((element) => links.mayReadLogoutValue(element));
    const findingsByElement = new Map<TSESTree.JSXOpeningElement, LinkFinding[]>();
    for (const element of candidates) {
      const target = links.classify(element);
      const findings = target ? links.findLinks(element, target) : [];
      if (findings.length > 0) findingsByElement.set(element, findings);
    }
    const handled = reportNextLinks(findingsByElement);
    for (const [element, findings] of findingsByElement) {
      for (const finding of findings) if (!handled.has(finding)) reportFinding(links, element, finding);
    }
  }

  /** `<Link>`s of next/link written in this file, whose URL is known: reported with the `<a>` fix. */
  function reportNextLinks(findingsByElement: ReadonlyMap<TSESTree.JSXOpeningElement, LinkFinding[]>): Set<LinkFinding> {
    const handled = new Set<LinkFinding>();
    const { resolveBinding } = getResolvers();
    const usagesByImport = new Map<TSESTree.ImportClause, { linkImport: LinkImport; elements: TSESTree.JSXElement[] }>();
    for (const element of nextLinkElements) {
      const binding = resolveBinding((element.openingElement.name as TSESTree.JSXIdentifier).name, element);
      if (binding?.type !== "import" || binding.declaration.source.value !== "next/link") continue;
      if (!isDefaultImport(binding.specifier)) continue;
      const usages = usagesByImport.get(binding.specifier) ?? { linkImport: binding, elements: [] };
      usages.elements.push(element);
      usagesByImport.set(binding.specifier, usages);
    }
    for (const [specifier, { linkImport, elements: usages }] of usagesByImport) {
      const findings = usages.flatMap((element) => {
        const finding = findingsByElement.get(element.openingElement)?.find((candidate) => isDirectLink(candidate, element.openingElement));
        if (!finding || finding.value.kind !== "url") return [];
        handled.add(finding);
        return [{ element, url: finding.value.url, edits: getAnchorEdits(element, finding.value.href) }];
      });
      // One fix converts every fixable Link and drops the import, so `--fix` never leaves a `<Link>` behind
      // without its import; the other reports fix only their own element.
      const allFixable = findings.length === usages.length && findings.every((finding) => finding.edits);
      const isImportUnused = allFixable && countNonJsxReferences(sourceCode, specifier) === 0;
      findings.forEach((finding, index) => {
        const edits =
          index === 0 && isImportUnused
            ? (mergeTextEdits([
                ...findings.flatMap((other) => other.edits ?? []),
                getImportSpecifierRemoval(source, linkImport.declaration, specifier),
              ]) ?? finding.edits)
            : finding.edits;
        report(
          {
            node: finding.element.openingElement,
            messageId: hasPrefetchDisabled(finding.element) ? "linkWithoutPrefetchToLogout" : "linkToLogout",
            data: { name: specifier.local.name, url: describeUrl(finding.url) },
            fix: edits ? toFix(source, edits) : null,
          },
          finding.url,
        );
      });
    }
    return handled;
  }

  function getAnchorEdits(element: TSESTree.JSXElement, href: HrefValue): TextEdit[] | null {
    const hrefAttribute = element.openingElement.attributes.find(
      (attribute): attribute is TSESTree.JSXAttribute =>
        attribute.type === AST_NODE_TYPES.JSXAttribute && getAttributeName(attribute) === "href",
    );
    return hrefAttribute ? getLinkToAnchorEdits(source, element, hrefAttribute, href, getAnchorOptions()) : null;
  }

  /**
   * A link found through a component, a polymorphic `as`, next-intl, menu data or a name: reported at the data
   * entry when this file holds it (that is the line to change), else at the element, naming the chain.
   */
  function reportFinding(links: FileLinkAnalysis, element: TSESTree.JSXOpeningElement, finding: LinkFinding): void {
    const entryNode = links.getEntryNode(finding);
    const node = entryNode ?? element;
    const chain = links.describeChain(finding, node);
    if (finding.value.kind === "named") {
      report({ node, messageId: "namedLogoutLink", data: { name: finding.value.text, chain } }, finding.value.text);
      return;
    }
    const from = finding.entry && !entryNode ? ` (from ${links.locate(finding.entry)})` : "";
    const data = { url: describeUrl(finding.value.url), from, chain };
    const suggestion = node === finding.link.node && finding.components.length === 0 ? getAnchorAsSuggestion(finding) : null;
    report({ node, messageId: "linkChainToLogout", data, suggest: suggestion ? [suggestion] : [] }, finding.value.url);
  }

  /** `as={Link}` written on the element itself: `as="a"` renders the same element as a plain anchor. */
  function getAnchorAsSuggestion(finding: LinkFinding) {
    const attribute = finding.through
      ? finding.link.node.attributes.findLast(
          (candidate): candidate is TSESTree.JSXAttribute => candidate.type === AST_NODE_TYPES.JSXAttribute && getAttributeName(candidate) === finding.through,
        )
      : undefined;
    const value = attribute?.value;
    if (!attribute || value?.type !== AST_NODE_TYPES.JSXExpressionContainer || value.expression.type !== AST_NODE_TYPES.Identifier) return null;
    const edits: TextEdit[] = [{ range: value.range, text: '"a"' }];
    return { messageId: "suggestAnchorAs" as const, data: { attribute: getAttributeName(attribute) }, fix: toFix(source, edits) };
  }

  return {
    Program(program) {
      const linkImports = getImportDeclarations(program, "next/link");
      linkNames = new Set(
        linkImports.flatMap((declaration) => declaration.specifiers.filter(isDefaultImport).map((s) => s.local.name)),
      );
      // next-intl's `useRouter` comes from the project's own navigation module, under the same name.
      hasRouterImport = hasValueImportFrom(program, ROUTER_MODULES) || /\buse\w*Router\b/.test(source);
    },
    JSXOpeningElement(node) {
      elements.push(node);
      if (node.name.type === AST_NODE_TYPES.JSXIdentifier && linkNames.has(node.name.name) && node.parent.type === AST_NODE_TYPES.JSXElement) {
        nextLinkElements.push(node.parent);
      }
    },
    CallExpression(node) {
      if (!hasRouterImport || !mayBeRouterNavigation(node, mayCallDestructuredRouter)) return;
      const { resolveBinding } = getResolvers();
      // next's own routers first; next-intl's is resolved across files only for what looks like a router call.
      let navigation = getRouterNavigation(node, resolveBinding);
      if (!navigation && getRouterMethodName(node, resolveBinding) === null) return;
      const [target] = node.arguments;
      if (!target) return;
      const links = getAnalysis();
      if (logoutPathSource === "imports" && !links.mayReadLogoutValue(target)) return;
      navigation ??= getRouterNavigation(node, resolveBinding, links.resolveRouterHook);
      if (!navigation) return;
      const href = links.evaluate(navigation.target);
      const url = navigation.module === "next-intl" ? links.findIntlLogoutUrl(href) : links.findLogoutUrl(href);
      if (url !== null) {
        reportRouterNavigation(navigation, href, url);
        return;
      }
      const name = href.urls.every((shape) => shape === UNKNOWN) ? links.getLogoutUrlName(navigation.target) : null;
      if (name === null || navigation.method === "prefetch") return;
      const callee = sourceCode.getText(node.callee);
      report({ node, messageId: "namedLogoutRouter", data: { name, callee: callee.length > 40 ? navigation.method : callee } }, name);
    },
    "Program:exit"() {
      if (elements.length > 0) reportLinks();
    },
  };
}

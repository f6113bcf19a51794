import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { LinkFinding } from "./link-values.ts";
import { getAttributeName } from "./link-to-anchor.ts";

// The `<Link>` elements of next/link that a file writes itself: the ones no-link-to-logout fixes into `<a>`.

/** A `<Link>` of next/link whose own href is the logout URL: no component, data or name in between. */
export function isDirectLink(finding: LinkFinding, element: TSESTree.JSXOpeningElement): boolean {
  return (
    finding.link.node === element &&
    finding.components.length === 0 &&
    finding.terminal.kind === "next-link" &&
    finding.through === null &&
    finding.entry === null &&
    finding.value.kind === "url"
  );
}

/** References outside JSX (`typeof Link`, `const C = Link`): each keeps the import alive. */
export function countNonJsxReferences(sourceCode: Readonly<TSESLint.SourceCode>, specifier: TSESTree.ImportClause): number {
  const [variable] = sourceCode.scopeManager?.getDeclaredVariables(specifier) ?? [];
  if (!variable) return 1;
  return variable.references.filter((reference) => reference.identifier.type === AST_NODE_TYPES.Identifier).length;
}

export function hasPrefetchDisabled(element: TSESTree.JSXElement): boolean {
  return element.openingElement.attributes.some(
    (attribute) =>
      attribute.type === AST_NODE_TYPES.JSXAttribute &&
      getAttributeName(attribute) === "prefetch" &&
      attribute.value?.type === AST_NODE_TYPES.JSXExpressionContainer &&
      attribute.value.expression.type === AST_NODE_TYPES.Literal &&
      attribute.value.expression.value === false,
  );
}

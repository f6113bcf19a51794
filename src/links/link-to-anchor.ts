import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { HrefValue } from "../urls/href-value.ts";
import { getSourceStyle, writeStringLiteral, type SourceStyle } from "../edits/source-style.ts";
import { applyTextEdits, withLeadingWhitespace, type TextEdit } from "../edits/text-edit.ts";

/** `next/link` props that an `<a>` does not take. */
export const LINK_ONLY_PROPS: ReadonlySet<string> = new Set([
  "prefetch",
  "replace",
  "scroll",
  "shallow",
  "passHref",
  "legacyBehavior",
  "locale",
  "onNavigate",
]);

export interface AnchorOptions {
  /**
   * Write a string href as an expression, `href={"/logout"}`: in a project with a Pages Router, eslint-config-next's
   * `@next/next/no-html-link-for-pages` reports `<a href="/logout">` when a dynamic page's pattern matches it, and
   * asks for the `<Link>` that prefetches the logout. That rule checks string attributes only.
   */
  hrefInBraces?: boolean;
}

/**
 * Edits that turn `<Link href=…>…</Link>` into `<a href=…>…</a>`: Link-only props go, a static URL object
 * becomes a string, and `legacyBehavior` with a child `<a>` becomes that child carrying the `href`.
 * `null` when no edit is safe: spread props or `as` (the props `<a>` needs are unknown), an href that may not be
 * a string, or a legacy child that is not a plain `<a>`.
 */
export function getLinkToAnchorEdits(
  source: string,
  element: TSESTree.JSXElement,
  hrefAttribute: TSESTree.JSXAttribute,
  href: HrefValue,
  { hrefInBraces = false }: AnchorOptions = {},
): TextEdit[] | null {
  const { openingElement, closingElement } = element;
  const attributes: TSESTree.JSXAttribute[] = [];
  for (const attribute of openingElement.attributes) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || getAttributeName(attribute) === "as") return null;
    attributes.push(attribute);
  }
  const hrefText = getAnchorHrefText(source, hrefAttribute, href, hrefInBraces);
  const legacyBehavior = attributes.find((attribute) => getAttributeName(attribute) === "legacyBehavior");
  const isLegacy = legacyBehavior ? readBooleanAttribute(legacyBehavior) : false;
  if (hrefText === null || isLegacy === null) return null;
  if (isLegacy) return getLegacyChildEdits(source, element, attributes, hrefText);
  if (element.children.some((child) => isAnchorElement(child))) return null;

  const nameEnd = (openingElement.typeArguments ?? openingElement.name).range[1];
  const edits: TextEdit[] = [{ range: [openingElement.name.range[0], nameEnd], text: "a" }];
  if (closingElement) edits.push({ range: closingElement.name.range, text: "a" });
  for (const attribute of attributes) {
    const name = getAttributeName(attribute);
    if (LINK_ONLY_PROPS.has(name)) edits.push({ range: withLeadingWhitespace(source, attribute.range), text: "" });
    else if (attribute === hrefAttribute && hrefText !== getText(source, attribute)) {
      edits.push({ range: attribute.range, text: hrefText });
    }
  }
  return edits;
}

/** `legacyBehavior` hands Link's `href` to its only child: keep that child, now with the `href` itself. */
function getLegacyChildEdits(
  source: string,
  element: TSESTree.JSXElement,
  attributes: readonly TSESTree.JSXAttribute[],
  hrefText: string,
): TextEdit[] | null {
  const children = element.children.filter((child) => !(child.type === AST_NODE_TYPES.JSXText && !child.value.trim()));
  const child = children[0];
  const onlyLinkProps = attributes.every((attribute) => {
    const name = getAttributeName(attribute);
    return name === "href" || LINK_ONLY_PROPS.has(name);
  });
  if (children.length !== 1 || !isAnchorElement(child) || !onlyLinkProps) return null;

  const opening = child.openingElement;
  const childHref = opening.attributes.find(
    (attribute) => attribute.type === AST_NODE_TYPES.JSXAttribute && getAttributeName(attribute) === "href",
  );
  const offset = child.range[0];
  const childEdit: TextEdit = childHref
    ? { range: [childHref.range[0] - offset, childHref.range[1] - offset], text: hrefText }
    : { range: [opening.name.range[1] - offset, opening.name.range[1] - offset], text: ` ${hrefText}` };
  return [{ range: element.range, text: applyTextEdits(getText(source, child), [childEdit]) }];
}

function getAnchorHrefText(source: string, hrefAttribute: TSESTree.JSXAttribute, href: HrefValue, hrefInBraces: boolean): string | null {
  const style = getSourceStyle(source, hrefAttribute);
  const { value } = hrefAttribute;
  if (href.form === "string") {
    return hrefInBraces && value?.type === AST_NODE_TYPES.Literal && typeof value.value === "string"
      ? `href={${writeStringLiteral(value.value, style)}}`
      : getText(source, hrefAttribute);
  }
  if (href.form === "object" && href.staticUrl !== null) {
    return hrefInBraces ? `href={${writeStringLiteral(href.staticUrl, style)}}` : `href=${formatJsxStringValue(href.staticUrl, style)}`;
  }
  return null;
}

/**
 * A JSX attribute value: double-quoted, as JSX attributes are by convention, whatever quotes the file's code uses.
 * A JSX attribute string can't hold `"` and decodes `&…;` entities, so such URLs go in braces, as a string literal
 * in the file's quotes.
 */
export function formatJsxStringValue(value: string, style: Pick<SourceStyle, "quote">): string {
  return /["&\\\n\r]/.test(value) ? `{${writeStringLiteral(value, style)}}` : `"${value}"`;
}

/** `prop` and `prop={true}` are true, `prop={false}` false; anything else is unknown (`null`). */
function readBooleanAttribute(attribute: TSESTree.JSXAttribute): boolean | null {
  if (attribute.value === null) return true;
  if (attribute.value.type !== AST_NODE_TYPES.JSXExpressionContainer) return null;
  const { expression } = attribute.value;
  return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === "boolean" ? expression.value : null;
}

function isAnchorElement(node: TSESTree.Node | undefined): node is TSESTree.JSXElement {
  return (
    node?.type === AST_NODE_TYPES.JSXElement &&
    node.openingElement.name.type === AST_NODE_TYPES.JSXIdentifier &&
    node.openingElement.name.name === "a"
  );
}

export function getAttributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXIdentifier
    ? attribute.name.name
    : `${attribute.name.namespace.name}:${attribute.name.name.name}`;
}

function getText(source: string, node: TSESTree.Node): string {
  return source.slice(node.range[0], node.range[1]);
}

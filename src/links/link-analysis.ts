import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { createFileScope, type ModuleScope } from "../project/module-scope.ts";
import { findProjectRoot } from "../project/packages.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { findWorkspace } from "../project/workspaces.ts";
import { evaluateScoped, type HrefValue } from "../urls/href-value.ts";
import { getStaticKey, type ScopedNode } from "../urls/value-scope.ts";
import { getIntlApiOfCallee, LINK_EVALUATION, withLocalePrefix } from "./intl-navigation.ts";
import { classifyElement, createLinkSettings, type ElementTarget, type LinkSettings } from "./link-components.ts";
import { findServerLogoutUrl } from "./logout-target.ts";
import { findElementLinks, getLogoutUrlName, type LinkFinding } from "./link-values.ts";
import { mayImportLogoutText } from "./import-reach.ts";
import { getMapCallbacks } from "./map-callbacks.ts";
import { mayImportLogoutValue, mayReadLogoutValue } from "./value-reach.ts";
import { mayImport, mayNavigate, mayReferenceLogoutPath, mayWriteLogoutValue } from "../prefilter/text-checks.ts";
import type { ResolveRouterHook } from "./next-router.ts";

// Props that never hold a link's URL (unless the settings name them): an element whose only props are these is
// not worth resolving.
const NON_URL_PROPS =
  /^(?:className|class|style|key|ref|id|children|role|type|variant|size|color|disabled|title|label|description|alt|width|height|tabIndex|value|defaultValue|checked|defaultChecked|placeholder|name|htmlFor|autoComplete|src|srcSet|sizes|min|max|step|rows|cols|on[A-Z].*|aria-.*|data-.*)$/;

/**
 * Where a logout path can come from for no-link-to-logout in a file, judged on its text: `"none"` (navigation can't
 * start there, or it can see no logout path), `"here"` (one is written in the file), or `"imports"` (only a module
 * it imports may write one: {@link mayImportLogoutText} answers, once something in the file needs it).
 */
export function getLogoutPathSource(text: string, filename: string, settings: NextLogoutSettings): "none" | "here" | "imports" {
  if (!mayNavigate(text)) return "none";
  if (mayReferenceLogoutPath(text, settings.logoutPaths)) return "here";
  return settings.crossFile && path.isAbsolute(filename) && mayImport(text) ? "imports" : "none";
}

export { mayImportLogoutText };

/**
 * For a file whose logout path can only come from its imports, once {@link mayImportLogoutText} found a module
 * that writes one: whether anything the file reads of its imports may hold it ({@link mayImportLogoutValue}). A
 * file that only reads `ROUTES.settings` of that module skips the analysis. A name in the file that says logout
 * URL, or a `require()`, leaves the answer to the analysis itself.
 */
export function mayReadImportedLogoutValue(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, settings: NextLogoutSettings): boolean {
  const { text } = sourceCode;
  if (mayWriteLogoutValue(text, settings.logoutPaths) || text.includes("require")) return true;
  return mayImportLogoutValue(sourceCode, filename, settings);
}

/**
 * The links of one linted file, across the files it imports: which elements are links or render one, where
 * their URLs come from, and how to name that chain in a message. Made lazily, once a candidate is seen.
 */
export class FileLinkAnalysis {
  readonly scope: ModuleScope;
  private readonly link: LinkSettings;
  private displayRoot: string | null | undefined;
  private readonly text: string;

  constructor(
    sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly filename: string,
    private readonly settings: NextLogoutSettings,
  ) {
    const file = path.isAbsolute(filename) ? filename : null;
    this.scope = createFileScope(sourceCode, file, settings.crossFile);
    this.link = createLinkSettings(settings);
    this.text = sourceCode.text;
  }

  /**
   * For a file whose own text writes no logout path: whether an element (with the `.map` arrays around it) or a
   * router call's URL may read a logout URL, or a name that says one, from the code it names. Most can't, and
   * never start the analysis.
   */
  mayReadLogoutValue(node: TSESTree.Node): boolean {
    const roots = [node];
    if (node.type === AST_NODE_TYPES.JSXOpeningElement) for (const callback of getMapCallbacks(node, null)) roots.push(callback.param, callback.array);
    return mayReadLogoutValue(roots, this.scope, this.text, this.settings);
  }

  /** What an element renders, as far as links go (for elements {@link isLinkCandidate} lets through). */
  classify(element: TSESTree.JSXOpeningElement): ElementTarget | null {
    return classifyElement(element, this.scope, this.link);
  }

  findLinks(element: TSESTree.JSXOpeningElement, target: ElementTarget): LinkFinding[] {
    return findElementLinks(element, this.scope, target, { link: this.link, findLogoutUrl: (href) => this.findLogoutUrl(href) });
  }

  /** What a router call's URL argument may be, across files; next-intl's router puts a locale in front. */
  evaluate(node: TSESTree.Node): HrefValue {
    return evaluateScoped({ node, scope: this.scope }, LINK_EVALUATION);
  }

  findLogoutUrl(href: HrefValue): string | null {
    return findServerLogoutUrl(href, this.settings, this.filename);
  }

  /** The logout URL of a next-intl router navigation, judged as `/<locale>/…` but shown as written. */
  findIntlLogoutUrl(href: HrefValue): string | null {
    const judged = withLocalePrefix(href);
    const url = this.findLogoutUrl(judged);
    return url === null ? null : (href.urls[judged.urls.indexOf(url)] ?? url);
  }

  /** The name of an unreadable URL that says logout URL (`createLogoutUrl()`), for the last-resort check. */
  getLogoutUrlName(node: TSESTree.Node): string | null {
    return getLogoutUrlName({ node, scope: this.scope });
  }

  /** next-intl's `useRouter` (from the project's navigation module, maybe renamed): its router is a `next-intl` one. */
  readonly resolveRouterHook: ResolveRouterHook = (callee) => {
    // A file calls its router's methods many times over one `useRouter` import: resolved once per import.
    const root = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
    const variable = root.type === AST_NODE_TYPES.Identifier ? this.scope.findVariable(root.name, root) : null;
    const key = variable && callee.type === AST_NODE_TYPES.MemberExpression ? `${getStaticKey(callee.property, callee.computed)}` : "";
    const known = variable ? this.routerHooks.get(variable)?.get(key) : undefined;
    if (known !== undefined) return known;
    const module = getIntlApiOfCallee(callee, this.scope)?.name === "useRouter" ? "next-intl" : null;
    if (variable) this.routerHooks.set(variable, (this.routerHooks.get(variable) ?? new Map()).set(key, module));
    return module;
  };

  private readonly routerHooks = new Map<TSESLint.Scope.Variable, Map<string, "next-intl" | null>>();

  /**
   * The chain from the linted file's element to the link, for a message: "rendered by `<SidebarMenu>` →
   * `<SidebarMenuLink>` → next/link (components/sidebar-menu-link.tsx:12)".
   */
  describeChain(finding: LinkFinding, reportedAt: TSESTree.Node): string {
    const { terminal, through, components } = finding;
    const name =
      terminal.kind === "next-link" ? "next/link" : terminal.kind === "intl-link" ? "next-intl's `Link`" : `\`<${terminal.name}>\` (a link component in settings)`;
    const via = through ? ` through \`${through}\`` : "";
    // The link's own line says nothing new when the report is on the link itself.
    const at = terminal.kind === "intl-link" && terminal.factoryCall ? this.locate(terminal.factoryCall) : finding.link.node === reportedAt ? null : this.locate(finding.link);
    const last = `${name}${via}${at === null ? "" : ` (${at})`}`;
    return `rendered by ${[...components.map((component) => `\`<${component}>\``), last].join(" → ")}`;
  }

  /** `components/menu.ts:3`, relative to the workspace or project root; `line 3` in the linted file. */
  locate(value: ScopedNode): string {
    const line = value.node.loc.start.line;
    const file = value.scope.file;
    if (file === null || this.isLinted(value)) return `line ${line}`;
    this.displayRoot ??= findDisplayRoot(this.filename);
    const shown = this.displayRoot === null ? path.basename(file) : path.relative(this.displayRoot, file);
    return `${shown.split(path.sep).join("/")}:${line}`;
  }

  isLinted(value: ScopedNode): boolean {
    const { scope } = value;
    return scope === this.scope || ("base" in scope && scope.base === this.scope);
  }

  /**
   * Where a finding from menu data is reported in the linted file: the entry's property that holds the logout URL
   * (else the entry). `null` when the entry is in another file.
   */
  getEntryNode(finding: LinkFinding): TSESTree.Node | null {
    const { entry } = finding;
    if (!entry || !this.isLinted(entry)) return null;
    if (entry.node.type !== AST_NODE_TYPES.ObjectExpression || finding.value.kind !== "url") return entry.node;
    const { url } = finding.value;
    for (const property of entry.node.properties) {
      if (property.type !== AST_NODE_TYPES.Property || getStaticKey(property.key, property.computed) === null) continue;
      if (evaluateScoped({ node: property.value, scope: entry.scope }, LINK_EVALUATION).urls.includes(url)) return property;
    }
    return entry.node;
  }
}

/**
 * A cheap look at an element before anything resolves: a component name or an `as`/`component` prop, and a prop
 * that could hold a URL (an expression, a spread, or a string that may be a logout path).
 */
export function isLinkCandidate(element: TSESTree.JSXOpeningElement, settings: NextLogoutSettings): boolean {
  const { name } = element;
  const isComponent = name.type === AST_NODE_TYPES.JSXMemberExpression || (name.type === AST_NODE_TYPES.JSXIdentifier && /^[A-Z_$]/.test(name.name));
  let isPolymorphic = false;
  let mayHoldUrl = false;
  for (const attribute of element.attributes) {
    if (attribute.type === AST_NODE_TYPES.JSXSpreadAttribute) {
      mayHoldUrl = true;
      continue;
    }
    const attributeName = attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? attribute.name.name : "";
    if (attributeName === "as" || attributeName === "component") isPolymorphic = true;
    else if (!NON_URL_PROPS.test(attributeName) || isLinkAttribute(attributeName, settings)) mayHoldUrl ||= mayBeUrlValue(attribute.value, settings);
  }
  return (isComponent || isPolymorphic) && mayHoldUrl;
}

function isLinkAttribute(name: string, settings: NextLogoutSettings): boolean {
  for (const attributes of settings.linkComponents.values()) if (attributes.includes(name)) return true;
  return false;
}

function mayBeUrlValue(value: TSESTree.JSXAttribute["value"], settings: NextLogoutSettings): boolean {
  if (value === null) return false;
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === "string" && mayBeLogoutString(value.value, settings);
  if (value.type !== AST_NODE_TYPES.JSXExpressionContainer) return false;
  const { expression } = value;
  switch (expression.type) {
    case AST_NODE_TYPES.JSXEmptyExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
      return false;
    case AST_NODE_TYPES.Literal:
      return typeof expression.value === "string" && mayBeLogoutString(expression.value, settings);
    default:
      return true;
  }
}

function mayBeLogoutString(value: string, settings: NextLogoutSettings): boolean {
  if (!settings.logoutPaths) return /log-?out|sign-?out|log-?off/i.test(value);
  return value.startsWith("/");
}

function findDisplayRoot(filename: string): string | null {
  if (!path.isAbsolute(filename)) return null;
  return findWorkspace(path.dirname(filename))?.root ?? findProjectRoot(filename);
}

import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode } from "../js/ast.ts";

/** How a file writes its code, so that code a fix adds reads like the code around it. */
export interface SourceStyle {
  /** The quote most string literals use (JSX attribute values aside); `"` when no literal tells. */
  quote: '"' | "'";
  /** Whether most statements end with `;`; `true` when no statement tells. */
  semicolons: boolean;
}

/** What a fix writes when the file gives no hint: Prettier's defaults. */
export const DEFAULT_SOURCE_STYLE: SourceStyle = { quote: '"', semicolons: true };

// Statements that end with a `;` or with none (ASI): the ones whose ending shows the file's choice.
const SEMICOLON_STATEMENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ContinueStatement,
  AST_NODE_TYPES.DebuggerStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.TSTypeAliasDeclaration,
  AST_NODE_TYPES.VariableDeclaration,
]);

const styles = new WeakMap<TSESTree.Node, SourceStyle>();

/** The style of the file `node` belongs to (`text` is that file's text), read once per file. */
export function getSourceStyle(text: string, node: TSESTree.Node): SourceStyle {
  let root = node;
  while (root.parent) root = root.parent;
  let style = styles.get(root);
  if (!style) {
    style = readSourceStyle(text, root);
    styles.set(root, style);
  }
  return style;
}

/**
 * Reads the style of `root` (a Program, or any node): the quote of most string literals, where directives
 * (`"use client"`, often pasted from docs) count only when no other literal does, and JSX attribute values never
 * (they are double-quoted by convention); and whether most statements end with `;`.
 */
export function readSourceStyle(text: string, root: TSESTree.Node): SourceStyle {
  const quotes = { code: { '"': 0, "'": 0 }, directives: { '"': 0, "'": 0 } };
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  // Collected as the walk meets their parents (parents first), so no `parent` pointers are needed.
  const directives = new Set<TSESTree.Node>();
  const jsxAttributeValues = new Set<TSESTree.Node>();
  const forHeads = new Set<TSESTree.Node>();
  // Not the Program itself: its `tokens` and `comments` arrays would be walked as nodes.
  const tops = root.type === AST_NODE_TYPES.Program ? root.body : [root];
  for (const top of tops) {
    forEachNode(top, (node) => {
      if (node.type === AST_NODE_TYPES.ExpressionStatement && node.directive !== undefined) directives.add(node.expression);
      if (node.type === AST_NODE_TYPES.JSXAttribute && node.value) jsxAttributeValues.add(node.value);
      // `let i = 0` in `for (let i = 0; …)` and `const x` in `for (const x of …)` have no `;` of their own.
      if (node.type === AST_NODE_TYPES.ForStatement && node.init) forHeads.add(node.init);
      if (node.type === AST_NODE_TYPES.ForInStatement || node.type === AST_NODE_TYPES.ForOfStatement) forHeads.add(node.left);
      if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string" && !jsxAttributeValues.has(node)) {
        const quote = node.raw.charAt(0);
        if (quote === '"' || quote === "'") (directives.has(node) ? quotes.directives : quotes.code)[quote]++;
      }
      const isSemicolonStatement =
        (SEMICOLON_STATEMENTS.has(node.type) && !forHeads.has(node)) ||
        (node.type === AST_NODE_TYPES.ExportNamedDeclaration && node.declaration === null);
      if (isSemicolonStatement) {
        if (text.charAt(node.range[1] - 1) === ";") withSemicolon++;
        else withoutSemicolon++;
      }
    });
  }
  const counted = quotes.code['"'] + quotes.code["'"] > 0 ? quotes.code : quotes.directives;
  return {
    quote: counted["'"] > counted['"'] ? "'" : '"',
    semicolons: withoutSemicolon <= withSemicolon,
  };
}

/**
 * `value` as a JavaScript string literal in the file's quote, or in the other one when that needs fewer escapes
 * (as Prettier chooses): `'"cookies", "storage"'` stays single-quoted in a double-quoted file.
 */
export function writeStringLiteral(value: string, style: Pick<SourceStyle, "quote">): string {
  const other = style.quote === '"' ? "'" : '"';
  const quote = countOf(value, style.quote) > countOf(value, other) ? other : style.quote;
  // JSON escapes backslashes, control characters and `"`; for `'` the escaped `"` go back and `'` gets escaped.
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  const body = json.slice(1, -1).replace(/\\.|'/g, (match) => (match === '\\"' ? '"' : match === "'" ? "\\'" : match));
  return `'${body}'`;
}

function countOf(value: string, character: string): number {
  return value.split(character).length - 1;
}

/**
 * The end of a statement a fix writes: `;`, or nothing in a file without semicolons unless the code that will
 * follow it starts with a character that would continue the statement (`(`, `[`, `` ` ``, `+`, `-`, `/`, `<`).
 */
export function getStatementEnd(style: Pick<SourceStyle, "semicolons">, followingCode = ""): string {
  return style.semicolons || /^\s*[([`+\-/<]/.test(followingCode) ? ";" : "";
}

/**
 * The line ending of a text: the more frequent of `\r\n` and `\n` when it mixes them (the first one on a tie),
 * `\n` when it has none.
 */
export function getLineEnding(text: string): "\n" | "\r\n" {
  let crlf = 0;
  let lf = 0;
  let first: "\n" | "\r\n" | null = null;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    const isCrlf = text.charCodeAt(index - 1) === 13;
    if (isCrlf) crlf++;
    else lf++;
    first ??= isCrlf ? "\r\n" : "\n";
  }
  if (crlf === lf) return first ?? "\n";
  return crlf > lf ? "\r\n" : "\n";
}

/** `text` with every line break written as `lineEnding`. */
export function withLineEnding(text: string, lineEnding: "\n" | "\r\n"): string {
  return text.replace(/\r?\n/g, lineEnding);
}

import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getImportedName, type ImportSpecifierNode } from "../js/imports.ts";
import { getSourceStyle, getStatementEnd, writeStringLiteral } from "./source-style.ts";
import { getLineRemovalRange, type TextEdit } from "./text-edit.ts";

/**
 * Edits that make `name` importable from `source`: none when a value import already brings it (its local name is
 * returned), a specifier added to an existing `{ … }` import of that module, or a new import line after the last
 * import (after the directives when there are no imports), so header comments and `"use server"` stay first.
 * A new line is written in the file's quotes and semicolons.
 */
export function ensureNamedImport(
  text: string,
  program: TSESTree.Program,
  source: string,
  name: string,
): { localName: string; edits: TextEdit[] } {
  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  for (const declaration of imports) {
    if (declaration.source.value !== source || declaration.importKind === "type") continue;
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== "type" && getImportedName(specifier) === name) {
        return { localName: specifier.local.name, edits: [] };
      }
    }
  }
  const withBraces = imports.find(
    (declaration) =>
      declaration.source.value === source &&
      declaration.importKind !== "type" &&
      declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  const lastNamed = withBraces?.specifiers.findLast((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
  if (lastNamed) return { localName: name, edits: [{ range: [lastNamed.range[1], lastNamed.range[1]], text: `, ${name}` }] };

  const style = getSourceStyle(text, program);
  const line = `import { ${name} } from ${writeStringLiteral(source, style)}${getStatementEnd(style)}`;
  const anchor = imports.at(-1) ?? getLastDirective(program);
  if (anchor) return { localName: name, edits: [{ range: [anchor.range[1], anchor.range[1]], text: `\n${line}` }] };
  const header = HEADER_COMMENT.exec(text);
  if (header) {
    const end = header.index + header[0].trimEnd().length;
    return { localName: name, edits: [{ range: [end, end], text: `\n${line}` }] };
  }
  return { localName: name, edits: [{ range: [0, 0], text: `${line}\n` }] };
}

// Comments at the top of a file that a blank line sets apart from the code: a license or file header.
const HEADER_COMMENT = /^(?:#![^\n]*\n)?(?:[ \t]*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)[ \t]*\r?\n)+[ \t]*\r?\n/;

function getLastDirective(program: TSESTree.Program): TSESTree.Node | undefined {
  let last: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    last = statement;
  }
  return last;
}

/**
 * Removes one specifier; the whole declaration (and its line) when it was the only one. Other specifiers,
 * comments and the rest of the line stay.
 */
export function getImportSpecifierRemoval(
  source: string,
  declaration: TSESTree.ImportDeclaration,
  specifier: ImportSpecifierNode,
): TextEdit {
  const { specifiers } = declaration;
  if (specifiers.length === 1) return getImportDeclarationRemoval(source, declaration);
  const index = specifiers.indexOf(specifier);
  const previous = specifiers[index - 1];
  if (previous && index === specifiers.length - 1) {
    // The last one goes with the separator before it: `{ a, b }` loses `, b`, `import A, * as B` loses `, * as B`,
    // and `import A, { b }` loses `, { b }` (up to the brace that closes before `from`).
    const closesBraces =
      specifier.type === AST_NODE_TYPES.ImportSpecifier && previous.type !== AST_NODE_TYPES.ImportSpecifier;
    const end = closesBraces ? source.lastIndexOf("}", declaration.source.range[0]) + 1 : specifier.range[1];
    return { range: [previous.range[1], end], text: "" };
  }
  // Any other specifier goes with the comma and spaces after it: `import Link, { x }` becomes `import { x }`.
  let end = specifier.range[1];
  while (end < source.length && /[\s,]/.test(source.charAt(end))) end++;
  return { range: [specifier.range[0], end], text: "" };
}

/** Removes a whole import line; when it stood alone between blank lines (or at the top), one blank line too. */
export function getImportDeclarationRemoval(source: string, declaration: TSESTree.ImportDeclaration): TextEdit {
  const range = getLineRemovalRange(source, declaration.range);
  const before = source.slice(0, range[0]);
  const isSetApart = before.trim() === "" || /\n[ \t]*\r?\n$/.test(before);
  const blank = /^[ \t]*\r?\n/.exec(source.slice(range[1]));
  return { range: isSetApart && blank ? [range[0], range[1] + blank[0].length] : range, text: "" };
}

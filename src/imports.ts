import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getLineRemovalRange, type TextEdit } from "./text-edit.ts";

type ImportSpecifierNode = TSESTree.ImportClause;

/** Value imports of `source` in a module's top-level statements. */
export function getImportDeclarations(program: TSESTree.Program, source: string): TSESTree.ImportDeclaration[] {
  return program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.source.value === source &&
      statement.importKind !== "type",
  );
}

/** Local names of a named value import: `revalidatePath` in `import { revalidatePath as r } from "next/cache"`. */
export function getNamedImportLocals(program: TSESTree.Program, source: string, name: string): Set<string> {
  const locals = new Set<string>();
  for (const declaration of getImportDeclarations(program, source)) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== "type" && getImportedName(specifier) === name) {
        locals.add(specifier.local.name);
      }
    }
  }
  return locals;
}

/** The local name of a module's default export: `import Link from` or `import { default as Link } from`. */
export function isDefaultImport(specifier: ImportSpecifierNode): boolean {
  return (
    specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
    (specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      specifier.importKind !== "type" &&
      getImportedName(specifier) === "default")
  );
}

export function getImportedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
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
  if (specifiers.length === 1) {
    const range = getLineRemovalRange(source, declaration.range);
    // The import stood alone between blank lines (or at the top): take one blank line with it.
    const before = source.slice(0, range[0]);
    const isSetApart = before.trim() === "" || /\n[ \t]*\r?\n$/.test(before);
    const blank = /^[ \t]*\r?\n/.exec(source.slice(range[1]));
    return { range: isSetApart && blank ? [range[0], range[1] + blank[0].length] : range, text: "" };
  }
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

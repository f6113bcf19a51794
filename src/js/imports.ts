import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

export type ImportSpecifierNode = TSESTree.ImportClause;

/** Value imports of `source` in a module's top-level statements. */
/** Whether the program imports a value from any of `sources`: one pass over its statements, no text search. */
export function hasValueImportFrom(program: TSESTree.Program, sources: ReadonlySet<string>): boolean {
  return program.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== "type" && sources.has(statement.source.value),
  );
}

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

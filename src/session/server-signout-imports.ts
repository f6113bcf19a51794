import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getPropertyName, hasDirective } from "../js/ast.ts";
import { getImportedName } from "../js/imports.ts";
import { readModuleHeads, startsWithUseServer } from "./server-action-modules.ts";

/** A server-only sign-out a client module uses: the import specifier, or better-auth's `auth.api.signOut()` call. */
export interface ServerOnlySignOut {
  node: TSESTree.Node;
  /** What the message names: `signOut`, `getIronSession`, `auth.api.signOut`. */
  name: string;
  source: string;
}

/** Packages whose named export runs only on the server. */
const SERVER_ONLY_EXPORTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["@workos-inc/authkit-nextjs", new Set(["signOut"])],
  ["iron-session", new Set(["getIronSession"])],
]);
/** The app's Auth.js config module (`auth.ts` at the root, in `src/` or under a folder): `@/auth`, `../auth`. */
const AUTH_JS_MODULE = /(?:^|\/)auth(?:\.[cm]?[jt]s)?$/;
const NEXT_AUTH_CALL = /\bNextAuth\s*\(/;

/**
 * The server-only sign-outs a `"use client"` module imports: WorkOS AuthKit's `signOut`, Auth.js's server `signOut`
 * from the app's `auth.ts` (a module named `auth` that calls `NextAuth(…)`; a `"use server"` module's exports are
 * Server Actions, and a module the rule can't read is left alone),
 * iron-session's `getIronSession`, and better-auth's `auth.api.signOut()` on an imported server instance.
 */
export function findServerOnlySignOuts(program: TSESTree.Program, filename: string): ServerOnlySignOut[] {
  if (!hasDirective(program.body, "use client")) return [];
  const found: ServerOnlySignOut[] = [];
  const importedNames = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === "type") continue;
    const source = statement.source.value;
    for (const specifier of statement.specifiers) {
      importedNames.add(specifier.local.name);
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === "type") continue;
      const imported = getImportedName(specifier);
      const isServerOnly =
        SERVER_ONLY_EXPORTS.get(source)?.has(imported) === true ||
        (imported === "signOut" && AUTH_JS_MODULE.test(source) && isAuthJsConfig(source, filename));
      if (isServerOnly) found.push({ node: specifier, name: imported, source });
    }
  }
  forEachNode(program, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const { callee } = node;
    const api = callee.object;
    if (
      getPropertyName(callee) === "signOut" &&
      api.type === AST_NODE_TYPES.MemberExpression &&
      getPropertyName(api) === "api" &&
      api.object.type === AST_NODE_TYPES.Identifier &&
      importedNames.has(api.object.name)
    ) {
      const declaration = program.body.find(
        (statement): statement is TSESTree.ImportDeclaration =>
          statement.type === AST_NODE_TYPES.ImportDeclaration && statement.specifiers.some((specifier) => specifier.local.name === (api.object as TSESTree.Identifier).name),
      );
      found.push({ node, name: `${api.object.name}.api.signOut`, source: declaration?.source.value ?? "" });
    }
    return true;
  });
  return found;
}

function isAuthJsConfig(source: string, filename: string): boolean {
  const heads = readModuleHeads(source, filename);
  return heads.some((head) => NEXT_AUTH_CALL.test(head)) && !heads.some(startsWithUseServer);
}


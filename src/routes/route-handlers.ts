import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import type { FunctionNode } from "../js/ast.ts";
import { findProjectRoot } from "../project/packages.ts";
import { isRouteHandlerFile } from "../prefilter/route-file.ts";

export { isRouteHandlerFile };

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type HandlerFunction = FunctionNode;

/** One exported HTTP-method handler of a `route.*` file. */
export interface RouteHandler {
  method: HttpMethod;
  /** The function that runs; `null` when the export is bound to something else (`export const GET = wrap(h)`). */
  body: HandlerFunction | null;
  /** Where it is exported, for reports. */
  exportNode: TSESTree.Node;
}


/**
 * The URL path a route file serves: `/logout` for `app/(auth)/logout/route.ts`, with route groups and `@slot`
 * folders removed. Relative to the project's `app/` or `src/app/` when the file is in a package, else to the last
 * `app/` folder in its path. `null` for files that are no route handlers.
 */
export function getRoutePath(filename: string): string | null {
  // Each route-handler rule asks it of the same file: the last file's answer is kept.
  if (filename !== keptFilename) {
    keptRoutePath = isRouteHandlerFile(filename) ? findRoutePath(filename) : null;
    keptFilename = filename;
  }
  return keptRoutePath;
}

let keptFilename: string | null = null;
let keptRoutePath: string | null = null;

function findRoutePath(filename: string): string {
  const normalized = filename.split(path.sep).join("/");
  const root = findProjectRoot(filename)?.split(path.sep).join("/");
  let relative: string | null = null;
  for (const appDir of root ? [`${root}/app/`, `${root}/src/app/`] : []) {
    if (normalized.startsWith(appDir)) relative = normalized.slice(appDir.length);
  }
  const parts = relative === null ? normalized.split("/") : relative.split("/");
  const folders = relative === null ? parts.slice(parts.lastIndexOf("app") + 1, -1) : parts.slice(0, -1);
  const segments = folders
    .filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/**
 * Every exported HTTP-method handler: `export async function GET`, `export const POST = async (req) => …`,
 * `export { handler as DELETE }` and `export { GET }` of a local function or const.
 */
export function getRouteHandlers(program: TSESTree.Program): RouteHandler[] {
  const handlers: RouteHandler[] = [];
  const locals = collectLocalFunctions(program);
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.exportKind === "type") continue;
    const { declaration } = statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      addHandler(handlers, declaration.id.name, declaration, statement);
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          addHandler(handlers, declarator.id.name, asFunction(declarator.init), declarator);
        } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          // Auth.js: `export const { GET, POST } = handlers`. The function is out of sight.
          for (const property of declarator.id.properties) {
            if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) {
              addHandler(handlers, property.value.name, null, property.value);
            }
          }
        }
      }
    } else {
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === "type" || specifier.local.type !== AST_NODE_TYPES.Identifier) continue;
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        // `export { GET } from "../handlers"` re-exports a function this file doesn't show.
        const body = statement.source ? null : (locals.get(specifier.local.name) ?? null);
        addHandler(handlers, exported, body, specifier);
      }
    }
  }
  return handlers;
}

function addHandler(handlers: RouteHandler[], name: string, body: HandlerFunction | null, exportNode: TSESTree.Node): void {
  if ((HTTP_METHODS as readonly string[]).includes(name)) handlers.push({ method: name as HttpMethod, body, exportNode });
}

/** Top-level `function f` and `const f = () => …` by name, for `export { f as GET }`. */
function collectLocalFunctions(program: TSESTree.Program): Map<string, HandlerFunction> {
  const functions = new Map<string, HandlerFunction>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      functions.set(declaration.id.name, declaration);
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind === "const") {
      for (const declarator of declaration.declarations) {
        const body = asFunction(declarator.init);
        if (declarator.id.type === AST_NODE_TYPES.Identifier && body) functions.set(declarator.id.name, body);
      }
    }
  }
  return functions;
}

function asFunction(node: TSESTree.Node | null): HandlerFunction | null {
  let current = node;
  while (current?.type === AST_NODE_TYPES.TSAsExpression || current?.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    current = current.expression;
  }
  return current?.type === AST_NODE_TYPES.ArrowFunctionExpression || current?.type === AST_NODE_TYPES.FunctionExpression
    ? current
    : null;
}

/** What to underline for a handler or action: its name (`GET`, `logout`), not its whole body. */
export function getFunctionNameNode(fn: HandlerFunction | null, exportNode: TSESTree.Node): TSESTree.Node {
  if (fn?.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return fn.id;
  if (exportNode.type === AST_NODE_TYPES.VariableDeclarator) return exportNode.id;
  if (fn?.parent.type === AST_NODE_TYPES.VariableDeclarator) return fn.parent.id;
  if (exportNode.type === AST_NODE_TYPES.ExportSpecifier) return exportNode.exported;
  return exportNode;
}

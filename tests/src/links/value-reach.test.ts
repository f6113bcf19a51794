import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { forEachNode } from "../../../src/js/ast.ts";
import { getMapCallbacks } from "../../../src/links/map-callbacks.ts";
import { mayImportLogoutValue, mayReadLogoutValue } from "../../../src/links/value-reach.ts";
import { getProjectModelStats, readModuleText } from "../../../src/project/module-cache.ts";
import { getModuleScope } from "../../../src/project/module-scope.ts";
import { parseSettings } from "../../../src/project/settings.ts";
import { getSourceCode, makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

const settings = parseSettings(undefined);

// The page writes no logout path itself; `lib/routes.ts` writes one beside values that hold none.
const root = makeTree({
  "lib/routes.ts": [
    'export const ROUTES = { settings: "/settings", auth: { end: "/api/auth/logout" } } as const;',
    "export class UrlService {",
    "  static area(area: string) {",
    "    return `/${area}`;",
    "  }",
    '  static end = () => "/api/auth/logout";',
    "  static current() {",
    "    return this.end();",
    "  }",
    "}",
    "",
  ].join("\n"),
  "lib/index.ts": 'export * from "./routes";\n',
  "lib/button.tsx": 'import { cn } from "./cn";\nexport const Button = ({ href }) => <a className={cn(href)} href={href} />;\n',
  "lib/cn.ts": "export const cn = (value) => String(value);\n",
  "lib/external.ts": 'import { LOG_OUT_URL } from "some-auth-package";\nexport const exitHref = LOG_OUT_URL;\n',
  "page.tsx": [
    'import { ROUTES, UrlService } from "./lib";',
    'import { exitHref } from "./lib/external";',
    'import { Button } from "./lib/button";',
    "const auth = ROUTES.auth;",
    "export const settingsLink = <NavLink href={ROUTES.settings} />;",
    "export const endLink = <NavLink href={ROUTES.auth.end} />;",
    'export const areaLink = <NavLink href={UrlService.area("billing")} />;',
    "export const currentLink = <NavLink href={UrlService.current()} />;",
    "export const localLink = <NavLink href={auth.end} />;",
    "export const externalLink = <NavLink href={exitHref} />;",
    "export const settingsMenu = [ROUTES.settings].map((href) => <NavLink key={href} href={href} />);",
    "export const buttonLink = <Button href={ROUTES.settings} />;",
    "export const authMenu = [ROUTES.auth].map((item) => <NavLink key={item.end} href={item.end} />);",
    "",
  ].join("\n"),
});
const page = path.join(root, "page.tsx");
const scope = getModuleScope(page)!;
const text = readModuleText(page)!;

/** What the rule asks of an element: the element, and the `.map` callbacks around it. */
function mayRead(exportName: string): boolean {
  const declaration = scope.program.body.find(
    (statement): statement is TSESTree.ExportNamedDeclaration =>
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
      statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declaration.declarations[0]?.id.type === AST_NODE_TYPES.Identifier &&
      statement.declaration.declarations[0].id.name === exportName,
  );
  let element: TSESTree.JSXOpeningElement | null = null;
  forEachNode(declaration!, (node) => {
    if (node.type === AST_NODE_TYPES.JSXOpeningElement) element ??= node;
  });
  const roots: TSESTree.Node[] = [element!, ...getMapCallbacks(element!, null).flatMap((callback) => [callback.param, callback.array])];
  return mayReadLogoutValue(roots, scope, text, settings);
}

describe("mayReadLogoutValue", () => {
  it("reads only the member an element names: a sibling that writes a logout path does not count", () => {
    expect(mayRead("settingsLink")).toBe(false);
    expect(mayRead("endLink")).toBe(true);
  });

  it("reads one static member of a class, unless it reads `this`", () => {
    expect(mayRead("areaLink")).toBe(false);
    expect(mayRead("currentLink")).toBe(true);
  });

  it("follows a local const to the import it reads", () => {
    expect(mayRead("localLink")).toBe(true);
  });

  it("counts a name that says logout URL in a module the value comes from", () => {
    expect(mayRead("externalLink")).toBe(true);
  });

  it("never parses a module when nothing it imports writes a logout path or name", () => {
    const parsedBefore = getProjectModelStats().modulesParsed;
    expect(mayRead("buttonLink")).toBe(false);
    expect(getProjectModelStats().modulesParsed).toBe(parsedBefore);
  });

  it("reads the array a `.map` around the element maps", () => {
    expect(mayRead("settingsMenu")).toBe(false);
    expect(mayRead("authMenu")).toBe(true);
  });
});

describe("mayImportLogoutValue", () => {
  // `lib/routes.ts` (above) writes a logout path beside values that hold none; `lib/button.tsx` writes none.
  const at = (file: string) => path.join(root, file);
  const mayImport = (code: string) => mayImportLogoutValue(getSourceCode(code, at("other.tsx")), at("other.tsx"), settings);

  it("says no when the file reads only members that hold no logout value", () => {
    expect(mayImport('import { ROUTES, UrlService } from "./lib";\nexport const a = <a href={ROUTES.settings} />;\nexport const b = UrlService.area("x");\n')).toBe(false);
  });

  it("says yes for a member that holds one, read anywhere in the file", () => {
    expect(mayImport('import { ROUTES } from "./lib";\nexport const a = ROUTES.settings;\nfunction f() {\n  return ROUTES.auth.end;\n}\n')).toBe(true);
    expect(mayImport('import { UrlService } from "./lib";\nexport const b = () => UrlService.current();\n')).toBe(true);
  });

  it("says yes for a binding read whole, and for one read as a JSX element or member", () => {
    expect(mayImport('import { ROUTES } from "./lib";\nexport const menu = <Menu routes={ROUTES} />;\n')).toBe(true);
    expect(mayImport('import * as lib from "./lib";\nexport const a = <lib.UrlService />;\n')).toBe(true);
  });

  it("answers the next file that reads the same members without reading any module again", () => {
    const code = 'import { ROUTES } from "./lib";\nexport const a = <a href={ROUTES.auth.end} />;\n';
    expect(mayImport(code)).toBe(true);
    const before = getProjectModelStats();
    expect(mayImport(code)).toBe(true);
    expect(getProjectModelStats()).toMatchObject({ filesRead: before.filesRead, modulesParsed: before.modulesParsed });
  });

  it("leaves out type-only imports, and modules that write no logout value", () => {
    expect(mayImport('import type { ROUTES } from "./lib";\nexport type R = typeof ROUTES;\n')).toBe(false);
    expect(mayImport('import { Button } from "./lib/button";\nexport const a = <Button href="/settings" />;\n')).toBe(false);
  });
});

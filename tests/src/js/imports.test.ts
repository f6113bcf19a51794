import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getImportDeclarations, getImportedName, isDefaultImport } from "../../../src/js/imports.ts";
import { parseModule } from "../helpers.ts";

/** The first value import of `next/link` in `code`. */
function firstLinkImport(code: string): TSESTree.ImportDeclaration {
  const declaration = getImportDeclarations(parseModule(code), "next/link")[0];
  if (!declaration) throw new Error("no next/link import");
  return declaration;
}

describe("getImportDeclarations", () => {
  it("finds every value import of the source, in order", () => {
    const code = 'import Link from "next/link";\nimport x from "y";\nimport { a } from "next/link";\n';
    const found = getImportDeclarations(parseModule(code), "next/link");
    expect(found.map((declaration) => declaration.specifiers[0]?.local.name)).toEqual(["Link", "a"]);
  });

  it("skips type-only imports", () => {
    expect(getImportDeclarations(parseModule('import type { LinkProps } from "next/link";'), "next/link")).toEqual([]);
  });

  it("skips imports that are not top-level statements", () => {
    expect(getImportDeclarations(parseModule('const Link = await import("next/link");'), "next/link")).toEqual([]);
  });
});

describe("isDefaultImport and getImportedName", () => {
  const specifiers = firstLinkImport(
    'import Link, { default as L2, type default as L3, useLinkStatus, "x-y" as z } from "next/link";',
  ).specifiers;

  it("recognizes import Link from", () => {
    expect(isDefaultImport(specifiers[0]!)).toBe(true);
  });

  it("recognizes { default as Link }", () => {
    expect(isDefaultImport(specifiers[1]!)).toBe(true);
  });

  it("rejects { type default as Link }", () => {
    expect(isDefaultImport(specifiers[2]!)).toBe(false);
  });

  it("rejects other named imports", () => {
    expect(isDefaultImport(specifiers[3]!)).toBe(false);
  });

  it("rejects a namespace import", () => {
    expect(isDefaultImport(firstLinkImport('import * as N from "next/link";').specifiers[0]!)).toBe(false);
  });

  it("reads identifier and string imported names", () => {
    const names = specifiers.slice(1).map((specifier) => getImportedName(specifier as TSESTree.ImportSpecifier));
    expect(names).toEqual(["default", "default", "useLinkStatus", "x-y"]);
  });
});

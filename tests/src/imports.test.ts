import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import {
  getImportDeclarations,
  getImportedName,
  getImportSpecifierRemoval,
  isDefaultImport,
} from "../../src/imports.ts";
import { applyTextEdits } from "../../src/text-edit.ts";
import { parseModule } from "./helpers.ts";

/** The first value import of `next/link` in `code`. */
function firstLinkImport(code: string): TSESTree.ImportDeclaration {
  const declaration = getImportDeclarations(parseModule(code), "next/link")[0];
  if (!declaration) throw new Error("no next/link import");
  return declaration;
}

/** `code` after removing the specifier whose local name is `local` from its first `next/link` import. */
function removeSpecifier(code: string, local: string): string {
  const declaration = firstLinkImport(code);
  const specifier = declaration.specifiers.find((candidate) => candidate.local.name === local);
  if (!specifier) throw new Error(`no specifier ${local}`);
  return applyTextEdits(code, [getImportSpecifierRemoval(code, declaration, specifier)]);
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

describe("getImportSpecifierRemoval", () => {
  it("removes the whole line when the specifier is the only one", () => {
    expect(removeSpecifier('"use client";\nimport Link from "next/link";\nexport {};\n', "Link")).toBe(
      '"use client";\nexport {};\n',
    );
  });

  it("removes the whole line for an only { default as Link }", () => {
    expect(removeSpecifier('import { default as Link } from "next/link";\nx();\n', "Link")).toBe("x();\n");
  });

  it("keeps a comment after an only specifier's declaration", () => {
    expect(removeSpecifier('import Link from "next/link"; // nav\nx();\n', "Link")).toBe("// nav\nx();\n");
  });

  it("turns import Link, { x } into import { x }", () => {
    expect(removeSpecifier('import Link, { useLinkStatus } from "next/link";', "Link")).toBe(
      'import { useLinkStatus } from "next/link";',
    );
  });

  it("turns import Link, * as N into import * as N", () => {
    expect(removeSpecifier('import Link, * as N from "next/link";', "Link")).toBe('import * as N from "next/link";');
  });

  it("turns import { default as Link, x } into import { x }", () => {
    expect(removeSpecifier('import { default as Link, useLinkStatus } from "next/link";', "Link")).toBe(
      'import { useLinkStatus } from "next/link";',
    );
  });

  it("turns import { x, default as Link } into import { x }", () => {
    expect(removeSpecifier('import { useLinkStatus, default as Link } from "next/link";', "Link")).toBe(
      'import { useLinkStatus } from "next/link";',
    );
  });

  it("turns import X, { default as Link } into import X", () => {
    expect(removeSpecifier('import X, { default as Link } from "next/link";', "Link")).toBe('import X from "next/link";');
  });

  it("turns import Link, { x } into import Link when removing x", () => {
    expect(removeSpecifier('import Link, { useLinkStatus } from "next/link";', "useLinkStatus")).toBe(
      'import Link from "next/link";',
    );
  });

  it("removes a middle specifier with the comma after it", () => {
    expect(removeSpecifier('import { a, default as Link, b } from "next/link";', "Link")).toBe(
      'import { a, b } from "next/link";',
    );
  });

  it("keeps a trailing comma", () => {
    expect(removeSpecifier('import { a, default as Link, } from "next/link";', "Link")).toBe(
      'import { a, } from "next/link";',
    );
  });

  it("removes the first specifier of a multi-line import with its line", () => {
    expect(removeSpecifier('import {\n  default as Link,\n  a,\n} from "next/link";', "Link")).toBe(
      'import {\n  a,\n} from "next/link";',
    );
  });

  it("removes the last specifier of a multi-line import with its line", () => {
    expect(removeSpecifier('import {\n  a,\n  default as Link,\n} from "next/link";', "Link")).toBe(
      'import {\n  a,\n} from "next/link";',
    );
  });

  it("removes a namespace specifier after a default one with its comma", () => {
    expect(removeSpecifier('import Link, * as N from "next/link";', "N")).toBe('import Link from "next/link";');
  });

  it("finds the closing brace before `from`, not one inside a comment", () => {
    expect(removeSpecifier('import Link, { a /* } */ } from "next/link";', "a")).toBe('import Link from "next/link";');
  });

  it("returns a single edit that removes text", () => {
    const code = 'import Link, { a } from "next/link";';
    const declaration = firstLinkImport(code);
    expect(getImportSpecifierRemoval(code, declaration, declaration.specifiers[0]!)).toEqual({ range: [7, 13], text: "" });
  });
});

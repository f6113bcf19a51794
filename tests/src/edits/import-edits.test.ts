import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getImportSpecifierRemoval } from "../../../src/edits/import-edits.ts";
import { applyTextEdits } from "../../../src/edits/text-edit.ts";
import { getImportDeclarations } from "../../../src/js/imports.ts";
import { parseModule } from "../helpers.ts";

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

import { describe, expect, it } from "vitest";
import {
  getLineEnding,
  getSourceStyle,
  getStatementEnd,
  readSourceStyle,
  withLineEnding,
  writeStringLiteral,
} from "../../../src/edits/source-style.ts";
import { parseModule } from "../helpers.ts";

const styleOf = (code: string) => readSourceStyle(code, parseModule(code));

describe("readSourceStyle: the quote", () => {
  it("is the quote of most string literals", () => {
    expect(styleOf("import a from 'a';\nconst b = 'b';\nconst c = \"c\";\n").quote).toBe("'");
    expect(styleOf("import a from \"a\";\nconst b = 'b';\nconst c = \"c\";\n").quote).toBe('"');
  });

  it("counts import sources, object keys, arguments and type literals alike", () => {
    expect(styleOf("import { x } from 'y'\ntype T = 'a' | 'b'\nf({ 'Cache-Control': \"no-store\" })\n").quote).toBe("'");
  });

  it("ignores JSX attribute values, which are double-quoted by convention", () => {
    expect(styleOf('import Link from \'next/link\'\nexport const A = () => <Link href="/a" className="b" title="c">x</Link>\n').quote).toBe("'");
  });

  it("counts strings inside JSX expression containers", () => {
    expect(styleOf("export const A = () => <a href={'/a'} title={'b'} className=\"c\">x</a>\n").quote).toBe("'");
  });

  it("ignores directives when other literals tell", () => {
    expect(styleOf("\"use client\"\nimport a from 'a'\n").quote).toBe("'");
    expect(styleOf("'use server'\nfunction f() {\n  'use cache'\n  return \"x\"\n}\n").quote).toBe('"');
  });

  it("follows the directives when no other literal tells", () => {
    expect(styleOf("'use server'\nexport async function logout() {}\n").quote).toBe("'");
  });

  it("is `\"` without any string literal, and on a tie", () => {
    expect(styleOf("export const a = 1;\n").quote).toBe('"');
    expect(styleOf("const a = 'a';\nconst b = \"b\";\n").quote).toBe('"');
  });

  it("ignores template literals", () => {
    expect(styleOf("const a = `a`;\nconst b = `b`;\nconst c = 'c';\n").quote).toBe("'");
  });
});

describe("readSourceStyle: semicolons", () => {
  it("is whether most statements end with `;`", () => {
    expect(styleOf("import a from 'a'\nconst b = 1\nf()\n").semicolons).toBe(false);
    expect(styleOf("import a from 'a';\nconst b = 1;\nf()\n").semicolons).toBe(true);
  });

  it("looks into function bodies and class fields", () => {
    const code = "export class A {\n  x = 1\n  y = 2\n}\nexport function f() {\n  const a = 1\n  return a\n}\n";
    expect(styleOf(code).semicolons).toBe(false);
  });

  it("does not count a `for` head's declaration, which never ends with a `;` of its own", () => {
    expect(styleOf("for (const x of xs) f(x);\nfor (let i = 0; i < 1; i++) g(i);\n").semicolons).toBe(true);
  });

  it("counts `export { … }` lists but not function declarations, which take no `;`", () => {
    expect(styleOf("function a() {}\nfunction b() {}\nexport { a, b }\n").semicolons).toBe(false);
  });

  it("is `true` when no statement tells", () => {
    expect(styleOf("export function f() {}\n").semicolons).toBe(true);
  });
});

describe("getSourceStyle", () => {
  it("reads the style of the file a node is in, from any node of it", () => {
    const code = "import a from 'a'\nexport function f() {\n  return a('b')\n}\n";
    const program = parseModule(code);
    // The parser sets no parents; ESLint does. Link the chain from the function up to the program.
    const [, exported] = program.body;
    if (exported?.type !== "ExportNamedDeclaration" || !exported.declaration) throw new Error("no export");
    exported.parent = program;
    exported.declaration.parent = exported;
    expect(getSourceStyle(code, exported.declaration)).toEqual({ quote: "'", semicolons: false });
  });
});

describe("writeStringLiteral", () => {
  it("writes the value in the given quote", () => {
    expect(writeStringLiteral("next/cache", { quote: "'" })).toBe("'next/cache'");
    expect(writeStringLiteral("next/cache", { quote: '"' })).toBe('"next/cache"');
  });

  it("escapes the chosen quote and backslashes, and nothing else", () => {
    expect(writeStringLiteral("it's \"a\" \\ b", { quote: "'" })).toBe("'it\\'s \"a\" \\\\ b'");
    expect(writeStringLiteral("it's 'a' \"b\" \\ c", { quote: '"' })).toBe('"it\'s \'a\' \\"b\\" \\\\ c"');
  });

  it("takes the other quote when that needs fewer escapes, as Prettier does", () => {
    expect(writeStringLiteral('"cookies", "storage"', { quote: '"' })).toBe("'\"cookies\", \"storage\"'");
    expect(writeStringLiteral("it's", { quote: "'" })).toBe('"it\'s"');
    // A tie keeps the file's quote.
    expect(writeStringLiteral("'a\"", { quote: "'" })).toBe("'\\'a\"'");
  });

  it("escapes line breaks and control characters", () => {
    expect(writeStringLiteral("a\nb\r\tc\u0001", { quote: "'" })).toBe("'a\\nb\\r\\tc\\u0001'");
  });

  it("writes literals that evaluate to the value", () => {
    for (const value of ["", "'", '"', "\\", "\\'", '\\"', "a'b\"c\\d", "\n\u2028", "/logout?next=/a&b='c'"]) {
      for (const quote of ["'", '"'] as const) {
        const literal = writeStringLiteral(value, { quote });
        expect(new Function(`return ${literal};`)()).toBe(value);
      }
    }
  });
});

describe("getStatementEnd", () => {
  it("is `;` in a file with semicolons", () => {
    expect(getStatementEnd({ semicolons: true })).toBe(";");
    expect(getStatementEnd({ semicolons: true }, "f()")).toBe(";");
  });

  it("is nothing in a file without, unless the next code would continue the statement", () => {
    expect(getStatementEnd({ semicolons: false }, "cookies().delete('a')")).toBe("");
    expect(getStatementEnd({ semicolons: false })).toBe("");
    for (const next of ["(await cookies()).delete('a')", "[a, b].forEach(f)", "`x`.at(0)", "+x", "-x", "/a/.test(b)", "<T,>() => x"]) {
      expect(getStatementEnd({ semicolons: false }, `  ${next}`)).toBe(";");
    }
  });
});

describe("getLineEnding", () => {
  it("is the file's line ending", () => {
    expect(getLineEnding("a\r\nb\r\n")).toBe("\r\n");
    expect(getLineEnding("a\nb\n")).toBe("\n");
  });

  it("is the more frequent one when the file mixes them", () => {
    expect(getLineEnding("a\r\nb\r\nc\n")).toBe("\r\n");
    expect(getLineEnding("a\nb\r\nc\n")).toBe("\n");
  });

  it("is the first one on a tie", () => {
    expect(getLineEnding("a\r\nb\nc")).toBe("\r\n");
    expect(getLineEnding("a\nb\r\nc")).toBe("\n");
  });

  it("is `\\n` when the file has no line break", () => {
    expect(getLineEnding("")).toBe("\n");
    expect(getLineEnding("export {};")).toBe("\n");
  });
});

describe("withLineEnding", () => {
  it("writes every line break in the given ending", () => {
    expect(withLineEnding("\na\nb\r\n", "\r\n")).toBe("\r\na\r\nb\r\n");
    expect(withLineEnding("\r\na\nb\r\n", "\n")).toBe("\na\nb\n");
  });
});

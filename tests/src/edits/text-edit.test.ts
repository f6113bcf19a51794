import { describe, expect, it } from "vitest";
import {
  applyTextEdits,
  getLineRemovalRange,
  mergeTextEdits,
  withLeadingWhitespace,
  type TextEdit,
} from "../../../src/edits/text-edit.ts";

/** Removes `target` (its first occurrence in `source`) with getLineRemovalRange. */
function removeLine(source: string, target: string): string {
  const start = source.indexOf(target);
  const range = getLineRemovalRange(source, [start, start + target.length]);
  return applyTextEdits(source, [{ range, text: "" }]);
}

describe("applyTextEdits", () => {
  it("returns the source unchanged without edits", () => {
    expect(applyTextEdits("abc", [])).toBe("abc");
  });

  it("replaces a range", () => {
    expect(applyTextEdits("<Link>", [{ range: [1, 5], text: "a" }])).toBe("<a>");
  });

  it("inserts at an empty range", () => {
    expect(applyTextEdits("<a>", [{ range: [2, 2], text: ' href="/"' }])).toBe('<a href="/">');
  });

  it("applies edits in any order given", () => {
    const edits: TextEdit[] = [
      { range: [8, 12], text: "a" },
      { range: [1, 5], text: "a" },
    ];
    expect(applyTextEdits("<Link></Link>", edits)).toBe("<a></a>");
    expect(applyTextEdits("<Link></Link>", [...edits].reverse())).toBe("<a></a>");
  });

  it("applies edits that touch without overlapping", () => {
    expect(applyTextEdits("abcd", [{ range: [2, 4], text: "Y" }, { range: [0, 2], text: "X" }])).toBe("XY");
  });

  it("applies two insertions at the same place in the order given", () => {
    expect(applyTextEdits("ab", [{ range: [1, 1], text: "1" }, { range: [1, 1], text: "2" }])).toBe("a12b");
  });

  it("throws on overlapping edits", () => {
    expect(() => applyTextEdits("abcdef", [{ range: [0, 3], text: "" }, { range: [2, 5], text: "" }])).toThrow(
      "Overlapping edits at 2",
    );
  });

  it("throws on an edit inside another", () => {
    expect(() => applyTextEdits("abcdef", [{ range: [1, 2], text: "" }, { range: [0, 6], text: "" }])).toThrow(
      "Overlapping edits at 1",
    );
  });
});

describe("withLeadingWhitespace", () => {
  it("widens the range over spaces and tabs before it", () => {
    expect(withLeadingWhitespace("<Link \t prefetch>", [8, 16])).toEqual([5, 16]);
  });

  it("widens the range over line breaks before it", () => {
    expect(withLeadingWhitespace("<Link\n  prefetch\n>", [8, 16])).toEqual([5, 16]);
  });

  it("keeps a range with no whitespace before it", () => {
    expect(withLeadingWhitespace("ab", [1, 2])).toEqual([1, 2]);
  });

  it("stops at the start of the source", () => {
    expect(withLeadingWhitespace("  x", [2, 3])).toEqual([0, 3]);
  });

  it("does not widen to the right", () => {
    expect(withLeadingWhitespace("a b c", [2, 3])).toEqual([1, 3]);
  });
});

describe("getLineRemovalRange", () => {
  it("removes a statement on a line of its own with its line break", () => {
    expect(removeLine('import a from "a";\nimport b from "b";\nuse();\n', 'import b from "b";')).toBe(
      'import a from "a";\nuse();\n',
    );
  });

  it("returns the range from the line start through the line break", () => {
    expect(getLineRemovalRange("x;\n  y;\nz;", [5, 7])).toEqual([3, 8]);
  });

  it("removes the indentation and trailing spaces too", () => {
    expect(removeLine("{\n\t  y();  \n}", "y();")).toBe("{\n}");
  });

  it("removes a CRLF line break whole", () => {
    expect(removeLine("a();\r\nb();\r\nc();\r\n", "b();")).toBe("a();\r\nc();\r\n");
  });

  it("removes the first line of the source", () => {
    expect(removeLine("a();\nb();\n", "a();")).toBe("b();\n");
  });

  it("removes the last line of a source without a final newline", () => {
    expect(removeLine("a();\nb();", "b();")).toBe("a();\n");
  });

  it("removes the only line of a source", () => {
    expect(removeLine("a();", "a();")).toBe("");
  });

  it("keeps a trailing comment on the line, dropping the spaces before it", () => {
    expect(removeLine("a();\n  b(); // why\nc();", "b();")).toBe("a();\n  // why\nc();");
  });

  it("keeps code before it on the same line", () => {
    expect(removeLine("a(); b(); // c\n", "b(); ")).toBe("a(); // c\n");
  });

  it("keeps code after it on the same line", () => {
    expect(removeLine("a(); b(); c();\n", "b();")).toBe("a(); c();\n");
  });
});

describe("mergeTextEdits", () => {
  it("sorts edits by start, then end", () => {
    const edits: TextEdit[] = [
      { range: [5, 6], text: "c" },
      { range: [2, 2], text: "b" },
      { range: [2, 3], text: "a" },
      { range: [0, 1], text: "z" },
    ];
    expect(mergeTextEdits(edits)?.map(({ text }) => text)).toEqual(["z", "b", "a", "c"]);
  });

  it("returns an empty list for no edits", () => {
    expect(mergeTextEdits([])).toEqual([]);
  });

  it("accepts edits that only touch", () => {
    expect(mergeTextEdits([{ range: [3, 4], text: "" }, { range: [0, 3], text: "" }])).toHaveLength(2);
  });

  it("returns null when two edits overlap", () => {
    expect(mergeTextEdits([{ range: [0, 3], text: "" }, { range: [2, 4], text: "" }])).toBeNull();
  });

  it("returns null when one edit contains another", () => {
    expect(mergeTextEdits([{ range: [2, 3], text: "" }, { range: [9, 9], text: "" }, { range: [0, 10], text: "" }])).toBeNull();
  });

  it("does not modify the given array", () => {
    const edits: TextEdit[] = [
      { range: [5, 6], text: "b" },
      { range: [0, 1], text: "a" },
    ];
    mergeTextEdits(edits);
    expect(edits.map(({ text }) => text)).toEqual(["b", "a"]);
  });
});

describe("getLineRemovalRange: code before it on the line", () => {
  it("keeps the code before it without the spaces that separated them", () => {
    expect(removeLine("a(); b();\nc();\n", "b();")).toBe("a();\nc();\n");
  });
});

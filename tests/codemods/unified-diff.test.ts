// `--print`'s unified diff (src/codemod/unified-diff.ts): exact hunks in the format of `diff -u`, and on random
// inputs a shortest edit script that, applied as a patch, turns the old text into the new.
import { describe, expect, it } from "vitest";
import { diffLines, formatUnifiedDiff, splitLines, type DiffOp } from "../../src/codemod/unified-diff.ts";

const LABELS = { beforeLabel: "a/app/page.tsx", afterLabel: "b/app/page.tsx" };
const HEADER = "--- a/app/page.tsx\n+++ b/app/page.tsx\n";

/** `one\ntwo\n…` for the given words. */
const lines = (...words: string[]) => words.map((word) => `${word}\n`).join("");
const ALPHABET = "abcdefghijklmnopqrstuvwxyz".split("");

describe("splitLines", () => {
  it("keeps each line's break, and a last line without one", () => {
    expect(splitLines("a\nb\r\n\nc")).toEqual(["a\n", "b\r\n", "\n", "c"]);
    expect(splitLines("a\n")).toEqual(["a\n"]);
    expect(splitLines("")).toEqual([]);
  });
});

describe("formatUnifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(formatUnifiedDiff("a\nb\n", "a\nb\n", LABELS)).toBe("");
  });

  it("one changed line: three lines of context on each side", () => {
    const before = lines(...ALPHABET.slice(0, 9));
    const after = before.replace("e\n", "E\n");
    expect(formatUnifiedDiff(before, after, LABELS)).toBe(`${HEADER}@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n`);
  });

  it("two changes far apart: two hunks", () => {
    const before = lines(...ALPHABET.slice(0, 13));
    const after = before.replace("b\n", "B\n").replace("l\n", "l\nl2\n");
    expect(formatUnifiedDiff(before, after, LABELS)).toBe(
      `${HEADER}@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -10,4 +10,5 @@\n j\n k\n l\n+l2\n m\n`,
    );
  });

  it("changes six unchanged lines apart share one hunk; seven apart do not", () => {
    const before = lines(...ALPHABET.slice(0, 16));
    const sixApart = before.replace("c\n", "C\n").replace("j\n", "J\n");
    expect(formatUnifiedDiff(before, sixApart, LABELS)).toBe(
      `${HEADER}@@ -1,13 +1,13 @@\n a\n b\n-c\n+C\n d\n e\n f\n g\n h\n i\n-j\n+J\n k\n l\n m\n`,
    );
    const sevenApart = before.replace("c\n", "C\n").replace("k\n", "K\n");
    expect(formatUnifiedDiff(before, sevenApart, LABELS)).toBe(
      `${HEADER}@@ -1,6 +1,6 @@\n a\n b\n-c\n+C\n d\n e\n f\n@@ -8,7 +8,7 @@\n h\n i\n j\n-k\n+K\n l\n m\n n\n`,
    );
  });

  it("an insertion into an empty file, and a file emptied", () => {
    expect(formatUnifiedDiff("", lines("a", "b"), LABELS)).toBe(`${HEADER}@@ -0,0 +1,2 @@\n+a\n+b\n`);
    expect(formatUnifiedDiff(lines("a", "b"), "", LABELS)).toBe(`${HEADER}@@ -1,2 +0,0 @@\n-a\n-b\n`);
  });

  it("a one-line range is written without its count", () => {
    expect(formatUnifiedDiff("a\n", "b\n", LABELS)).toBe(`${HEADER}@@ -1 +1 @@\n-a\n+b\n`);
  });

  it("marks a last line without a line break", () => {
    expect(formatUnifiedDiff("a\nb", "a\nb\n", LABELS)).toBe(
      `${HEADER}@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n`,
    );
    expect(formatUnifiedDiff("a\n", "a\nb", LABELS)).toBe(`${HEADER}@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n`);
  });

  it("keeps a CRLF line's carriage return", () => {
    expect(formatUnifiedDiff("a\r\nb\r\n", "a\r\nc\r\n", LABELS)).toBe(`${HEADER}@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n`);
  });

  it("takes the context size as an option", () => {
    const before = lines(...ALPHABET.slice(0, 9));
    const after = before.replace("e\n", "E\n");
    expect(formatUnifiedDiff(before, after, { ...LABELS, context: 1 })).toBe(`${HEADER}@@ -4,3 +4,3 @@\n d\n-e\n+E\n f\n`);
    expect(formatUnifiedDiff(before, after, { ...LABELS, context: 0 })).toBe(`${HEADER}@@ -5 +5 @@\n-e\n+E\n`);
  });

  it("a codemod-sized change in a route handler", () => {
    const before = 'import { cookies } from "next/headers";\n\nexport async function POST() {\n  cookies().delete("session");\n  return Response.redirect("/", 303);\n}\n';
    const after = before.replace('  cookies().delete("session");', '  (await cookies()).delete("session");');
    expect(formatUnifiedDiff(before, after, { beforeLabel: "a/app/logout/route.ts", afterLabel: "b/app/logout/route.ts" })).toBe(
      "--- a/app/logout/route.ts\n+++ b/app/logout/route.ts\n@@ -1,6 +1,6 @@\n" +
        ' import { cookies } from "next/headers";\n \n export async function POST() {\n' +
        '-  cookies().delete("session");\n+  (await cookies()).delete("session");\n' +
        '   return Response.redirect("/", 303);\n }\n',
    );
  });
});

/** Applies a unified diff to a text, as `patch` would: checks every context and removed line. */
function applyPatch(text: string, diff: string): string {
  const source = splitLines(text);
  const patchLines = splitLines(diff).slice(2);
  const output: string[] = [];
  let cursor = 0;
  for (let index = 0; index < patchLines.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@\n$/.exec(patchLines[index] as string);
    if (!header) throw new Error(`not a hunk header: ${patchLines[index]}`);
    const start = Number(header[2] ?? "1") === 0 ? Number(header[1]) : Number(header[1]) - 1;
    output.push(...source.slice(cursor, start));
    cursor = start;
    index++;
    while (index < patchLines.length && !(patchLines[index] as string).startsWith("@@")) {
      let line = (patchLines[index] as string).slice(1);
      const marker = (patchLines[index] as string)[0];
      if (patchLines[index + 1] === "\\ No newline at end of file\n") {
        line = line.slice(0, -1);
        index++;
      }
      if (marker !== "+") {
        expect(source[cursor]).toBe(line);
        cursor++;
      }
      if (marker !== "-") output.push(line);
      index++;
    }
  }
  return [...output, ...source.slice(cursor)].join("");
}

/** The length of a longest common subsequence, by dynamic programming: what a shortest edit script keeps. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(line === b[j] ? (previous[j] as number) + 1 : Math.max(previous[j + 1] as number, row[j] as number));
    previous = row;
  }
  return previous[b.length] as number;
}

/** mulberry32: a seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("on random texts", () => {
  const next = random(0x5eed);
  const randomText = () => {
    const count = Math.floor(next() * 14);
    const words = Array.from({ length: count }, () => ALPHABET[Math.floor(next() * 4)] as string);
    return words.join("\n") + (next() < 0.8 && count > 0 ? "\n" : "");
  };
  const cases = Array.from({ length: 300 }, () => [randomText(), randomText()] as const);

  it("diffLines keeps a longest common subsequence and spells out both texts", () => {
    for (const [before, after] of cases) {
      const ops: DiffOp[] = diffLines(splitLines(before), splitLines(after));
      const kept = ops.filter((op) => op.kind === "equal").length;
      expect(kept, JSON.stringify([before, after])).toBe(longestCommonSubsequence(splitLines(before), splitLines(after)));
      expect(ops.filter((op) => op.kind !== "insert").map((op) => op.line).join("")).toBe(before);
      expect(ops.filter((op) => op.kind !== "delete").map((op) => op.line).join("")).toBe(after);
    }
  });

  it("the unified diff, applied as a patch, turns the old text into the new", () => {
    for (const [before, after] of cases) {
      for (const context of [0, 1, 3]) {
        expect(applyPatch(before, formatUnifiedDiff(before, after, { ...LABELS, context })), JSON.stringify([before, after, context])).toBe(after);
      }
    }
  });

  it("past 2000 differing lines, shows the middle as removed then added, still a correct patch", () => {
    const before = lines(...Array.from({ length: 2100 }, (_, index) => `old ${index}`));
    const after = lines(...Array.from({ length: 2100 }, (_, index) => `new ${index}`));
    const diff = formatUnifiedDiff(before, after, LABELS);
    expect(diff.startsWith(`${HEADER}@@ -1,2100 +1,2100 @@\n-old 0\n`)).toBe(true);
    expect(applyPatch(before, diff)).toBe(after);
  });
});

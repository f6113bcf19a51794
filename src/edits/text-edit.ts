/** One replacement in a file's text: what both ESLint fixers and the codemods apply. */
export interface TextEdit {
  range: readonly [start: number, end: number];
  text: string;
}

/** Applies non-overlapping edits to `source`; throws on overlap rather than writing a corrupt file. */
export function applyTextEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let result = "";
  let cursor = 0;
  for (const { range, text } of sorted) {
    if (range[0] < cursor) throw new Error(`Overlapping edits at ${range[0]}`);
    result += source.slice(cursor, range[0]) + text;
    cursor = range[1];
  }
  return result + source.slice(cursor);
}

/** The range widened to the left over spaces, tabs and line breaks, so removing it leaves no gap. */
export function withLeadingWhitespace(source: string, range: readonly [number, number]): [number, number] {
  let start = range[0];
  while (start > 0 && /\s/.test(source.charAt(start - 1))) start--;
  return [start, range[1]];
}

/**
 * The range of a whole statement-like node to delete: also its indentation and line break when it stands on a
 * line of its own, so no blank line is left behind; a trailing comment on that line is kept.
 */
export function getLineRemovalRange(source: string, range: readonly [number, number]): [number, number] {
  let start = range[0];
  let end = range[1];
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  const beforeOnLine = source.slice(lineStart, start);
  let afterEnd = end;
  while (afterEnd < source.length && (source[afterEnd] === " " || source[afterEnd] === "\t")) afterEnd++;
  const restOfLineIsEmpty = afterEnd === source.length || source[afterEnd] === "\n" || source[afterEnd] === "\r";
  if (/^[ \t]*$/.test(beforeOnLine) && restOfLineIsEmpty) {
    start = lineStart;
    end = source.startsWith("\r\n", afterEnd) ? afterEnd + 2 : Math.min(afterEnd + 1, source.length);
  } else if (restOfLineIsEmpty) {
    // Code before it stays on the line, without the spaces that separated them.
    while (start > lineStart && (source[start - 1] === " " || source[start - 1] === "\t")) start--;
  } else {
    // A comment after it stays, where the statement began.
    end = afterEnd;
  }
  return [start, end];
}

/** The edits sorted, or `null` when two overlap and cannot be applied together. */
export function mergeTextEdits(edits: readonly TextEdit[]): TextEdit[] | null {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const overlaps = sorted.some((edit, index) => index > 0 && edit.range[0] < sorted[index - 1]!.range[1]);
  return overlaps ? null : sorted;
}

/** The spaces and tabs that start the line `offset` is on, up to `offset`. */
export function getLineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? "";
}

/**
 * Where the `//` comment lines directly above `offset`'s line begin (after their indent), or `offset` itself
 * when there are none: an insertion there keeps those comments next to the code they describe.
 */
export function getLeadingCommentStart(text: string, offset: number): number {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (text.slice(lineStart, offset).trim() !== "") return offset;
  let start = offset;
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (!line.trimStart().startsWith("//")) break;
    start = previousStart + (line.length - line.trimStart().length);
    lineStart = previousStart;
  }
  return start;
}

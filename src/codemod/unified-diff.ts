// `--print`'s unified diff: a line diff (Myers' O((N+M)D) algorithm, after trimming the common head and tail) in
// the format of `diff -u` and `git diff`, with a few lines of context around each change.

export type DiffOpKind = "equal" | "delete" | "insert";

export interface DiffOp {
  kind: DiffOpKind;
  /** The line, with its line break unless it is a file's last line without one. */
  line: string;
}

// Past this many differing lines, the middle is shown as all removed, then all added: still a correct diff, and
// it keeps the search's memory (D² numbers) bounded. A codemod's diffs are a handful of lines.
const MAX_EDIT_DISTANCE = 2000;

/** A shortest edit script from `before` to `after`: equal, deleted and inserted lines, in order. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffOp[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const equal = (line: string): DiffOp => ({ kind: "equal", line });
  const middle = shortestEditScript(before.slice(head, before.length - tail), after.slice(head, after.length - tail));
  return [...before.slice(0, head).map(equal), ...middle, ...before.slice(before.length - tail).map(equal)];
}

function shortestEditScript(before: readonly string[], after: readonly string[]): DiffOp[] {
  const n = before.length;
  const m = after.length;
  // furthest[k] is the furthest x reached on diagonal k = x - y; each step's values are kept for the walk back.
  let furthest = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  for (let d = 0; d <= n + m; d++) {
    if (d > MAX_EDIT_DISTANCE) return [...before.map((line): DiffOp => ({ kind: "delete", line })), ...after.map((line): DiffOp => ({ kind: "insert", line }))];
    trace.push(furthest);
    const next = new Map(furthest);
    for (let k = -d; k <= d; k += 2) {
      let x = startOfStep(furthest, d, k);
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x++;
        y++;
      }
      next.set(k, x);
      if (x >= n && y >= m) return walkBack(trace, before, after);
    }
    furthest = next;
  }
  throw new Error("unreachable: an edit script of length n + m always exists");
}

/** Whether step `d` reaches diagonal `k` down from diagonal k + 1 (an insertion) rather than right from k - 1 (a deletion). */
function comesFromAbove(furthest: ReadonlyMap<number, number>, d: number, k: number): boolean {
  return k === -d || (k !== d && (furthest.get(k - 1) ?? -1) < (furthest.get(k + 1) ?? -1));
}

/** Where step `d` starts on diagonal `k`. */
function startOfStep(furthest: ReadonlyMap<number, number>, d: number, k: number): number {
  return comesFromAbove(furthest, d, k) ? (furthest.get(k + 1) as number) : (furthest.get(k - 1) as number) + 1;
}

function walkBack(trace: readonly ReadonlyMap<number, number>[], before: readonly string[], after: readonly string[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = before.length;
  let y = after.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const previous = trace[d] as ReadonlyMap<number, number>;
    const k = x - y;
    const insertion = comesFromAbove(previous, d, k);
    const previousK = insertion ? k + 1 : k - 1;
    const previousX = previous.get(previousK) ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      ops.push({ kind: "equal", line: before[x] as string });
    }
    if (d > 0) ops.push(insertion ? { kind: "insert", line: after[y - 1] as string } : { kind: "delete", line: before[x - 1] as string });
    x = previousX;
    y = previousY;
  }
  return ops.reverse();
}

/** A text's lines, each with its line break; the last has none when the text does not end with one. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export interface UnifiedDiffOptions {
  /** Shown as `--- <before>` and `+++ <after>`, such as `a/app/page.tsx` and `b/app/page.tsx`. */
  beforeLabel: string;
  afterLabel: string;
  /** Unchanged lines shown around each change; changes this close to each other (twice this) share a hunk. */
  context?: number;
}

/** The unified diff from one text to another; empty when they are equal. */
export function formatUnifiedDiff(before: string, after: string, { beforeLabel, afterLabel, context = 3 }: UnifiedDiffOptions): string {
  if (before === after) return "";
  const ops = diffLines(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === "equal" ? [] : [index]));
  let output = `--- ${beforeLabel}\n+++ ${afterLabel}\n`;
  let hunkStart = 0;
  while (hunkStart < changed.length) {
    let hunkEnd = hunkStart;
    while (hunkEnd + 1 < changed.length && (changed[hunkEnd + 1] as number) - (changed[hunkEnd] as number) <= 2 * context + 1) hunkEnd++;
    const first = Math.max(0, (changed[hunkStart] as number) - context);
    const last = Math.min(ops.length - 1, (changed[hunkEnd] as number) + context);
    output += formatHunk(ops, first, last);
    hunkStart = hunkEnd + 1;
  }
  return output;
}

const PREFIX: Record<DiffOpKind, string> = { equal: " ", delete: "-", insert: "+" };

function formatHunk(ops: readonly DiffOp[], first: number, last: number): string {
  const linesBefore = (kind: DiffOpKind) => ops.slice(0, first).filter((op) => op.kind === "equal" || op.kind === kind).length;
  const hunk = ops.slice(first, last + 1);
  const beforeCount = hunk.filter((op) => op.kind !== "insert").length;
  const afterCount = hunk.filter((op) => op.kind !== "delete").length;
  // An empty side names the line before it, as `diff -u` does: `-0,0` for an insertion at the top.
  const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
  let text = `@@ -${range(linesBefore("delete"), beforeCount)} +${range(linesBefore("insert"), afterCount)} @@\n`;
  for (const op of hunk) {
    text += PREFIX[op.kind] + (op.line.endsWith("\n") ? op.line : `${op.line}\n\\ No newline at end of file\n`);
  }
  return text;
}

// Statistics and formatting shared by bench/run.mjs and bench/monorepo-bench.mjs.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

/** Least squares through [x, y] points: { slope, intercept }. */
export function linearFit(points) {
  const n = points.length;
  const meanX = sum(points.map(([px]) => px)) / n;
  const meanY = sum(points.map(([, py]) => py)) / n;
  const slope = sum(points.map(([px, py]) => (px - meanX) * (py - meanY))) / sum(points.map(([px]) => (px - meanX) ** 2));
  return { slope, intercept: meanY - slope * meanX };
}

export function fmtS(ms) {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function fmtMs(ms) {
  return ms >= 1000 ? fmtS(ms) : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

export function fmtUs(us) {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(us < 10 ? 1 : 0)} µs`;
}

export function pct(ratio) {
  return `${ratio >= 0 ? "+" : "−"}${Math.abs(ratio * 100).toFixed(1)}%`;
}

import { UNKNOWN } from "./url-shape.ts";

/** Last path segments that name a logout endpoint when `logoutPaths` is not set. */
export const DEFAULT_LOGOUT_SEGMENTS: readonly string[] = [
  "logout",
  "log-out",
  "signout",
  "sign-out",
  "logoff",
  "log-off",
];

const compiledPatterns = new Map<string, RegExp>();

/** `*` matches within one segment, `**` across any number of segments (none included); case-insensitive. */
export function compileLogoutPattern(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (compiled) return compiled;
  const source = trimTrailingSlash(pattern)
    .split("/")
    .filter((segment, index, segments) => !(segment === "**" && segments[index - 1] === "**"))
    .map((segment) => (segment === "**" ? "\u0001" : segment.split("*").map(escapeRegExp).join("[^/]*")))
    .join("/")
    .replaceAll("/\u0001/", "(?:/|/.*/)")
    .replaceAll("/\u0001", "(?:/.*)?")
    .replaceAll("\u0001", ".*");
  compiled = new RegExp(`^${source}$`, "i");
  compiledPatterns.set(pattern, compiled);
  return compiled;
}

/**
 * Whether a same-origin path (no query or hash) is a logout path: one of `patterns` when given, otherwise a path
 * whose last segment is a logout word. Unknown parts only ever match a pattern's wildcards.
 */
export function isLogoutPath(path: string, patterns?: readonly string[]): boolean {
  const normalized = trimTrailingSlash(path);
  if (patterns) return patterns.some((pattern) => compileLogoutPattern(pattern).test(normalized));
  const lastSegment = normalized.slice(normalized.lastIndexOf("/") + 1);
  return !lastSegment.includes(UNKNOWN) && DEFAULT_LOGOUT_SEGMENTS.includes(lastSegment.toLowerCase());
}

/** Where a client should send the user to log out: the first `logoutPaths` entry that is no pattern, else `/logout`. */
export function getLogoutNavigationPath(patterns?: readonly string[]): string {
  return patterns?.find((pattern) => !pattern.includes("*")) ?? "/logout";
}

function trimTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

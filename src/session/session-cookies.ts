/** Words that make a cookie a session cookie when `sessionCookies` is not set (`__Secure-`/`__Host-` forms too). */
export const DEFAULT_SESSION_COOKIE_WORDS: readonly string[] = ["session", "sess", "sid", "token", "auth", "jwt"];

const compiledNames = new Map<string, RegExp>();

/** Whether a cookie name is a session cookie: one of `patterns` (`*` wildcards) or, by default, a session word. */
export function isSessionCookieName(name: string, patterns?: readonly string[]): boolean {
  const lower = name.toLowerCase();
  if (!patterns) return DEFAULT_SESSION_COOKIE_WORDS.some((word) => lower.includes(word));
  return patterns.some((pattern) => compileNamePattern(pattern).test(name));
}

function compileNamePattern(pattern: string): RegExp {
  let compiled = compiledNames.get(pattern);
  if (!compiled) {
    const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    compiled = new RegExp(`^${source}$`, "i");
    compiledNames.set(pattern, compiled);
  }
  return compiled;
}

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

/**
 * The cookie a raw `Set-Cookie` value expires (`Max-Age=0`, a negative Max-Age, or an `Expires` in 1970),
 * or `null` when it sets one.
 */
export function getExpiredCookieName(setCookie: string): string | null {
  const [pair = "", ...attributes] = setCookie.split(";");
  const name = pair.slice(0, pair.indexOf("=")).trim();
  const expires = attributes.some((attribute) => {
    const [key = "", value = ""] = attribute.split("=").map((part) => part.trim().toLowerCase());
    return (key === "max-age" && /^(?:0|-\d+)$/.test(value)) || (key === "expires" && value.includes("1970"));
  });
  return expires && name ? name : null;
}

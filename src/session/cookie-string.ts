import { UNKNOWN } from "../urls/url-shape.ts";

/**
 * The cookie a `Set-Cookie` header or a `document.cookie` string expires, or `null` when it sets one. It expires
 * the cookie when `Max-Age` is 0 or negative, `Expires` lies in the past, or the value is empty and an expiry is
 * given (`token=; expires=${new Date(0).toUTCString()}`). Parts known only at run time are {@link UNKNOWN}, so a
 * name built at run time comes back containing it.
 */
export function getExpiredCookieName(cookie: string, now = Date.now()): string | null {
  const [pair = "", ...attributes] = cookie.split(";");
  const separator = pair.indexOf("=");
  if (separator === -1) return null;
  const name = pair.slice(0, separator).trim();
  const value = pair.slice(separator + 1).trim();
  // Browsers use the last of a repeated attribute, and `Max-Age` over `Expires`.
  let maxAge: string | null = null;
  let expires: string | null = null;
  for (const attribute of attributes) {
    const [key = "", attributeValue = ""] = splitAttribute(attribute);
    if (key === "max-age") maxAge = attributeValue;
    else if (key === "expires") expires = attributeValue;
  }
  const isExpired = maxAge !== null ? /^(?:0+|-\d+)$/.test(maxAge) : expires !== null && isPastDate(expires, now);
  const isEmptiedWithExpiry = value === "" && (maxAge !== null || expires !== null);
  return (isExpired || isEmptiedWithExpiry) && name ? name : null;
}

function splitAttribute(attribute: string): [string, string] {
  const separator = attribute.indexOf("=");
  if (separator === -1) return [attribute.trim().toLowerCase(), ""];
  return [attribute.slice(0, separator).trim().toLowerCase(), attribute.slice(separator + 1).trim()];
}

function isPastDate(text: string, now: number): boolean {
  if (text.includes("1970")) return true;
  if (text === "" || text.includes(UNKNOWN)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && time < now;
}

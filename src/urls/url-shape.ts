/**
 * A URL as far as static analysis knows it: literal text, with every part that is only known at run time
 * replaced by {@link UNKNOWN}. `/logout?next=${x}` becomes `"/logout?next=\u0000"`.
 */
export const UNKNOWN = "\u0000";

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The path of a URL shape that stays on the current origin, without query and hash; `null` when the URL is
 * absolute (`https://…`, `//host/…`, `mailto:`) or starts with a part unknown until run time, since either may
 * point at another origin, where a `<Link>` never prefetches.
 */
export function getSameOriginPath(href: string): string | null {
  // Browsers trim surrounding spaces and read `\` as `/`, so `/\evil.com` is protocol-relative too.
  const url = href.trim();
  if (url.startsWith(UNKNOWN) || /^[/\\]{2}/.test(url) || SCHEME.test(url)) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** A shape for people to read: unknown parts shown as `…`. */
export function describeUrl(url: string): string {
  return url.split(UNKNOWN).join("…");
}

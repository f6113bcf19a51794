/** Query entries in the order `Object.entries` yields them, values already stringified. */
export type StaticQuery = [key: string, value: string][];

export interface StaticUrlObject {
  pathname: string;
  query: StaticQuery;
  search: string;
  hash: string;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The string `next/link` makes of a same-origin URL object (its `formatUrl`): `search` wins over `query`,
 * `?` and `#` are added when missing, and `?`/`#` inside the pathname are percent-encoded, and so is the first `#` of the search (as Next 16.4 does).
 */
export function formatStaticUrlObject({ pathname, query, search, hash }: StaticUrlObject): string {
  const params = new URLSearchParams();
  for (const [key, value] of orderLikeObjectEntries(query)) params.append(key, value);
  const queryString = params.toString();
  let tail = search || (queryString && `?${queryString}`) || "";
  if (tail && !tail.startsWith("?")) tail = `?${tail}`;
  const fragment = hash && !hash.startsWith("#") ? `#${hash}` : hash;
  return `${pathname.replace(/[?#]/g, encodeURIComponent)}${tail.replace("#", "%23")}${fragment}`;
}

// Object.entries lists integer-like keys first, ascending, then the rest in insertion order.
function orderLikeObjectEntries(query: StaticQuery): StaticQuery {
  const indexKeys = [...new Set(query.map(([key]) => key).filter((key) => ARRAY_INDEX.test(key)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  return [
    ...indexKeys.flatMap((key) => query.filter(([entryKey]) => entryKey === key)),
    ...query.filter(([key]) => !ARRAY_INDEX.test(key)),
  ];
}

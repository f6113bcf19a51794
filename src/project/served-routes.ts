import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { UNKNOWN } from "../urls/url-shape.ts";

/** A file that serves a URL: a page renders HTML, a route runs a handler (App Router route.* or pages/api). */
export interface ServedRoute {
  kind: "page" | "route";
  /** URL segments; dynamic ones keep their brackets: `["[locale]", "logout"]`. */
  segments: readonly string[];
  /** The App Router `route.*` file, for route handlers. */
  file?: string;
}

const ROUTE_FILE = /^route\.(?:[cm]?[jt]sx?)$/;
const PAGE_FILE = /^page\.(?:[jt]sx?|mdx?)$/;
const PAGES_ROUTER_FILE = /^(.+)\.(?:[jt]sx?|mdx?)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".next", ".git"]);

const routesByRoot = new Map<string, readonly ServedRoute[] | null>();
const routesByPathname = new Map<string, readonly ServedRoute[] | null>();
const MAX_PATHNAMES = 1_000;
const pagesRouterByRoot = new Map<string, boolean>();

/**
 * Whether the project has a Pages Router directory (`pages/` or `src/pages/`): there eslint-config-next's
 * `@next/next/no-html-link-for-pages` runs, and reports an `<a href="…">` string that a page's URL pattern matches.
 */
export function hasPagesRouter(root: string): boolean {
  let found = pagesRouterByRoot.get(root);
  if (found === undefined) {
    found = ["pages", "src/pages"].some((directory) => statSync(path.join(root, directory), { throwIfNoEntry: false })?.isDirectory() === true);
    pagesRouterByRoot.set(root, found);
  }
  return found;
}

/**
 * Every page and route handler under `app/`, `src/app/`, `pages/` and `src/pages/` of a project root, with route
 * groups `(x)` and `@slot` folders stripped; `null` when the project has none of those directories.
 * Scanned once per root per process.
 */
export function getServedRoutes(root: string): readonly ServedRoute[] | null {
  let routes = routesByRoot.get(root);
  if (routes === undefined) {
    routes = scanProject(root, null);
    routesByRoot.set(root, routes);
  }
  return routes;
}

/**
 * The pages and route handlers of {@link getServedRoutes} that may serve `pathname`: every one that
 * {@link matchesSegments} can match is in it, so {@link isServedOnlyByPage} and the like answer as with all of them.
 * Only the folders on the way are read (a full scan read every folder of `app/`, for each new process).
 */
export function getServedRoutesFor(root: string, pathname: string): readonly ServedRoute[] | null {
  const full = routesByRoot.get(root);
  if (full !== undefined) return full;
  const key = `${root}\0${pathname}`;
  let routes = routesByPathname.get(key);
  if (routes === undefined) {
    routes = scanProject(root, pathname.split("/").filter(Boolean));
    if (routesByPathname.size >= MAX_PATHNAMES) routesByPathname.clear();
    routesByPathname.set(key, routes);
  }
  return routes;
}

/** Forgets every scan (the project model's reset). */
export function clearServedRoutes(): void {
  routesByRoot.clear();
  routesByPathname.clear();
  pagesRouterByRoot.clear();
}

/**
 * Whether `pathname` is served by a page and by no route handler, so navigating to it (or prefetching it) runs no
 * logout on the server. Next.js serves the most specific match (static before `[x]` before `[...x]`), so a
 * static `logout/page.tsx` wins over a catch-all `route.ts`. A page whose last segment is dynamic is no evidence:
 * it may sit behind middleware that answers `/logout` itself. A segment known only at run time may be any
 * value a route handler serves, so then any matching route handler counts.
 */
export function isServedOnlyByPage(routes: readonly ServedRoute[], pathname: string): boolean {
  const segments = pathname.split("/").filter(Boolean);
  if (segments.some((segment) => segment.includes(UNKNOWN))) {
    const anyRoute = routes.some((route) => route.kind === "route" && matchesSegments(route.segments, segments, true));
    return !anyRoute && routes.some((route) => isPageEvidence(route) && matchesSegments(route.segments, segments, false));
  }
  let best: ServedRoute | null = null;
  for (const route of routes) {
    if (!matchesSegments(route.segments, segments, false)) continue;
    const order = best ? compareSpecificity(route.segments, best.segments) : -1;
    // On a tie (Next.js refuses to build such an app) the route handler is the cautious answer.
    if (order < 0 || (order === 0 && route.kind === "route")) best = route;
  }
  return best !== null && isPageEvidence(best);
}

function isPageEvidence(route: ServedRoute): boolean {
  const last = route.segments.at(-1);
  return route.kind === "page" && last !== undefined && !last.startsWith("[");
}

/**
 * Whether a pattern serves the segments. An unknown segment matches a dynamic pattern segment, and a static one
 * too when `unknownMatchesStatic` (the caller asks "could it match?").
 */
export function matchesSegments(pattern: readonly string[], segments: readonly string[], unknownMatchesStatic: boolean): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return segments.length === 0;
  if (head.startsWith("[[...")) return true;
  if (head.startsWith("[...")) return segments.length > 0;
  const [segment, ...remaining] = segments;
  if (segment === undefined) return false;
  const fits = head.startsWith("[") || head === segment || (unknownMatchesStatic && segment.includes(UNKNOWN));
  return fits && matchesSegments(rest, remaining, unknownMatchesStatic);
}

/** Negative when `a` is more specific: compared segment by segment, static < `[x]` < `[...x]` < `[[...x]]`. */
export function compareSpecificity(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = segmentRank(a[index]) - segmentRank(b[index]);
    if (difference !== 0) return difference;
  }
  return 0;
}

function segmentRank(segment: string | undefined): number {
  if (segment === undefined) return 4;
  if (segment.startsWith("[[...")) return 3;
  if (segment.startsWith("[...")) return 2;
  return segment.startsWith("[") ? 1 : 0;
}

/** `wanted`: the URL's segments, to read only the folders that may lead to it; `null` reads every folder. */
function scanProject(root: string, wanted: readonly string[] | null): readonly ServedRoute[] | null {
  const routes: ServedRoute[] = [];
  let found = false;
  for (const base of [root, path.join(root, "src")]) {
    found = scanAppDirectory(path.join(base, "app"), [], routes, wanted) || found;
    found = scanPagesDirectory(path.join(base, "pages"), [], routes, wanted) || found;
  }
  return found ? routes : null;
}

/**
 * Whether a folder for URL segment `segment`, at `depth`, may hold a route that {@link matchesSegments} matches
 * against `wanted`: a dynamic segment may, and a static one that is the wanted segment (or an unknown one).
 */
function mayLeadTo(segment: string, depth: number, wanted: readonly string[] | null): boolean {
  if (wanted === null || segment.startsWith("[")) return true;
  const next = wanted[depth];
  return next !== undefined && (segment === next || next.includes(UNKNOWN));
}

/** Below a catch-all, any route matches whatever follows (Next.js refuses such apps, but the scan sees them). */
function wantedBelow(segment: string, wanted: readonly string[] | null): readonly string[] | null {
  return segment.startsWith("[...") || segment.startsWith("[[...") ? null : wanted;
}

function scanAppDirectory(directory: string, segments: readonly string[], routes: ServedRoute[], wanted: readonly string[] | null): boolean {
  const entries = listDirectory(directory);
  if (!entries) return false;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const name = entry.name;
      // Private folders and intercepting routes never answer a URL of their own.
      if (SKIPPED_DIRECTORIES.has(name) || name.startsWith("_") || name.startsWith("(.")) continue;
      const isTransparent = (name.startsWith("(") && name.endsWith(")")) || name.startsWith("@");
      // `%5F` is how a folder opts a leading underscore back into the URL.
      const segment = name.replace(/^%5F/i, "_");
      if (isTransparent) scanAppDirectory(path.join(directory, name), segments, routes, wanted);
      else if (mayLeadTo(segment, segments.length, wanted)) {
        scanAppDirectory(path.join(directory, name), [...segments, segment], routes, wantedBelow(segment, wanted));
      }
    } else if (ROUTE_FILE.test(entry.name)) {
      routes.push({ kind: "route", segments, file: path.join(directory, entry.name) });
    } else if (PAGE_FILE.test(entry.name)) {
      routes.push({ kind: "page", segments });
    }
  }
  return true;
}

function scanPagesDirectory(directory: string, segments: readonly string[], routes: ServedRoute[], wanted: readonly string[] | null): boolean {
  const entries = listDirectory(directory);
  if (!entries) return false;
  const isApi = segments[0] === "api";
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || !mayLeadTo(entry.name, segments.length, wanted)) continue;
      scanPagesDirectory(path.join(directory, entry.name), [...segments, entry.name], routes, wantedBelow(entry.name, wanted));
      continue;
    }
    const stem = PAGES_ROUTER_FILE.exec(entry.name)?.[1];
    if (stem === undefined || (segments.length === 0 && stem.startsWith("_"))) continue;
    const routeSegments = stem === "index" ? segments : [...segments, stem];
    // Like Next's isAPIRoute: `/api` itself and everything below it.
    const isApiRoute = isApi || (segments.length === 0 && stem === "api");
    routes.push({ kind: isApiRoute ? "route" : "page", segments: routeSegments });
  }
  return true;
}

function listDirectory(directory: string) {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return null;
  }
}

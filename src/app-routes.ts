import { readdirSync } from "node:fs";
import path from "node:path";
import { UNKNOWN } from "./url-shape.ts";

/** A file that serves a URL: a page renders HTML, a route runs a handler (App Router route.* or pages/api). */
export interface ServedRoute {
  kind: "page" | "route";
  /** URL segments; dynamic ones keep their brackets: `["[locale]", "logout"]`. */
  segments: readonly string[];
}

const ROUTE_FILE = /^route\.(?:[cm]?[jt]sx?)$/;
const PAGE_FILE = /^page\.(?:[jt]sx?|mdx?)$/;
const PAGES_ROUTER_FILE = /^(.+)\.(?:[jt]sx?|mdx?)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".next", ".git"]);

const routesByRoot = new Map<string, readonly ServedRoute[] | null>();

/**
 * Every page and route handler under `app/`, `src/app/`, `pages/` and `src/pages/` of a project root, with route
 * groups `(x)` and `@slot` folders stripped; `null` when the project has none of those directories.
 * Scanned once per root per process.
 */
export function getServedRoutes(root: string): readonly ServedRoute[] | null {
  let routes = routesByRoot.get(root);
  if (routes === undefined) {
    routes = scanProject(root);
    routesByRoot.set(root, routes);
  }
  return routes;
}

/**
 * Whether `pathname` is served by a page and by no route handler, so navigating to it (or prefetching it) runs no
 * logout on the server. Pages whose last segment is dynamic or a catch-all are no evidence: they may sit behind
 * middleware that answers `/logout` itself.
 */
export function isServedOnlyByPage(routes: readonly ServedRoute[], pathname: string): boolean {
  const segments = pathname.split("/").filter(Boolean);
  let page = false;
  for (const route of routes) {
    if (!matchesSegments(route.segments, segments)) continue;
    if (route.kind === "route") return false;
    const last = route.segments.at(-1);
    if (last !== undefined && !last.startsWith("[")) page = true;
  }
  return page;
}

function matchesSegments(pattern: readonly string[], segments: readonly string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return segments.length === 0;
  if (head.startsWith("[[...")) return true;
  if (head.startsWith("[...")) return segments.length > 0;
  const [segment, ...remaining] = segments;
  if (segment === undefined) return false;
  const fits = head.startsWith("[") || (!segment.includes(UNKNOWN) && head === segment);
  return fits && matchesSegments(rest, remaining);
}

function scanProject(root: string): readonly ServedRoute[] | null {
  const routes: ServedRoute[] = [];
  let found = false;
  for (const base of [root, path.join(root, "src")]) {
    found = scanAppDirectory(path.join(base, "app"), [], routes) || found;
    found = scanPagesDirectory(path.join(base, "pages"), [], routes) || found;
  }
  return found ? routes : null;
}

function scanAppDirectory(directory: string, segments: readonly string[], routes: ServedRoute[]): boolean {
  const entries = listDirectory(directory);
  if (!entries) return false;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const name = entry.name;
      // Private folders and intercepting routes never answer a URL of their own.
      if (SKIPPED_DIRECTORIES.has(name) || name.startsWith("_") || name.startsWith("(.")) continue;
      const isTransparent = (name.startsWith("(") && name.endsWith(")")) || name.startsWith("@");
      scanAppDirectory(path.join(directory, name), isTransparent ? segments : [...segments, name], routes);
    } else if (ROUTE_FILE.test(entry.name)) {
      routes.push({ kind: "route", segments });
    } else if (PAGE_FILE.test(entry.name)) {
      routes.push({ kind: "page", segments });
    }
  }
  return true;
}

function scanPagesDirectory(directory: string, segments: readonly string[], routes: ServedRoute[]): boolean {
  const entries = listDirectory(directory);
  if (!entries) return false;
  const isApi = segments[0] === "api";
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      scanPagesDirectory(path.join(directory, entry.name), [...segments, entry.name], routes);
      continue;
    }
    const stem = PAGES_ROUTER_FILE.exec(entry.name)?.[1];
    if (stem === undefined || (segments.length === 0 && stem.startsWith("_"))) continue;
    const routeSegments = stem === "index" ? segments : [...segments, stem];
    routes.push({ kind: isApi ? "route" : "page", segments: routeSegments });
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

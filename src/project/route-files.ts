import { findProjectRoot } from "./packages.ts";
import { compareSpecificity, getServedRoutesFor, matchesSegments, type ServedRoute } from "./served-routes.ts";

/**
 * The App Router `route.*` file that answers a same-origin path in the project of `fromFile`: under `app/` or
 * `src/app/`, through route groups and `@slot` folders, static segments before `[x]` before `[...x]`, as Next.js
 * matches them. `null` when a page answers it, when nothing does, or when the project has no app directory.
 */
export function findRouteHandlerFile(fromFile: string, pathname: string): string | null {
  const root = findProjectRoot(fromFile);
  const routes = root === null ? null : getServedRoutesFor(root, pathname);
  if (!routes) return null;
  const segments = pathname.split("/").filter(Boolean);
  let best: ServedRoute | null = null;
  for (const route of routes) {
    if (!matchesSegments(route.segments, segments, false)) continue;
    const order = best ? compareSpecificity(route.segments, best.segments) : -1;
    if (order < 0 || (order === 0 && route.kind === "route")) best = route;
  }
  return best?.kind === "route" ? (best.file ?? null) : null;
}

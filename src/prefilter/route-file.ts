import path from "node:path";

// Kept free of other imports: the codemods' text prefilter loads it where every import is compiled on the fly.
const ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.(?:js|jsx|ts|tsx|mjs)$/;
/** The App Router files whose default export renders as a Server Component (error boundaries are client code). */
const RENDER_FILE = /(?:^|\/)app\/(?:.*\/)?(page|layout|template|default|loading|not-found|global-not-found|forbidden|unauthorized)\.(?:js|jsx|ts|tsx|mjs)$/;
const RENDER_FILE_NAME = /^(?:page|layout|template|default|loading|not-found|global-not-found|forbidden|unauthorized)\.(?:js|jsx|ts|tsx|mjs)$/;
const ROUTE_FILE_NAME = /^route\.(?:js|jsx|ts|tsx|mjs)$/;

/** `app/**\/route.{js,jsx,ts,tsx,mjs}`, also under `src/app`. */
export function isRouteHandlerFile(filename: string): boolean {
  // Every rule asks this of every file: the name alone rules out almost all of them, before the whole path's regex.
  return ROUTE_FILE_NAME.test(getBaseName(filename)) && ROUTE_FILE.test(filename.split(path.sep).join("/"));
}

/**
 * The kind of App Router file that renders (`page`, `layout`, `template`, `default`, `loading`, `not-found`…), from
 * `app/**\/page.tsx` and the like, also under `src/app`; `null` for any other file.
 */
export function getRenderFileKind(filename: string): string | null {
  // Most files aren't named like a render file: a look at the name spares the whole path's regex.
  if (!RENDER_FILE_NAME.test(getBaseName(filename))) return null;
  return RENDER_FILE.exec(filename.split(path.sep).join("/"))?.[1] ?? null;
}

/** The last segment of a path, `/` or `\\` separated (a regex anchored at the end still scans from the start). */
function getBaseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
}

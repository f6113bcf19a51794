import path from "node:path";

// Kept free of other imports: the codemods' text prefilter loads it where every import is compiled on the fly.
const ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.(?:js|jsx|ts|tsx|mjs)$/;

/** `app/**\/route.{js,jsx,ts,tsx,mjs}`, also under `src/app`. */
export function isRouteHandlerFile(filename: string): boolean {
  return ROUTE_FILE.test(filename.split(path.sep).join("/"));
}

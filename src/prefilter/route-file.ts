import path from "node:path";

// Kept free of other imports: the codemods' text prefilter loads it where every import is compiled on the fly.
/** The App Router files whose default export renders as a Server Component (error boundaries are client code). */
const RENDER_FILE_NAME = /^(?:page|layout|template|default|loading|not-found|global-not-found|forbidden|unauthorized)\.(?:js|jsx|ts|tsx|mjs)$/;
const ROUTE_FILE_NAME = /^route\.(?:js|jsx|ts|tsx|mjs)$/;

// Several rules ask both questions of each file: the answers for the last file name are kept.
let keptFilename: string | null = null;
let keptIsRouteHandler = false;
let keptRenderKind: string | null = null;

/** `app/**\/route.{js,jsx,ts,tsx,mjs}`, also under `src/app`. */
export function isRouteHandlerFile(filename: string): boolean {
  if (filename !== keptFilename) keepAnswers(filename);
  return keptIsRouteHandler;
}

/**
 * The kind of App Router file that renders (`page`, `layout`, `template`, `default`, `loading`, `not-found`…), from
 * `app/**\/page.tsx` and the like, also under `src/app`; `null` for any other file.
 */
export function getRenderFileKind(filename: string): string | null {
  if (filename !== keptFilename) keepAnswers(filename);
  return keptRenderKind;
}

function keepAnswers(filename: string): void {
  // The name alone rules out almost every file, before the path is looked at.
  const baseName = getBaseName(filename);
  const isRouteName = ROUTE_FILE_NAME.test(baseName);
  const isRenderName = !isRouteName && RENDER_FILE_NAME.test(baseName);
  const inAppFolder = (isRouteName || isRenderName) && isInAppFolder(filename);
  keptIsRouteHandler = isRouteName && inAppFolder;
  keptRenderKind = isRenderName && inAppFolder ? baseName.slice(0, baseName.lastIndexOf(".")) : null;
  keptFilename = filename;
}

/** An `app` folder anywhere above the file: `app/page.tsx`, `/repo/src/app/(shop)/cart/page.tsx`. */
function isInAppFolder(filename: string): boolean {
  const normalized = path.sep === "/" ? filename : filename.split(path.sep).join("/");
  return normalized.startsWith("app/") || normalized.includes("/app/");
}

/** The last segment of a path, `/` or `\\` separated. */
function getBaseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
}

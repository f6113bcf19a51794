import { getServedRoutesFor, isServedOnlyByPage } from "../project/served-routes.ts";
import type { HrefValue } from "../urls/href-value.ts";
import { isLogoutPath } from "../urls/logout-path.ts";
import { findProjectRoot } from "../project/packages.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { getSameOriginPath } from "../urls/url-shape.ts";

/**
 * The first URL an href may take that lands on a logout path which runs on the server: a route handler, or
 * something the app directory doesn't show (middleware such as Auth0's serves `/api/auth/logout` with no file).
 * A logout path served only by a `page.*` logs out in the page's own code, so visiting it is harmless.
 */
export function findServerLogoutUrl(href: HrefValue, settings: NextLogoutSettings, filename: string): string | null {
  for (const url of href.urls) {
    const pathname = getSameOriginPath(url);
    if (pathname === null || !isLogoutPath(pathname, settings.logoutPaths)) continue;
    const root = findProjectRoot(filename);
    const routes = root === null || !pathname.startsWith("/") ? null : getServedRoutesFor(root, pathname);
    if (routes && isServedOnlyByPage(routes, pathname)) continue;
    return url;
  }
  return null;
}

// The last resort for a URL the analysis can't read (it comes from an installed package, a prop, or a call it can't
// follow): a name that says "logout URL". Kept narrow on purpose: a logout word followed directly by a URL word,
// so `logoutRedirectUrl` (where to go *after* logging out) and `logout()` (a sign-out action) never count.

const LOGOUT_URL_NAME = /^(?:get|create|build|make|to)?(?:auth|api|app|user)?(?:logout|signout|logoff)(?:url|uri|href|path|link|route)$/;
const LOGOUT_WORD = /^(?:logout|signout|logoff)$/;
// `routes`, `ROUTES`, `paths`, `urls`, `appRoutes`, `UrlService`, `linkHelpers`: an object that holds URLs.
const URL_HOLDER = /(?:route|path|url|uri|link|href|endpoint)s?(?:service|helpers?|builder)?$/;

/** `logoutUrl`, `LOGOUT_URL`, `logoutHref`, `signOutPath`, `getSignOutUrl`, `createLogoutUrl`, `authLogoutRoute`. */
export function isLogoutUrlName(name: string): boolean {
  return LOGOUT_URL_NAME.test(normalize(name));
}

/** `routes.logout`, `ROUTES.signOut`, `paths.logOut`, `UrlService.logout`, or any `x.logoutUrl`. */
export function isLogoutUrlMember(objectName: string | null, propertyName: string): boolean {
  if (isLogoutUrlName(propertyName)) return true;
  return objectName !== null && LOGOUT_WORD.test(normalize(propertyName)) && URL_HOLDER.test(normalize(objectName));
}

function normalize(name: string): string {
  return name.replace(/[_$-]/g, "").toLowerCase();
}

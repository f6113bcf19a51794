// Cheap checks of a file's text that tell a rule, before it walks or resolves anything, that the file cannot hold
// what it reports. Most files mention no logout, cookie or redirect at all: they cost the rules one scan each. The
// codemods' prefilter is made of the same checks. Each check must let through every file its rule can report in.
// Kept free of heavy imports: the codemods load this through Babel under jscodeshift.
import { getRenderFileKind, isRouteHandlerFile } from "./route-file.ts";

/**
 * Where a link to a logout route can start: `next/link`, a router (`next/navigation`, `next/router`, any
 * `useRouter`), next-intl, or a component element (`<NavLink`, `<UI.Link`) that may render a link.
 */
export function mayNavigate(text: string): boolean {
  return /next\/(?:link|navigation|router)|next-intl|use\w*Router|<[A-Z_$]|<[\w$]+\.[A-Z_$]/.test(text);
}

/** Any import: with cross-file reading on, a logout URL or a link component may come from another module. */
export function mayImport(text: string): boolean {
  return /\bimport\b|\brequire\s*\(/.test(text);
}

/**
 * A router method taken by destructuring (`const { push } = useRouter()`, `{ replace: go }`): only then can a call
 * of a bare name (`push(url)`, `go(url)`) be a router navigation. Lets the rules skip resolving every other call.
 */
export function mayDestructureRouterMethod(text: string): boolean {
  return /\b(?:push|replace|prefetch)\s*[,}:=]/.test(text);
}

/** `redirect()` or `permanentRedirect()` of next/navigation, under any name they are imported as. */
export function mayCallNavigationRedirect(text: string): boolean {
  return text.includes("edirect");
}

/** `next/navigation` or `next/router`: a soft navigation needs a router. */
export function mayImportRouter(text: string): boolean {
  return /next\/(?:navigation|router)/.test(text);
}

/**
 * A logout path can only be reached through a literal in the same file: the default words (`logout`, `sign-out`,
 * `logoff`…), or the longest literal part of a `logoutPaths` pattern. A pattern that is all wildcards lets
 * everything through.
 */
export function mayReferenceLogoutPath(text: string, logoutPaths: readonly string[] | undefined): boolean {
  // Several rules ask this of each file they see: the answer for the last file's text is kept.
  if (text === keptText && logoutPaths === keptLogoutPaths) return keptAnswer;
  const answer = searchLogoutPath(text, logoutPaths);
  if (text.length >= MIN_KEPT_LENGTH) {
    keptText = text;
    keptLogoutPaths = logoutPaths;
    keptAnswer = answer;
  }
  return answer;
}

// Short strings (a path, a node's text) are answered afresh: keeping one would push a file's text out.
const MIN_KEPT_LENGTH = 512;
let keptText: string | null = null;
let keptLogoutPaths: readonly string[] | undefined;
let keptAnswer = false;

function searchLogoutPath(text: string, logoutPaths: readonly string[] | undefined): boolean {
  if (!logoutPaths) return /log-?out|sign-?out|log-?off/i.test(text);
  const lower = text.toLowerCase();
  return logoutPaths.some((pattern) => {
    const literal = pattern
      .split(/[*/]/)
      .reduce((longest, part) => (part.length > longest.length ? part : longest), "");
    return literal === "" || lower.includes(literal.toLowerCase());
  });
}

// The words of a logout URL, and of a name that says one (`LOG_OUT_URL`): separators anywhere, as names are read.
const LOGOUT_WORDS = new RegExp(
  ["logout", "signout", "logoff"].map((word) => word.split("").join("[-_$]*")).join("|"),
  "i",
);

/**
 * A logout path, or a name that says one (`LOG_OUT_URL`, `signOutHref`): what a value must show before the link
 * analysis reads it as a logout URL.
 */
export function mayWriteLogoutValue(text: string, logoutPaths: readonly string[] | undefined): boolean {
  return LOGOUT_WORDS.test(text) || mayReferenceLogoutPath(text, logoutPaths);
}

/** A sign-out call (`signOut`), or a `fetch` of a logout path. */
export function maySignOut(text: string, logoutPaths: readonly string[] | undefined): boolean {
  return text.includes("signOut") || mayReferenceLogoutPath(text, logoutPaths);
}

/**
 * A request: `fetch`, an HTTP client (axios, redaxios, ky, ofetch, `$fetch`, wretch), or a client instance's
 * `post`/`delete`/… call.
 */
export function mayRequest(text: string): boolean {
  return /fetch|axios|\bky\b|wretch|\.\s*(?:post|delete|put|patch|get)\s*\(/.test(text);
}

/** `cookies()`, `headers()` and `draftMode()` come from `next/headers`. */
export function mayUseRequestApis(text: string): boolean {
  return text.includes("next/headers");
}

/** `NextResponse.redirect(…)` or `Response.redirect(…)`, also as `["redirect"]`. */
export function mayCallRedirect(text: string): boolean {
  // The word first: a plain search, where the regex tries every `.` of the file.
  return text.includes("redirect") && /\.\s*redirect\b|\[\s*["'`]redirect["'`]\s*\]/.test(text);
}

/** A `__Secure-` or `__Host-` cookie name. */
export function mayNameSecureCookie(text: string): boolean {
  return text.includes("__Secure-") || text.includes("__Host-");
}

/** Ending a session: a cookie API or `Set-Cookie`, a `session`, a `signOut`, `destroy` or `invalidateSession`. */
export function mayEndSession(text: string): boolean {
  return /cookie|session|sign-?out|destroy|invalidate/i.test(text);
}

/**
 * A call that may end a session, or a call of a helper that does: a `signOut`, a `destroy()`, or a `delete`, `set`
 * or `append` call (a cookie store's, a `Set-Cookie` header's). Narrower than {@link mayEndSession}: reading a
 * cookie or naming a session ends nothing.
 */
export function mayCallSessionEnd(text: string): boolean {
  return /signOut|\b(?:destroy|delete|set|append)\s*(?:\?\.\s*)?\(/.test(text);
}

/** A browser cookie deletion: the word cookie, and a way to delete or expire one (react-cookie's `useCookies()[2]`). */
export function mayDeleteClientCookie(text: string): boolean {
  return /cookie/i.test(text) && /remove|delete|max-?age|expires|useCookies/i.test(text);
}

/** A server-only sign-out a client module may import: a `signOut` or iron-session's `getIronSession`. */
export function mayNameServerSignOut(text: string): boolean {
  return /signOut|getIronSession/.test(text);
}

/** A route handler file (`app/**\/route.*`) is where the route-handler rules look. */
export { isRouteHandlerFile };

/** A page, layout or other App Router file that renders (`app/**\/page.tsx`): where no-signout-during-render looks. */
export { getRenderFileKind };

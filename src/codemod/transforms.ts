// Imported by the jscodeshift bridge, where Babel compiles every import: only the dependency-free prefilter, and types.
import {
  getRenderFileKind,
  isRouteHandlerFile,
  mayCallRedirect,
  mayCallSessionEnd,
  mayDeleteClientCookie,
  mayEndSession,
  mayImport,
  mayImportRouter,
  mayNameSecureCookie,
  mayNavigate,
  mayReferenceLogoutPath,
  maySignOut,
  mayUseRequestApis,
} from "../prefilter/text-checks.ts";
import type { RuleId } from "../plugin/rules.ts";

export const TRANSFORM_NAMES = ["logout-links", "logout-route-handlers", "client-cookie-logout", "logout"] as const;
export type TransformName = (typeof TRANSFORM_NAMES)[number];

/** A suggestion a codemod takes as it is: the rule's own edit, by rule and message id. */
export interface AppliedSuggestion {
  rule: RuleId;
  messageId: string;
}

/** What the prefilter needs to know of the settings and rule options: what widens the rules' own first checks. */
export interface PrefilterSettings {
  /** `settings["next-logout"].logoutPaths`; `undefined` for the default logout words. */
  logoutPaths: readonly string[] | undefined;
  /** require-logout-revalidate's `checkServerActions`: Server Actions anywhere, not only route files. */
  checkServerActions: boolean;
  /** `settings["next-logout"].crossFile`: a logout URL may come from a module the file imports. */
  crossFile: boolean;
}

export const DEFAULT_PREFILTER: PrefilterSettings = { logoutPaths: undefined, checkServerActions: false, crossFile: true };
/** Lets through every file that any settings could make a candidate: for when the settings are not known yet. */
export const ANY_SETTINGS_PREFILTER: PrefilterSettings = { logoutPaths: ["/**"], checkServerActions: true, crossFile: true };

/**
 * Why a file may hold something to change or report, judged on its text: its own text (`"own-text"`), or only
 * a logout path that a module it imports may write (`"imports"`: no-link-to-logout across files, which the engine
 * asks the import graph about before it parses the file), or nothing (`"none"`).
 */
export type Candidacy = "own-text" | "imports" | "none";

export interface TransformSpec {
  /**
   * The rules the transform runs. Their autofixes are applied as `eslint --fix` applies them, and every finding
   * left is reported. A rule of `recommended` runs unless the user's ESLint config turns it off; a rule only
   * `strict` turns on runs with `--strict` or when the user's config turns it on.
   */
  rules: readonly RuleId[];
  /** Suggestions taken where the rules only suggest. */
  suggestions: readonly AppliedSuggestion[];
  /**
   * Whether a file may hold anything to change or report, decided on its text before it is parsed. It must let
   * through every file where one of the rules can report: each rule's own first check is the model.
   */
  getCandidacy: (path: string, source: string, settings: PrefilterSettings) => Candidacy;
  /** `getCandidacy` is not `"none"`. */
  mayApply: (path: string, source: string, settings: PrefilterSettings) => boolean;
}

const LINK_RULES = ["no-link-to-logout", "require-refresh-after-signout"] as const satisfies readonly RuleId[];
const ROUTE_HANDLER_RULES = [
  "no-relative-redirect",
  "no-signout-during-render",
  "no-sync-cookies",
  "prefer-post-logout",
  "require-clear-site-data",
  "require-logout-no-store",
  "require-logout-revalidate",
  "require-logout-see-other",
  "require-secure-cookie-delete",
] as const satisfies readonly RuleId[];
const CLIENT_COOKIE_RULES = ["no-client-cookie-deletion"] as const satisfies readonly RuleId[];

// no-link-to-logout's own first check (getLogoutPathSource): a logout path in the file, or, with cross-file
// reading on, any import, since a logout URL, menu entry or helper may come from another module.
const getLinksCandidacy = (_path: string, source: string, { logoutPaths, crossFile }: PrefilterSettings): Candidacy => {
  // require-refresh-after-signout: a router and a sign-out.
  if (mayImportRouter(source) && maySignOut(source, logoutPaths)) return "own-text";
  if (!mayNavigate(source)) return "none";
  if (mayReferenceLogoutPath(source, logoutPaths)) return "own-text";
  return crossFile && mayImport(source) ? "imports" : "none";
};
// A route file matters to the logout-handler rules only on a logout path or when it may end a session; a page or
// layout only when it may call a sign-out or a cookie write (no-signout-during-render, which only reports).
const mayHaveRouteHandlerFixes = (path: string, source: string, { logoutPaths, checkServerActions }: PrefilterSettings) =>
  (isRouteHandlerFile(path) && (mayReferenceLogoutPath(path, logoutPaths) || mayEndSession(source))) ||
  (getRenderFileKind(path) !== null && mayCallSessionEnd(source)) ||
  (checkServerActions && mayEndSession(source)) ||
  mayUseRequestApis(source) ||
  mayCallRedirect(source) ||
  mayNameSecureCookie(source);
const mayHaveClientCookies = (_path: string, source: string) => mayDeleteClientCookie(source);

// A full page load after a sign-out, like a plain `<a>` to a logout route, is the fix itself; `router.refresh()`,
// the other suggestion after a sign-out, is left for people who want to keep the soft navigation.
const LINK_SUGGESTIONS: readonly AppliedSuggestion[] = [
  { rule: "no-link-to-logout", messageId: "suggestFullPageLoad" },
  { rule: "require-refresh-after-signout", messageId: "suggestFullPageLoad" },
];
const CLIENT_COOKIE_SUGGESTIONS: readonly AppliedSuggestion[] = [{ rule: "no-client-cookie-deletion", messageId: "suggestLogoutFunctionNavigation" }];

type OwnTextCheck = (path: string, source: string, settings: PrefilterSettings) => boolean;
const fromOwnText =
  (check: OwnTextCheck) =>
  (path: string, source: string, settings: PrefilterSettings): Candidacy =>
    check(path, source, settings) ? "own-text" : "none";

function createSpec(rules: readonly RuleId[], suggestions: readonly AppliedSuggestion[], getCandidacy: TransformSpec["getCandidacy"]): TransformSpec {
  return { rules, suggestions, getCandidacy, mayApply: (path, source, settings) => getCandidacy(path, source, settings) !== "none" };
}

export const TRANSFORMS: Readonly<Record<TransformName, TransformSpec>> = {
  "logout-links": createSpec(LINK_RULES, LINK_SUGGESTIONS, getLinksCandidacy),
  "logout-route-handlers": createSpec(ROUTE_HANDLER_RULES, [], fromOwnText(mayHaveRouteHandlerFixes)),
  "client-cookie-logout": createSpec(CLIENT_COOKIE_RULES, CLIENT_COOKIE_SUGGESTIONS, fromOwnText(mayHaveClientCookies)),
  logout: createSpec(
    [...LINK_RULES, ...ROUTE_HANDLER_RULES, ...CLIENT_COOKIE_RULES],
    [...LINK_SUGGESTIONS, ...CLIENT_COOKIE_SUGGESTIONS],
    (path, source, settings) =>
      mayHaveRouteHandlerFixes(path, source, settings) || mayHaveClientCookies(path, source) ? "own-text" : getLinksCandidacy(path, source, settings),
  ),
};

export function isTransformName(name: string): name is TransformName {
  return (TRANSFORM_NAMES as readonly string[]).includes(name);
}

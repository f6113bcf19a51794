// Imported by the jscodeshift bridge, where Babel compiles every import: only the dependency-free prefilter, and types.
import {
  isRouteHandlerFile,
  mayCallRedirect,
  mayDeleteClientCookie,
  mayEndSession,
  mayNameSecureCookie,
  mayNavigate,
  mayReferenceLogoutPath,
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

export interface TransformSpec {
  /** Rules whose autofixes the transform applies, as `eslint --fix` does. */
  fixRules: readonly RuleId[];
  /** Rules added with `--strict`. */
  strictFixRules: readonly RuleId[];
  /** Suggestions taken where the rules only suggest. */
  suggestions: readonly AppliedSuggestion[];
  /** Rules whose findings left after the transform are printed as report lines. */
  reportRules: readonly RuleId[];
  /**
   * Whether a file may hold anything to change, decided on its text before it is parsed. It must let through
   * every file where one of the rules above can report: each rule's own first check is the model.
   */
  mayApply: (path: string, source: string) => boolean;
}

const LINK_RULES = ["no-link-to-logout"] as const satisfies readonly RuleId[];
const ROUTE_HANDLER_RULES = [
  "no-relative-redirect",
  "no-sync-cookies",
  "require-logout-no-store",
  "require-logout-revalidate",
  "require-logout-see-other",
  "require-secure-cookie-delete",
] as const satisfies readonly RuleId[];
const CLIENT_COOKIE_RULES = ["no-client-cookie-deletion"] as const satisfies readonly RuleId[];

// The codemods use the default settings, so their prefilters are the rules' own with no `logoutPaths`. The links
// rule also reads imported modules; the codemod keeps to files with a logout word of their own, to stay fast.
const mayHaveLinks = (_path: string, source: string) => mayNavigate(source) && mayReferenceLogoutPath(source, undefined);
// A route file matters to the logout-handler rules only on a logout path or when it may end a session.
const mayHaveRouteHandlerFixes = (path: string, source: string) =>
  (isRouteHandlerFile(path) && (mayReferenceLogoutPath(path, undefined) || mayEndSession(source))) ||
  mayUseRequestApis(source) ||
  mayCallRedirect(source) ||
  mayNameSecureCookie(source);
const mayHaveClientCookies = (_path: string, source: string) => mayDeleteClientCookie(source);

const LINK_SUGGESTIONS: readonly AppliedSuggestion[] = [{ rule: "no-link-to-logout", messageId: "suggestFullPageLoad" }];
const CLIENT_COOKIE_SUGGESTIONS: readonly AppliedSuggestion[] = [{ rule: "no-client-cookie-deletion", messageId: "suggestLogoutFunctionNavigation" }];

export const TRANSFORMS: Readonly<Record<TransformName, TransformSpec>> = {
  "logout-links": {
    fixRules: LINK_RULES,
    strictFixRules: [],
    suggestions: LINK_SUGGESTIONS,
    reportRules: LINK_RULES,
    mayApply: mayHaveLinks,
  },
  "logout-route-handlers": {
    fixRules: ROUTE_HANDLER_RULES,
    strictFixRules: ["require-clear-site-data"],
    suggestions: [],
    reportRules: ROUTE_HANDLER_RULES,
    mayApply: mayHaveRouteHandlerFixes,
  },
  "client-cookie-logout": {
    fixRules: [],
    strictFixRules: [],
    suggestions: CLIENT_COOKIE_SUGGESTIONS,
    reportRules: CLIENT_COOKIE_RULES,
    mayApply: mayHaveClientCookies,
  },
  logout: {
    fixRules: [...LINK_RULES, ...ROUTE_HANDLER_RULES],
    strictFixRules: ["require-clear-site-data"],
    suggestions: [...LINK_SUGGESTIONS, ...CLIENT_COOKIE_SUGGESTIONS],
    reportRules: [...LINK_RULES, ...ROUTE_HANDLER_RULES, ...CLIENT_COOKIE_RULES],
    mayApply: (path, source) => mayHaveLinks(path, source) || mayHaveRouteHandlerFixes(path, source) || mayHaveClientCookies(path, source),
  },
};

export function isTransformName(name: string): name is TransformName {
  return (TRANSFORM_NAMES as readonly string[]).includes(name);
}

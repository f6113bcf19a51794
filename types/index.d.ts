// The package's public types, written by hand in syntax TypeScript 5.0 reads: the declarations tsc emits for
// src/index.ts use a string export name and import attributes, which older compilers reject even with
// skipLibCheck. tests/types.test.ts keeps this file equal to the plugin.
import type { Linter, Rule } from "eslint";

/** `settings["next-logout"]`: plain JSON. */
export interface NextLogoutSettingsInput {
  /** Logout paths: exact paths or patterns with `*` and `**`. Default: a last segment such as `logout`. */
  logoutPaths?: string[];
  /** `"detect"` (default) reads `next` from the nearest package.json; `"14.2"` or `"16"` overrides it. */
  nextVersion?: string;
  /** Session cookie names: exact names or patterns with `*`. Default: names containing a session word. */
  sessionCookies?: string[];
  /**
   * Components that render `next/link`, in eslint-plugin-react's shape: `"NavLink"` (its `href` is the link) or
   * `{ "name": "Button", "linkAttribute": "to" }` (a string or an array of strings).
   */
  linkComponents?: (string | { name: string; linkAttribute?: string | string[] })[];
  /** `false` reads no other file: imported components, URLs and menu data stay unknown. Default: `true`. */
  crossFile?: boolean;
}

export type NextLogoutRuleId =
  | "no-client-cookie-deletion"
  | "no-link-to-logout"
  | "no-relative-redirect"
  | "no-signout-during-render"
  | "no-sync-cookies"
  | "prefer-post-logout"
  | "require-clear-site-data"
  | "require-logout-no-store"
  | "require-logout-revalidate"
  | "require-logout-see-other"
  | "require-refresh-after-signout"
  | "require-secure-cookie-delete";

export interface NextLogoutConfigs {
  recommended: Linter.Config;
  strict: Linter.Config;
  all: Linter.Config;
  "recommended-legacy": Linter.LegacyConfig;
}

declare const plugin: {
  meta: { name: string; version: string; namespace: string };
  rules: Record<NextLogoutRuleId, Rule.RuleModule>;
  configs: NextLogoutConfigs;
};

export default plugin;

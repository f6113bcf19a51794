import type { ESLint, Rule } from "eslint";
import noClientCookieDeletion from "../../rules/no-client-cookie-deletion.ts";
import noLinkToLogout from "../../rules/no-link-to-logout.ts";
import noRelativeRedirect from "../../rules/no-relative-redirect.ts";
import noSignoutDuringRender from "../../rules/no-signout-during-render.ts";
import noSyncCookies from "../../rules/no-sync-cookies.ts";
import preferPostLogout from "../../rules/prefer-post-logout.ts";
import requireClearSiteData from "../../rules/require-clear-site-data.ts";
import requireLogoutNoStore from "../../rules/require-logout-no-store.ts";
import requireLogoutRevalidate from "../../rules/require-logout-revalidate.ts";
import requireLogoutSeeOther from "../../rules/require-logout-see-other.ts";
import requireRefreshAfterSignout from "../../rules/require-refresh-after-signout.ts";
import requireSecureCookieDelete from "../../rules/require-secure-cookie-delete.ts";

/** Every rule, by id; kept sorted. */
const typedRules = {
  "no-client-cookie-deletion": noClientCookieDeletion,
  "no-link-to-logout": noLinkToLogout,
  "no-relative-redirect": noRelativeRedirect,
  "no-signout-during-render": noSignoutDuringRender,
  "no-sync-cookies": noSyncCookies,
  "prefer-post-logout": preferPostLogout,
  "require-clear-site-data": requireClearSiteData,
  "require-logout-no-store": requireLogoutNoStore,
  "require-logout-revalidate": requireLogoutRevalidate,
  "require-logout-see-other": requireLogoutSeeOther,
  "require-refresh-after-signout": requireRefreshAfterSignout,
  "require-secure-cookie-delete": requireSecureCookieDelete,
};

export type RuleId = keyof typeof typedRules;

/** typescript-eslint's RuleModule and ESLint's Rule.RuleModule type the same objects differently: cast once, here. */
export const rules = typedRules as unknown as Record<RuleId, Rule.RuleModule> & NonNullable<ESLint.Plugin["rules"]>;

export const typedRuleModules = typedRules;

import { ESLintUtils } from "@typescript-eslint/utils";

/** Which shipped config first turns a rule on; rules without it are only in `all`. */
export type RuleConfigLevel = "recommended" | "strict";

export interface NextLogoutRuleDocs {
  recommended?: RuleConfigLevel;
}

export const REPOSITORY_URL = "https://github.com/next-logout/eslint-plugin-next-logout";

export function getRuleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

export const createRule = ESLintUtils.RuleCreator<NextLogoutRuleDocs>(getRuleDocsUrl);

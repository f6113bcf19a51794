import { ESLintUtils } from "@typescript-eslint/utils";
import { REPOSITORY_URL } from "./manifest.ts";

/** Which shipped config first turns a rule on; rules without it are only in `all`. */
export type RuleConfigLevel = "recommended" | "strict";

export interface NextLogoutRuleDocs {
  recommended?: RuleConfigLevel;
}

/** A rule's page in the repository that package.json names. */
export function getRuleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

const createTypedRule = ESLintUtils.RuleCreator<NextLogoutRuleDocs>(getRuleDocsUrl);

/**
 * typescript-eslint's `RuleCreator`, with options merged with their defaults once per distinct options value rather
 * than on every file: its own `create` deep-clones the defaults for every rule and file, which cost more than all
 * the rules' own `create` together (docs/performance.md). Rules never change their options, so sharing is safe.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Parameters<typeof createTypedRule<Options, MessageIds>>[0],
): ReturnType<typeof createTypedRule<Options, MessageIds>> {
  const rule = createTypedRule<Options, MessageIds>(spec);
  const defaultOptions = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  return {
    ...rule,
    create(context) {
      const key = JSON.stringify(context.options);
      const options = merged.get(key) ?? (ESLintUtils.applyDefault(defaultOptions, context.options as Options) as Options);
      merged.set(key, options);
      return spec.create(context, options);
    },
  };
}

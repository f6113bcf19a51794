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
  const merge = (given: Options) => ESLintUtils.applyDefault(defaultOptions, given) as Options;
  // ESLint hands each file a new options array holding the config's own option objects: an object is the key, so
  // most files need no serialization (a JSON key per file showed in the profile). Other shapes fall back to JSON.
  const mergedByObject = new WeakMap<object, Options>();
  const mergedByJson = new Map<string, Options>();
  let mergedEmpty: Options | undefined;
  return {
    ...rule,
    create(context) {
      const given = context.options as unknown as Options;
      const [first] = given;
      let options: Options | undefined;
      if (given.length === 0) options = mergedEmpty ??= merge(given);
      else if (given.length === 1 && typeof first === "object" && first !== null) {
        options = mergedByObject.get(first);
        if (!options) mergedByObject.set(first, (options = merge(given)));
      } else {
        const key = JSON.stringify(given);
        options = mergedByJson.get(key);
        if (!options) mergedByJson.set(key, (options = merge(given)));
      }
      return spec.create(context, options);
    },
  };
}

import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { parseSettings, resolveNextVersion } from "../src/project/settings.ts";
import { getAwaitRequestApiEdits, getRequestApiImports, getSyncRequestApiUse, type RequestApi } from "../src/routes/request-apis.ts";
import { mayUseRequestApis } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "syncRequestApi";

export default createRule<Options, MessageIds>({
  name: "no-sync-cookies",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow using `cookies()`, `headers()` and `draftMode()` without `await` on Next.js 15 and later",
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      syncRequestApi:
        "`{{api}}()` returns a Promise on Next.js 15 and later (this project uses {{version}}): `.{{member}}` on it warns on 15 and throws on 16. " +
        "Use `(await {{api}}()).{{member}}` in an async function.",
    },
    schema: [],
  },
  create(context) {
    if (!mayUseRequestApis(context.sourceCode.text)) return {};
    const settings = parseSettings(context.settings);
    const version = resolveNextVersion(settings, context.filename);
    // Next 13 and 14 return the store itself, and an unknown version gives no grounds to report.
    if (!version || version.major < 15) return {};
    let imports = new Map<string, RequestApi>();
    return {
      Program(program) {
        imports = getRequestApiImports(program);
      },
      CallExpression(node) {
        if (imports.size === 0) return;
        const use = getSyncRequestApiUse(node, imports);
        if (!use) return;
        const edits = getAwaitRequestApiEdits(context.sourceCode.text, use);
        context.report({
          node: use.member,
          messageId: "syncRequestApi",
          data: {
            api: use.api,
            member: context.sourceCode.getText(use.member.property),
            version: `${version.major}.${version.minor}`,
          },
          fix: edits ? toFix(context.sourceCode.text, edits) : null,
        });
      },
    };
  },
});

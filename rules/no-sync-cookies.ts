import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { parseSettings, resolveNextVersion } from "../src/project/settings.ts";
import { getAwaitRequestApiEdits, getRequestApiImports, getSyncRequestApiUse, type RequestApi } from "../src/routes/request-apis.ts";
import { mayUseRequestApis } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "syncRequestApi" | "syncRequestApiStored" | "syncRequestApiArgument";

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
      syncRequestApiStored:
        "`{{api}}()` returns a Promise on Next.js 15 and later ({{version}} here): `{{name}}.{{member}}` reads the Promise, which throws on 16. " +
        "Use `await {{api}}()` in an async function.",
      syncRequestApiArgument:
        "`{{api}}()` returns a Promise on Next.js 15 and later ({{version}} here): `{{callee}}()` gets the Promise, not the store. " +
        "Pass `await {{api}}()` in an async function.",
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
        const { sourceCode } = context;
        const use = getSyncRequestApiUse(node, imports, (declarator) => sourceCode.getDeclaredVariables(declarator));
        if (!use) return;
        const edits = getAwaitRequestApiEdits(sourceCode.text, use);
        const fix = edits ? toFix(sourceCode.text, edits) : null;
        const { api } = use;
        const versionText = `${version.major}.${version.minor}`;
        if (use.kind === "member") {
          const member = sourceCode.getText(use.member.property);
          context.report({ node: use.member, messageId: "syncRequestApi", data: { api, member, version: versionText }, fix });
        } else if (use.kind === "stored") {
          const data = { api, name: use.variable.name, member: sourceCode.getText(use.member.property), version: versionText };
          context.report({ node: use.call, messageId: "syncRequestApiStored", data, fix });
        } else {
          const data = { api, callee: shorten(sourceCode.getText(use.callee)), version: versionText };
          context.report({ node: use.call, messageId: "syncRequestApiArgument", data, fix });
        }
      },
    };
  },
});

const MAX_CALLEE_LENGTH = 40;

/** Callee text for a message: on one line, or its last name when it is long. */
function shorten(text: string): string {
  const compact = text.replace(/\s+/g, "");
  return compact.length > MAX_CALLEE_LENGTH ? (compact.split(".").at(-1) ?? compact).slice(0, MAX_CALLEE_LENGTH) : compact;
}

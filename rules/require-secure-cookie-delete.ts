import { createSourceConstResolver, type ResolveConst } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getInsecurePrefixedDelete, getSecureDeleteEdits } from "../src/session/secure-cookie-delete.ts";
import { collectSessionImports, type SessionImports } from "../src/session/session-end.ts";
import { parseSettings, resolveNextVersion } from "../src/project/settings.ts";
import { mayNameSecureCookie } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "insecurePrefixedDelete";

export default createRule<Options, MessageIds>({
  name: "require-secure-cookie-delete",
  meta: {
    type: "problem",
    docs: {
      description: "Require `secure: true` when deleting a `__Secure-` or `__Host-` cookie",
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      insecurePrefixedDelete:
        'This `delete()` sends no `Secure` attribute, so the browser ignores it and `{{cookieName}}` survives logout. Delete it with `secure: true` and `path: "/"`.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!mayNameSecureCookie(sourceCode.text)) return {};
    const version = resolveNextVersion(parseSettings(context.settings), context.filename);
    let imports: SessionImports | null = null;
    let resolveConst: ResolveConst | null = null;
    return {
      Program(program) {
        imports = collectSessionImports(program);
      },
      CallExpression(node) {
        if (!imports || (imports.cookies.size === 0 && imports.nextResponse.size === 0)) return;
        resolveConst ??= createSourceConstResolver(sourceCode);
        const found = getInsecurePrefixedDelete(node, imports, resolveConst);
        if (!found) return;
        context.report({
          node,
          messageId: "insecurePrefixedDelete",
          data: { cookieName: found.cookieName },
          fix: toFix(sourceCode.text, getSecureDeleteEdits(sourceCode.text, found, version)),
        });
      },
    };
  },
});

import { createSourceConstResolver, createVariableFinder, type ResolveConst } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getRelativeRedirect, getRelativeRedirectEdits } from "../src/responses/relative-redirect.ts";
import { describeUrl } from "../src/urls/url-shape.ts";
import { mayCallRedirect } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "relativeNextResponseRedirect" | "relativeResponseRedirect";

const WHAT_INSTEAD = "Pass an absolute URL: `new URL(path, request.url)`.";

export default createRule<Options, MessageIds>({
  name: "no-relative-redirect",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow relative URLs in `NextResponse.redirect()` and `Response.redirect()`",
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      relativeNextResponseRedirect: '`{{callee}}()` throws "URL is malformed" for the relative URL `{{url}}`. ' + WHAT_INSTEAD,
      relativeResponseRedirect: '`{{callee}}()` throws "Failed to parse URL" for the relative URL `{{url}}`. ' + WHAT_INSTEAD,
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!mayCallRedirect(sourceCode.text)) return {};
    const isTypeScript = /\.[cm]?tsx?$/i.test(context.filename);
    let resolveConst: ResolveConst | null = null;

    const findVariable = createVariableFinder(sourceCode);

    return {
      CallExpression(node) {
        resolveConst ??= createSourceConstResolver(sourceCode);
        const redirect = getRelativeRedirect(node, findVariable, resolveConst);
        if (!redirect) return;
        const edits = getRelativeRedirectEdits(sourceCode.text, redirect, findVariable, { isTypeScript });
        context.report({
          node: redirect.url,
          messageId: redirect.kind === "NextResponse" ? "relativeNextResponseRedirect" : "relativeResponseRedirect",
          data: { callee: sourceCode.getText(redirect.call.callee), url: describeUrl(redirect.shape) },
          fix: edits ? toFix(sourceCode.text, edits) : null,
        });
      },
    };
  },
});

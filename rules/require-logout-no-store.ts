import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { createSourceConstResolver, type ResolveConst } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getLogoutResponses } from "../src/responses/logout-responses.ts";
import { getAddResponseHeaderEdits } from "../src/responses/response-edits.ts";
import { getHeaderProperty, getHeadersObject, getResponseHeader, type HandlerResponse } from "../src/responses/responses.ts";
import { parseSettings } from "../src/project/settings.ts";
import type { TextEdit } from "../src/edits/text-edit.ts";
import { mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";

export type Options = [];
export type MessageIds = "missingNoStore" | "cacheableCacheControl" | "responseWithoutHeaders";

const NO_STORE_HEADER = { name: "Cache-Control", value: "no-store" };

export default createRule<Options, MessageIds>({
  name: "require-logout-no-store",
  meta: {
    type: "problem",
    docs: {
      description: "Require `Cache-Control: no-store` on every response of a logout route handler",
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      missingNoStore:
        'This logout response has no `Cache-Control: no-store`, so a cache may answer the next logout without running the handler. Add `"Cache-Control": "no-store"` to its headers.',
      cacheableCacheControl:
        "This logout response's `Cache-Control: {{value}}` lacks `no-store`, so a cache may answer the next logout without running the handler. Add `no-store`.",
      responseWithoutHeaders:
        '`{{kind}}` can\'t send `Cache-Control: no-store`, so this logout response may be cached. Return `NextResponse.redirect(url, { headers: { "Cache-Control": "no-store" } })`.',
    },
    schema: [],
  },
  create(context) {
    const settings = parseSettings(context.settings);
    const { sourceCode } = context;
    if (!mayHaveLogoutHandlers(context.filename, sourceCode.text, settings)) return {};
    return {
      Program(program) {
        const resolveConst = createSourceConstResolver(sourceCode);
        for (const { body, response } of getLogoutResponses(program, context.filename, settings, resolveConst)) {
          if (response.kind === "Response.redirect" || response.kind === "redirect()") {
            context.report({ node: response.node, messageId: "responseWithoutHeaders", data: { kind: `${response.kind === "redirect()" ? "redirect" : "Response.redirect"}()` } });
            continue;
          }
          const value = getResponseHeader(response, body, "cache-control", resolveConst);
          if (value === undefined || /(?:^|[\s,])no-store(?:$|[\s,;])/i.test(value ?? "")) continue;
          if (value === null) {
            const edits = getAddResponseHeaderEdits(sourceCode.text, response, NO_STORE_HEADER);
            context.report({ node: response.node, messageId: "missingNoStore", fix: edits ? toFix(sourceCode.text, edits) : null });
          } else {
            const edits = getStrengthenEdits(getHeaderValueNode(response, resolveConst));
            context.report({ node: response.node, messageId: "cacheableCacheControl", data: { value }, fix: edits ? toFix(sourceCode.text, edits) : null });
          }
        }
      },
    };
  },
});

/** The `Cache-Control` value literal in the response's headers object, when it is one. */
function getHeaderValueNode(response: HandlerResponse, resolveConst: ResolveConst): TSESTree.Node | undefined {
  const headers = getHeadersObject(response);
  return headers ? getHeaderProperty(headers, "Cache-Control", resolveConst) : undefined;
}

/** `"private, max-age=0"` becomes `"no-store, private, max-age=0"`: inside the literal, which keeps its quotes. */
function getStrengthenEdits(value: TSESTree.Node | undefined): TextEdit[] | null {
  if (value?.type !== AST_NODE_TYPES.Literal || typeof value.value !== "string") return null;
  const afterQuote = value.range[0] + 1;
  return [{ range: [afterQuote, afterQuote], text: "no-store, " }];
}

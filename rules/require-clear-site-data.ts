import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { createSourceConstResolver } from "../src/js/bindings.ts";
import {
  CLEAR_SITE_DATA_DIRECTIVES,
  formatClearSiteData,
  getClearSiteDataValueEdits,
  parseClearSiteData,
  SLOW_DIRECTIVES,
} from "../src/responses/clear-site-data.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getLogoutResponses } from "../src/responses/logout-responses.ts";
import { getAddResponseHeaderEdits } from "../src/responses/response-edits.ts";
import { getHeaderProperty, getHeadersObject, getResponseHeader } from "../src/responses/responses.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";

export type Options = [{ directives?: string[]; allowCache?: boolean }];
export type MessageIds = "missingClearSiteData" | "slowClearSiteData";

export default createRule<Options, MessageIds>({
  name: "require-clear-site-data",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require logout responses to send `Clear-Site-Data` without directives that stall the browser",
      recommended: "strict",
    },
    fixable: "code",
    messages: {
      missingClearSiteData:
        "This logout response sends no `Clear-Site-Data`, so the site's cookies and storage outlive the logout. Add `Clear-Site-Data: {{value}}`.",
      slowClearSiteData:
        '`Clear-Site-Data: {{current}}` includes `"{{directive}}"`, which can stall Chrome for seconds on logout. Send `{{value}}` instead.',
    },
    schema: [
      {
        type: "object",
        properties: {
          directives: {
            type: "array",
            description: "The directives the fix writes into the header.",
            items: { type: "string", enum: [...CLEAR_SITE_DATA_DIRECTIVES] },
            minItems: 1,
            uniqueItems: true,
          },
          allowCache: {
            type: "boolean",
            description: 'Allow the `"*"` and `"cache"` directives, which can stall Chrome for seconds.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ directives: ["cookies", "storage"], allowCache: false }],
  },
  create(context, [{ directives = ["cookies", "storage"], allowCache = false }]) {
    const settings = parseSettings(context.settings);
    const { sourceCode } = context;
    if (!mayHaveLogoutHandlers(context.filename, sourceCode.text, settings)) return {};
    const value = formatClearSiteData(directives);
    return {
      Program(program) {
        const resolveConst = createSourceConstResolver(sourceCode);
        for (const { body, response } of getLogoutResponses(program, context.filename, settings, resolveConst)) {
          // These take no headers; require-logout-no-store already asks for a response that does.
          if (response.kind === "Response.redirect" || response.kind === "redirect()") continue;
          const current = getResponseHeader(response, body, "clear-site-data", resolveConst);
          if (current === undefined) continue;
          if (current === null) {
            const edits = getAddResponseHeaderEdits(sourceCode.text, response, { name: "Clear-Site-Data", value });
            context.report({ node: response.node, messageId: "missingClearSiteData", data: { value }, fix: edits ? toFix(sourceCode.text, edits) : null });
            continue;
          }
          const directive = allowCache ? undefined : parseClearSiteData(current).find((name) => SLOW_DIRECTIVES.has(name));
          if (directive === undefined) continue;
          const headers = getHeadersObject(response);
          const valueNode = headers ? getHeaderProperty(headers, "Clear-Site-Data", resolveConst) : undefined;
          context.report({
            node: valueNode ?? response.node,
            messageId: "slowClearSiteData",
            data: { current, directive, value },
            fix: isStaticString(valueNode) ? toFix(sourceCode.text, getClearSiteDataValueEdits(sourceCode.text, valueNode, value)) : null,
          });
        }
      },
    };
  },
});

function isStaticString(node: TSESTree.Node | undefined): node is TSESTree.Node {
  return (
    (node?.type === AST_NODE_TYPES.Literal && typeof node.value === "string") ||
    (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

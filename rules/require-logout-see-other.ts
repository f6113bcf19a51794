import { createSourceConstResolver } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { toFix } from "../src/edits/eslint-fix.ts";
import { getLogoutResponses } from "../src/responses/logout-responses.ts";
import { getSetStatusEdits } from "../src/responses/response-edits.ts";
import { getResponseStatus, type HandlerResponse } from "../src/responses/responses.ts";
import type { HttpMethod } from "../src/routes/route-handlers.ts";
import { parseSettings } from "../src/project/settings.ts";
import { mayHaveLogoutHandlers } from "../src/routes/logout-handlers.ts";

export type Options = [];
export type MessageIds = "methodKeepingRedirect" | "navigationRedirect";

/** Methods a browser sends from a form or fetch whose redirect must turn into a GET. */
const NON_GET_METHODS: ReadonlySet<HttpMethod> = new Set(["POST", "PUT", "DELETE"]);
const METHOD_KEEPING = new Set([307, 308]);

export default createRule<Options, MessageIds>({
  name: "require-logout-see-other",
  meta: {
    type: "problem",
    docs: {
      description: "Require a 303 redirect after a POST, PUT or DELETE logout",
      recommended: "recommended",
    },
    fixable: "code",
    messages: {
      methodKeepingRedirect:
        "This {{method}} logout redirects with {{status}}, so the browser sends the {{method}} again to the target. Redirect with `{ status: 303 }`, which the browser follows with a GET.",
      navigationRedirect:
        "`redirect()` answers a route handler with 307, so the browser sends the {{method}} again to the target. Return `NextResponse.redirect(url, { status: 303 })` instead.",
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
        for (const { handler, response } of getLogoutResponses(program, context.filename, settings, resolveConst)) {
          const { method } = handler;
          if (!NON_GET_METHODS.has(method)) continue;
          if (response.kind === "redirect()") {
            context.report({ node: response.node, messageId: "navigationRedirect", data: { method } });
            continue;
          }
          const status = getMethodKeepingStatus(response, getResponseStatus(response, resolveConst));
          if (status === null) continue;
          const edits = getSetStatusEdits(sourceCode.text, response, 303);
          context.report({ node: response.node, messageId: "methodKeepingRedirect", data: { method, status }, fix: edits ? toFix(sourceCode.text, edits) : null });
        }
      },
    };
  },
});

/** "307 (the default)", "308", or `null` when the response doesn't keep the method. */
function getMethodKeepingStatus(response: HandlerResponse, status: number | "default" | "unknown"): string | null {
  if (status === "default") return response.kind === "NextResponse.redirect" ? "307 (the default)" : null;
  if (status === "unknown" || !METHOD_KEEPING.has(status)) return null;
  const isRedirect = response.kind === "NextResponse.redirect" || response.kind === "Response.redirect" || response.kind.startsWith("new ");
  return isRedirect ? String(status) : null;
}

import { createSourceResolvers } from "../src/js/bindings.ts";
import { createRule } from "../src/plugin/create-rule.ts";
import { parseSettings } from "../src/project/settings.ts";
import { findSessionEndsDuringRender } from "../src/routes/render-session-ends.ts";
import { getRenderFileKind, mayCallSessionEnd } from "../src/prefilter/text-checks.ts";

export type Options = [];
export type MessageIds = "signOutDuringRender";

export default createRule<Options, MessageIds>({
  name: "no-signout-during-render",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ending a session while a page or layout renders",
      recommended: "recommended",
    },
    messages: {
      signOutDuringRender:
        "`{{callee}}()` runs while this {{kind}} renders, where cookies are read-only: it throws, or the session stays. " +
        "Log out in a Server Action or a `POST` route handler.",
    },
    schema: [],
  },
  create(context) {
    const kind = getRenderFileKind(context.filename);
    const { sourceCode } = context;
    if (kind === null || !mayCallSessionEnd(sourceCode.text)) return {};
    const settings = parseSettings(context.settings);
    return {
      Program(program) {
        const { findVariable, resolveConst } = createSourceResolvers(sourceCode);
        for (const { node, callee } of findSessionEndsDuringRender(program, findVariable, resolveConst, settings.sessionCookies)) {
          context.report({ node, messageId: "signOutDuringRender", data: { callee: shorten(sourceCode.getText(callee)), kind: describeKind(kind) } });
        }
      },
    };
  },
});

const MAX_CALLEE_LENGTH = 40;

/** Callee text for a message: on one line (`supabase\n  .auth` as `supabase.auth`), or its last name when it is long. */
function shorten(text: string): string {
  const compact = text.replace(/\s*\n\s*/g, "").replace(/\s+/g, " ");
  return compact.length > MAX_CALLEE_LENGTH ? (compact.split(".").at(-1) ?? compact) : compact;
}

/** `layout` and `template` as they are; every other render file is a page to the reader. */
function describeKind(kind: string): string {
  return kind === "layout" || kind === "template" ? kind : "page";
}

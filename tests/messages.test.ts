import { describe, expect, it } from "vitest";
import { typedRuleModules, type RuleId } from "../src/plugin/rules.ts";

/**
 * A message names the problem and the fix in one or two sentences; the why lives in the rule's doc. These checks
 * hold every message to that, filled with realistic values: long cookie names, nested paths, long callees.
 */
const MAX_LENGTH = 200;

/** Imperative verbs a fix sentence starts with. */
const FIX_VERBS = ["Add", "Call", "Delete", "Export", "Log out", "Navigate", "Pass", "Redirect", "Remove", "Replace", "Return", "Send", "Use"];

/** Values the rules really put in their placeholders, several per rule where they vary in length. */
const REALISTIC_DATA: Record<RuleId, Record<string, string>[]> = {
  "no-client-cookie-deletion": [
    { what: "Expiring `next-auth.session-token` through `document.cookie`", logoutPath: "/api/auth/logout", name: "auth.api.signOut", source: "@/lib/auth" },
    { what: "Deleting `__Secure-authjs.session-token` with `cookieStore.delete()`", logoutPath: "/api/auth/logout", name: "getIronSession", source: "@workos-inc/authkit-nextjs" },
  ],
  "no-link-to-logout": [
    {
      name: "NextLink",
      url: "/api/auth/logout",
      callee: "router.replace",
      from: "",
      chain: "rendered by `<SidebarMenu>` → `<SidebarMenuLink>` → next/link (components/sidebar-menu-link.tsx:12)",
      attribute: "as",
    },
    {
      name: "Link",
      url: "/…/auth/sign-out?callbackUrl=…",
      callee: "useRouter().prefetch",
      from: " (from lib/menu.ts:14)",
      chain: "rendered by `<Button>` → next/link (components/ui/button.tsx:31)",
      attribute: "component",
    },
  ],
  "no-relative-redirect": [
    { callee: "NextResponse.redirect", url: "/login?error=session_expired" },
    { callee: "server.NextResponse.redirect", url: "/…/login" },
  ],
  "no-signout-during-render": [
    { callee: "(await createClient()).auth.signOut", kind: "layout" },
    { callee: "(await cookies()).delete", kind: "template" },
  ],
  "no-sync-cookies": [
    { api: "cookies", member: "delete", version: "16.4", name: "cookieStore", callee: "getIronSession" },
    { api: "draftMode", member: "isEnabled", version: "15.5", name: "draftModeStatus", callee: "createServerClientWithCookieStore" },
  ],
  "prefer-post-logout": [
    { path: "/api/auth/logout", signOut: "signOut" },
    { path: "/[locale]/account/sign-out", signOut: "authkit.signOut" },
  ],
  "require-clear-site-data": [
    { value: '"cookies", "storage"', current: '"cache", "cookies", "storage"', directive: "cache" },
    { value: '"cookies", "storage", "executionContexts"', current: '"*"', directive: "*" },
  ],
  "require-logout-no-store": [{ value: "private, max-age=0, must-revalidate", kind: "Response.redirect()" }],
  "require-logout-revalidate": [
    { what: "DELETE handler", args: '"/", "layout"', path: "/dashboard/settings" },
    { what: "Server Action", args: '"/"', path: "/[locale]/account" },
  ],
  "require-logout-see-other": [
    { method: "DELETE", status: "307 (the default)" },
    { method: "POST", status: "308" },
  ],
  "require-refresh-after-signout": [
    { navigation: "router.replace", signOut: "supabase.auth.signOut", router: "router", deletion: "deleting `token` with `Cookies.remove()`", call: "router.refresh()" },
    { navigation: "appRouter.push", signOut: "authClient.signOut", router: "appRouter", deletion: "deleting `auth_token` with `deleteCookie()`", call: "appRouter.refresh()" },
    {
      navigation: "useRouter().replace",
      signOut: "authClient.signOut",
      router: "useRouter()",
      deletion: "expiring `next-auth.session-token` through `document.cookie`",
      call: "window.location.reload()",
    },
    { navigation: "router.push", signOut: "createBrowserClient(url,key).auth.signOut", router: "router", deletion: "deleting a cookie with `removeCookie()`", call: "router.refresh()" },
  ],
  "require-secure-cookie-delete": [{ cookieName: "__Secure-next-auth.session-token" }, { cookieName: "__Host-session" }],
};

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, key: string) => data[key] ?? placeholder);
}

/** Sentences, counted with code spans and quoted text masked, so `(await cookies()).delete` is no full stop. */
function getSentences(message: string): string[] {
  const masked = message.replace(/`[^`]*`/g, "CODE").replace(/"[^"]*"/g, "QUOTE");
  return masked.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 0);
}

function startsWithFixVerb(sentence: string): boolean {
  return FIX_VERBS.some((verb) => sentence.startsWith(`${verb} `));
}

const cases = Object.entries(typedRuleModules).flatMap(([id, rule]) =>
  Object.entries(rule.meta.messages as Record<string, string>).map(([messageId, template]) => ({
    id: id as RuleId,
    messageId,
    template,
    isSuggestion: messageId.startsWith("suggest"),
    filled: REALISTIC_DATA[id as RuleId].map((data) => fill(template, data)),
  })),
);

describe.each(cases)("$id $messageId", ({ template, isSuggestion, filled }) => {
  it("has a realistic value for every placeholder", () => {
    for (const message of filled) expect(message).not.toMatch(/\{\{/);
  });

  it(`is at most ${MAX_LENGTH} characters with realistic values`, () => {
    for (const message of filled) expect(message.length, message).toBeLessThanOrEqual(MAX_LENGTH);
  });

  it("never mentions the seed article", () => {
    expect(template).not.toMatch(/seed/i);
  });

  it("doesn't name `location.assign()`, which Next's no-location-assign-relative-destination flags", () => {
    expect(template).not.toMatch(/location\.assign/);
  });

  if (isSuggestion) {
    it("is one imperative sentence that says what the suggestion does", () => {
      const sentences = getSentences(template);
      expect(sentences).toHaveLength(1);
      expect(startsWithFixVerb(sentences[0] ?? ""), template).toBe(true);
    });
  } else {
    it("states the problem, then the fix in a second sentence that starts with an imperative verb", () => {
      for (const message of filled) {
        const [problem = "", fix = "", ...rest] = getSentences(message);
        expect(rest, message).toEqual([]);
        expect(startsWithFixVerb(problem), message).toBe(false);
        expect(startsWithFixVerb(fix), message).toBe(true);
      }
    });
  }
});

describe("the message checks", () => {
  it("cover every rule, with realistic data for each", () => {
    expect(Object.keys(REALISTIC_DATA).sort()).toEqual(Object.keys(typedRuleModules).sort());
  });

  it("count sentences outside code and quotes only", () => {
    expect(getSentences("`cookies()` warns. Use `(await cookies()).delete` in Next.js 16.")).toHaveLength(2);
    expect(getSentences('It throws "URL is malformed. Use absolute URLs" here.')).toHaveLength(1);
  });

  it("tell a fix sentence from a problem sentence", () => {
    expect(startsWithFixVerb("Use `<a href>`.")).toBe(true);
    expect(startsWithFixVerb("User data stays on screen.")).toBe(false);
    expect(startsWithFixVerb("This logout runs on GET.")).toBe(false);
  });
});

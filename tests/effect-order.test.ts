// The order of effects, as a property: generated client logout functions (a fixed seed), and every fix and
// suggestion of the client rules applied to each. After any of them, every call that ran before the navigation
// still runs before it, in the same order (a call as an `if` test included), and every awaited call is still
// awaited. Without a navigation, the page stayed: every call ran "before" it, so all of them must precede the full
// page load the fix adds.
import { parse, type TSESTree } from "@typescript-eslint/typescript-estree";
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.ts";
import { applyTextEdits } from "../src/edits/text-edit.ts";
import { fixtureFile } from "./rule-tester.ts";
import { createRandom } from "./seeded-random.ts";

const SEED = 20261130;
const FUNCTION_COUNT = 400;
const RULES = ["no-client-cookie-deletion", "require-refresh-after-signout"] as const;
const FILENAME = fixtureFile("server-actions", "components/account-menu.tsx");

const HEADER =
  '"use client";\nimport Cookies from "js-cookie";\nimport { useRouter } from "next/navigation";\n' +
  'import { authClient } from "@/lib/auth-client";\nimport { api, track, setUser, flag } from "@/lib/app";\n';

/** One generated `handleLogout` body: its statements, one or a few lines each. */
function generateBody(random: () => number): string[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let effect = 0;
  const simple = (): string => {
    effect++;
    return pick([
      'Cookies.remove("session");',
      'Cookies.remove("theme");',
      'document.cookie = "token=; Max-Age=0";',
      'router.push("/login");',
      'router.replace("/");',
      "await authClient.signOut();",
      `track("step-${effect}");`,
      `await api.post("/audit/${effect}");`,
      "setUser(null);",
      'await fetch("/api/auth/logout", { method: "POST" });',
    ]);
  };
  const statement = (): string =>
    pick([
      simple,
      simple,
      simple,
      simple,
      // Every other one tests a call, without drawing from the seed: the other shapes stay as they were.
      () => `if (${effect % 2 === 0 ? "flag" : `await api.get("/check-${effect}")`}) {\n  ${simple()}\n}`,
      () => `try {\n  ${simple()}\n} finally {\n  ${simple()}\n}`,
      () => "if (!flag) return;",
    ])();
  const count = 2 + Math.floor(random() * 5);
  return Array.from({ length: count }, statement);
}

function wrap(body: readonly string[]): string {
  const indented = body.flatMap((statement) => statement.split("\n")).map((line) => `    ${line}\n`).join("");
  return `${HEADER}export function AccountMenu() {\n  const router = useRouter();\n  async function handleLogout() {\n${indented}  }\n  return <button onClick={handleLogout}>Log out</button>;\n}\n`;
}

interface Call {
  text: string;
  awaited: boolean;
  kind: "navigation" | "deletion" | "effect";
}

/** The calls and cookie writes of `handleLogout`, in source order (which is run order for these bodies). */
function getCalls(code: string): Call[] {
  const program = parse(code, { range: true, jsx: true });
  const calls: Call[] = [];
  const visit = (node: TSESTree.Node): void => {
    // A call as an `if` test runs too: a suggestion that empties the `if` must keep it.
    if (node.type === "IfStatement") {
      const awaited = node.test.type === "AwaitExpression";
      const test = node.test.type === "AwaitExpression" ? node.test.argument : node.test;
      if (test.type === "CallExpression") calls.push({ text: code.slice(...test.range), awaited, kind: "effect" });
    }
    if (node.type === "ExpressionStatement") {
      const awaited = node.expression.type === "AwaitExpression";
      const expression = node.expression.type === "AwaitExpression" ? node.expression.argument : node.expression;
      const text = code.slice(...expression.range);
      // A refresh renders the page anew as a navigation does: what ran before must still run before it.
      const kind = /^(?:router\.(?:push|replace|refresh)|window\.location\.)/.test(text)
        ? "navigation"
        : /^(?:Cookies\.remove|document\.cookie)/.test(text)
          ? "deletion"
          : "effect";
      calls.push({ text, awaited, kind });
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === "parent") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === "object" && typeof (child as { type?: unknown }).type === "string") visit(child as TSESTree.Node);
      }
    }
  };
  const handler = findFunction(program, "handleLogout");
  if (handler) visit(handler.body);
  return calls;
}

function findFunction(node: TSESTree.Node, name: string): TSESTree.FunctionDeclaration | null {
  if (node.type === "FunctionDeclaration" && node.id?.name === name) return node;
  for (const key of Object.keys(node)) {
    if (key === "parent") continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object" && typeof (child as { type?: unknown }).type === "string") {
        const found = findFunction(child as TSESTree.Node, name);
        if (found) return found;
      }
    }
  }
  return null;
}

/** The effects that ran before the first navigation; all of them when there was none. */
function effectsBeforeNavigation(calls: readonly Call[]): Call[] {
  const navigation = calls.findIndex((call) => call.kind === "navigation");
  return calls.slice(0, navigation === -1 ? calls.length : navigation).filter((call) => call.kind === "effect");
}

function isSubsequence(items: readonly string[], of: readonly string[]): boolean {
  let index = 0;
  for (const item of of) if (item === items[index]) index++;
  return index === items.length;
}

const linter = new Linter({ configType: "flat" });
const configWith = (rules: Linter.RulesRecord): Linter.Config[] => [
  {
    files: ["**/*.tsx"],
    languageOptions: { parser: typescriptParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "next-logout": plugin },
    rules,
  },
];
const DEFAULT_CONFIG = configWith(Object.fromEntries(RULES.map((rule) => [`next-logout/${rule}`, "error"])));
// An app that manages its `session` cookie in the browser: its deletion is a sign-out require-refresh-after-signout
// reports the navigation after, with its suggestions.
const CLIENT_COOKIE_CONFIG = configWith({
  "next-logout/no-client-cookie-deletion": ["error", { allowCookies: ["session"] }],
  "next-logout/require-refresh-after-signout": ["error", { clientSessionCookies: ["session"] }],
});

/** Every fix and suggestion the rules offer on `code`, each as the code it gives. */
function getRepairs(code: string, config = DEFAULT_CONFIG): { rule: string; messageId: string; output: string }[] {
  const messages = linter.verify(code, config, FILENAME);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`generated code does not parse: ${fatal.message}\n${code}`);
  return messages.flatMap((message) =>
    [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)].map((fix) => ({
      rule: message.ruleId ?? "",
      messageId: message.messageId ?? "",
      output: applyTextEdits(code, [fix]),
    })),
  );
}

describe.each([
  { name: "the default options", config: DEFAULT_CONFIG, messageIds: ["clientCookieDeletion", "softNavigationAfterSignOut", "signOutWithoutRefresh"] },
  { name: "a cookie the browser code manages", config: CLIENT_COOKIE_CONFIG, messageIds: ["softNavigationAfterCookieDeletion", "softNavigationAfterSignOut", "signOutWithoutRefresh"] },
])("fixes and suggestions keep the order of effects, with $name", ({ config, messageIds }) => {
  const random = createRandom(SEED);
  const bodies = Array.from({ length: FUNCTION_COUNT }, () => generateBody(random));
  let repairsChecked = 0;
  const checkedByMessage = new Map<string, number>();

  it("for every generated logout function", () => {
    for (const body of bodies) {
      const code = wrap(body);
      const before = getCalls(code);
      const mustPrecede = effectsBeforeNavigation(before);
      for (const { rule, messageId, output } of getRepairs(code, config)) {
        checkedByMessage.set(messageId, (checkedByMessage.get(messageId) ?? 0) + 1);
        const context = `${rule}\n--- before\n${code}\n--- after\n${output}`;
        const after = getCalls(output);
        const firstNavigation = after.findIndex((call) => call.kind === "navigation");
        const beforeNavigation = after.slice(0, firstNavigation === -1 ? after.length : firstNavigation).map((call) => call.text);
        // In the same order, before the navigation: a subsequence of what runs before it now.
        expect(isSubsequence(mustPrecede.map((call) => call.text), beforeNavigation), context).toBe(true);
        // No `if (flag) {}` is left behind once a repair empties it.
        expect(output, context).not.toMatch(/if \(flag\) \{\s*\}/);
        // No effect goes, and none loses its await.
        for (const call of before.filter((candidate) => candidate.kind === "effect")) {
          expect(after.some((candidate) => candidate.text === call.text && candidate.awaited === call.awaited), context).toBe(true);
        }
        repairsChecked++;
      }
    }
    // The property held over something: most generated functions get a report and a repair (require-refresh-after-
    // signout leaves a function that also deletes a cookie no-client-cookie-deletion reports to that rule's
    // suggestion), and each kind of repair was checked.
    expect(repairsChecked).toBeGreaterThan(FUNCTION_COUNT / 2);
    for (const messageId of messageIds) expect(checkedByMessage.get(messageId) ?? 0, messageId).toBeGreaterThan(10);
  });
});

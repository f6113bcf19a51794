// Bad input gets a clear error and no crash: files that don't parse, options the schemas reject, settings that
// settings validation rejects. (The codemod CLI's bad files are in tests/codemods/cli.test.ts.)
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.ts";
import { typedRuleModules } from "../src/plugin/rules.ts";
import { fixtureFile } from "./rule-tester.ts";

const linter = new Linter({ configType: "flat" });
const routeFile = fixtureFile("app-router", "app/(auth)/logout/route.ts");
const LOGOUT_ROUTE = 'import { cookies } from "next/headers";\nexport async function GET() {\n  (await cookies()).delete("session");\n  return new Response(null);\n}\n';

function lint(code: string, filename: string, extra: Linter.Config[] = [], parser: Linter.Parser | null = typescriptParser): Linter.LintMessage[] {
  return linter.verify(
    code,
    [{ files: ["**/*.{js,jsx,ts,tsx}"], ...(parser ? { languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: !filename.endsWith(".ts") } } } } : {}) }, plugin.configs.all, ...extra],
    { filename },
  );
}

describe("a file with a syntax error", () => {
  it.each([
    ["a .ts route handler", routeFile, "export async function GET() {\n  const x = ;\n}\n", typescriptParser],
    ["a .tsx component", fixtureFile("app-router", "components/menu.tsx"), 'import Link from "next/link";\nexport const M = () => <Link href="/logout">;\n', typescriptParser],
    ["a .js file under espree", fixtureFile("app-router", "lib/util.js"), "export function f( {\n", null],
  ] as const)("%s gets ESLint's parse error and nothing else", (_, filename, code, parser) => {
    const messages = lint(code, filename, [], parser);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2 });
    expect(messages[0]?.message).toMatch(/^Parsing error: /);
  });
});

// ESLint validates options against the schema and names the rule and the rejected value.
describe("options the schemas reject, with a message that names the rule and the value", () => {
  it.each([
    ["allowCookies as a number", "no-client-cookie-deletion", { allowCookies: 5 }, /no-client-cookie-deletion"[\s\S]*Value 5 should be array/],
    ["allowCookies with a non-string", "no-client-cookie-deletion", { allowCookies: [1] }, /no-client-cookie-deletion"[\s\S]*Value 1 should be string/],
    ["an unknown option", "no-client-cookie-deletion", { allowCookie: ["theme"] }, /additional properties/],
    ["checkServerActions as a string", "require-logout-revalidate", { checkServerActions: "yes" }, /require-logout-revalidate"[\s\S]*Value "yes" should be boolean/],
    ["an option for a rule that takes none", "no-link-to-logout", { paths: ["/logout"] }, /should NOT have more than 0 items|no-link-to-logout/],
  ] as const)("%s", (_, rule, options, message) => {
    expect(() => lint(LOGOUT_ROUTE, routeFile, [{ rules: { [`next-logout/${rule}`]: ["error", options] } }])).toThrow(message);
  });
});

describe("settings that settings validation rejects, with a message that names the setting", () => {
  it.each([
    ["logoutPaths as a number", { logoutPaths: 5 }, /settings\["next-logout"\]\.logoutPaths must be an array/],
    ["a logoutPaths entry without a leading /", { logoutPaths: ["logout"] }, /logoutPaths entries must be paths/],
    ["logoutPaths as a RegExp, which is no JSON", { logoutPaths: [/logout/] }, /logoutPaths entries must be paths/],
    ["an unknown key", { logoutPath: ["/logout"] }, /settings\["next-logout"\]\.logoutPath is not a setting/],
    ["a malformed nextVersion", { nextVersion: "sixteen" }, /settings\["next-logout"\]\.nextVersion must be "detect" or a version/],
    ["sessionCookies with a function", { sessionCookies: [() => "session"] }, /settings\["next-logout"\]\.sessionCookies must be an array of cookie names/],
  ] as const)("%s", (_, settings, message) => {
    expect(() => lint(LOGOUT_ROUTE, routeFile, [{ settings: { "next-logout": settings } }])).toThrow(message);
  });
});

describe("every option and setting is plain JSON, as --cache and --concurrency need", () => {
  it.each(["recommended", "strict", "all"] as const)("configs.%s's rules survive a JSON round trip", (name) => {
    const { rules } = plugin.configs[name];
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  it.each(Object.keys(typedRuleModules))("%s: default options and schema survive a JSON round trip", (id) => {
    const { meta } = typedRuleModules[id as keyof typeof typedRuleModules];
    const { defaultOptions = [], schema } = meta as { defaultOptions?: unknown[]; schema: unknown };
    expect(JSON.parse(JSON.stringify(defaultOptions))).toEqual(defaultOptions);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

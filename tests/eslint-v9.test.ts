import tsParser from "@typescript-eslint/parser";
import { Linter as Linter10 } from "eslint";
import { Linter as Linter9 } from "eslint-v9";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.ts";
import { fixtureFile } from "./rule-tester.ts";

const SOURCE = `"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";

export function Menu({ user }) {
  const router = useRouter();
  return (
    <nav>
      <Link href={user ? "/logout" : "/login"} prefetch={false}>Auth</Link>
      <Link href={{ pathname: "/api/auth/signout", query: { next: "/" } }}>Out</Link>
      <button onClick={() => router.replace("/logout")}>Out</button>
      <Link href="/dashboard">Home</Link>
    </nav>
  );
}
`;

const filename = fixtureFile("no-app", "components/menu.tsx");

function lint(LinterClass: typeof Linter10 | typeof Linter9) {
  // Both majors share the API used here; type them as one.
  const linter = new LinterClass({ configType: "flat" }) as Linter10;
  const config = [
    { files: ["**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    // Cast: the two majors' config types differ in details that don't matter here.
    plugin.configs.recommended as never,
  ];
  const messages = linter
    .verify(SOURCE, config, { filename })
    .map(({ ruleId, messageId, line, column, endLine, endColumn, message, fix, suggestions }) => ({
      ruleId, messageId, line, column, endLine, endColumn, message, fix, suggestions,
    }));
  const { output } = linter.verifyAndFix(SOURCE, config, { filename });
  return { messages, output };
}

describe("ESLint 9 and ESLint 10", () => {
  const v10 = lint(Linter10);
  const v9 = lint(Linter9);

  it("ESLint 10 reports the three logout navigations", () => {
    expect(v10.messages.map(({ messageId, line }) => `${line} ${messageId}`)).toEqual([
      "9 linkWithoutPrefetchToLogout",
      "10 linkToLogout",
      "11 routerToLogout",
    ]);
  });

  it("ESLint 9 reports the same problems, with the same messages, fixes and suggestions", () => {
    expect(v9.messages).toEqual(v10.messages);
  });

  it("ESLint 9 fixes to the same output", () => {
    expect(v9.output).toBe(v10.output);
    expect(v9.output).toContain('<a href={user ? "/logout" : "/login"}>Auth</a>');
    expect(v9.output).toContain('<a href="/api/auth/signout?next=%2F">Out</a>');
  });
});

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.ts";
import { FIXTURES, fixtureFile } from "./rule-tester.ts";

// The route handler of the article this project started from, as published (tests/fixtures/seed/route.ts).
const SEED = readFileSync(`${FIXTURES}/seed/route.ts`, "utf8");
// A Next 16 app (tests/fixtures/app-router depends on next ^16.4.6) serving it at /logout.
const filename = fixtureFile("app-router", "app/(auth)/logout/route.ts");

function lintSeed(settings: Record<string, unknown> = {}) {
  const linter = new Linter({ configType: "flat" });
  const config = [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser }, settings },
    plugin.configs.recommended,
  ];
  return {
    messages: linter.verify(SEED, config, { filename }).map(({ ruleId, line }) => `${line} ${ruleId}`),
    output: linter.verifyAndFix(SEED, config, { filename }).output,
  };
}

describe("the seed article's logout handler with configs.recommended", () => {
  it("on Next 16, reports only the sync cookies() that throws there", () => {
    expect(lintSeed().messages).toEqual(["20 next-logout/no-sync-cookies"]);
  });

  it("on Next 16, --fix awaits cookies() and changes nothing else", () => {
    expect(lintSeed().output).toBe(SEED.replace("  cookies().delete(cookieName);", "  (await cookies()).delete(cookieName);"));
  });

  it("stays valid on Next 14, where cookies() returns the store", () => {
    expect(lintSeed({ "next-logout": { nextVersion: "14" } }).messages).toEqual([]);
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRuleDocsUrl } from "../src/plugin/create-rule.ts";
import plugin from "../src/index.ts";
import { typedRuleModules } from "../src/plugin/rules.ts";
import { REPO_ROOT } from "./e2e/scratch-app.ts";

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
};
const ruleIds = readdirSync(path.join(REPO_ROOT, "rules"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length))
  .sort();
const rules = Object.entries(typedRuleModules);

/** Every object schema in a rule's options schema, nested ones included. */
function collectObjectSchemas(schema: unknown): Record<string, unknown>[] {
  if (typeof schema !== "object" || schema === null) return [];
  const children = Object.values(schema).flatMap((value) =>
    Array.isArray(value) ? value.flatMap(collectObjectSchemas) : collectObjectSchemas(value),
  );
  return "properties" in schema ? [schema as Record<string, unknown>, ...children] : children;
}

describe("the plugin object", () => {
  it("package.json names the repository, the homepage and where bugs go, all on one host", () => {
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    const repository = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs.url).toBe(`${repository}/issues`);
  });

  it("has meta from package.json and the next-logout namespace", () => {
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version, namespace: "next-logout" });
  });

  it("exports every file in rules/, under its file name, sorted", () => {
    expect(Object.keys(plugin.rules)).toEqual(ruleIds);
  });

  it("has flat configs recommended, strict and all, and a legacy recommended-legacy", () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(["all", "recommended", "recommended-legacy", "strict"]);
    for (const name of ["recommended", "strict", "all"] as const) {
      expect(plugin.configs[name].name).toBe(`next-logout/${name}`);
      expect(plugin.configs[name].plugins?.["next-logout"]).toBe(plugin);
    }
    expect(plugin.configs["recommended-legacy"].plugins).toEqual(["next-logout"]);
  });

  it("flat configs name every JS and TS extension and bring the TypeScript parser", () => {
    for (const name of ["recommended", "strict", "all"] as const) {
      expect(plugin.configs[name].files).toEqual(["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"]);
      expect(plugin.configs[name].languageOptions?.parserOptions).toEqual({ ecmaFeatures: { jsx: true } });
    }
  });

  it("the legacy config parses .ts, .tsx, .mts and .cts with @typescript-eslint/parser", () => {
    expect(plugin.configs["recommended-legacy"].overrides).toEqual([
      {
        files: ["*.ts", "*.tsx", "*.mts", "*.cts"],
        parser: "@typescript-eslint/parser",
        parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
      },
    ]);
  });

  it("configs carry only JSON, and a parser with meta (so --cache and --concurrency can serialize them)", () => {
    for (const config of Object.values(plugin.configs)) {
      expect(JSON.parse(JSON.stringify(config.rules))).toEqual(config.rules);
    }
    for (const name of ["recommended", "strict", "all"] as const) {
      const parser = plugin.configs[name].languageOptions?.parser as { meta?: { name?: string; version?: string } };
      expect(parser.meta).toEqual({ name: "typescript-eslint/parser", version: "8.72.0" });
    }
  });
});

describe.each(rules)("rule %s", (id, rule) => {
  const docs = rule.meta.docs ?? { recommended: undefined, description: "", url: "" };
  const level = docs.recommended;
  const prefixed = `next-logout/${id}`;

  it("is in the configs its meta.docs.recommended asks for", () => {
    expect(plugin.configs.all.rules?.[prefixed]).toBe("error");
    expect(plugin.configs.strict.rules?.[prefixed]).toBe(level ? "error" : undefined);
    expect(plugin.configs.recommended.rules?.[prefixed]).toBe(level === "recommended" ? "error" : undefined);
    expect(plugin.configs["recommended-legacy"].rules?.[prefixed]).toBe(level === "recommended" ? "error" : undefined);
  });

  it("has a docs URL matching its file name, and that docs page exists", () => {
    expect(docs.url).toBe(getRuleDocsUrl(id));
    expect(docs.url).toBe(`${manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/docs/rules/${id}.md`);
    expect(docs.url?.endsWith(`/docs/rules/${id}.md`)).toBe(true);
    expect(existsSync(path.join(REPO_ROOT, "docs/rules", `${id}.md`))).toBe(true);
  });

  it('has a description reading "Disallow …", "Require …" or "Enforce …"', () => {
    expect(docs.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/);
  });

  it("describes every option and allows no others", () => {
    for (const schema of collectObjectSchemas(rule.meta.schema)) {
      expect(schema.additionalProperties).toBe(false);
      for (const property of Object.values(schema.properties as Record<string, { description?: string }>)) {
        expect(property.description).toBeTruthy();
      }
    }
  });

  it("has a docs page with the generated header, ❌/✅ examples and when not to use it", () => {
    const page = readFileSync(path.join(REPO_ROOT, "docs/rules", `${id}.md`), "utf8");
    expect(page).toContain("<!-- end auto-generated rule header -->");
    for (const heading of ["## Rule details", "## Examples", "## How it works", "## When not to use it"]) expect(page).toContain(heading);
    expect(page).toContain("❌");
    expect(page).toContain("✅");
  });
});

describe("generated docs", () => {
  it("README's rules list and every rule doc header are in sync (eslint-doc-generator --check)", () => {
    const bin = path.join(REPO_ROOT, "node_modules/eslint-doc-generator/dist/bin/eslint-doc-generator.js");
    const result = spawnSync(process.execPath, [bin, "--check"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(result.stderr + result.stdout).not.toMatch(/error|out of date|differs/i);
    expect(result.status).toBe(0);
  });
});

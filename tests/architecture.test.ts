import { ESLint } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./e2e/scratch-app.ts";

// The project's own lint enforces the import directions of docs/architecture.md; these cases prove it would fail.
const eslint = new ESLint({ cwd: REPO_ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("import directions (eslint.config.mjs)", () => {
  it.each([
    ["src/js/probe.ts", 'import { rules } from "../plugin/rules.ts";'],
    ["src/edits/probe.ts", 'import { UNKNOWN } from "../urls/url-shape.ts";'],
    ["src/urls/probe.ts", 'import { findServerLogoutUrl } from "../links/logout-target.ts";'],
    ["src/links/probe.ts", 'import { findSessionEnds } from "../session/session-end.ts";'],
    ["src/session/probe.ts", 'import { getRouteHandlers } from "../routes/route-handlers.ts";'],
    ["src/routes/probe.ts", 'import { getHandlerResponses } from "../responses/responses.ts";'],
    ["src/responses/probe.ts", 'import { runCodemod } from "../codemod/engine.ts";'],
    ["src/project/probe.ts", 'import rule from "../../rules/no-sync-cookies.ts";'],
    ["src/prefilter/probe.ts", 'import { getRoutePath } from "../routes/route-handlers.ts";'],
    ["rules/probe.ts", 'import { runCodemod } from "../src/codemod/engine.ts";'],
    ["src/plugin/probe.ts", 'import { runCli } from "../codemod/cli.ts";'],
  ])("%s may not %s", async (file, code) => {
    expect(await restrictedImports(file, `${code}\n`)).toHaveLength(1);
  });

  it.each([
    ["src/responses/probe.ts", 'import { getLogoutHandlers } from "../routes/logout-handlers.ts";'],
    ["src/session/probe.ts", 'import { getRouterNavigation } from "../links/next-router.ts";'],
    ["src/links/probe.ts", 'import { mayReferenceLogoutPath } from "../prefilter/text-checks.ts";'],
    ["src/edits/probe.ts", 'import { getImportedName } from "../js/imports.ts";'],
    ["rules/probe.ts", 'import { findSessionEnds } from "../src/session/session-end.ts";'],
    ["src/codemod/probe.ts", 'import { rules } from "../plugin/rules.ts";'],
  ])("%s may %s", async (file, code) => {
    expect(await restrictedImports(file, `${code}\n`)).toEqual([]);
  });

  it("every folder of src/ is in docs/architecture.md", () => {
    const doc = readFileSync(path.join(REPO_ROOT, "docs/architecture.md"), "utf8");
    const folders = readdirSync(path.join(REPO_ROOT, "src"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(doc).toContain(`| \`src/${folder.name}/\` |`);
  });
});

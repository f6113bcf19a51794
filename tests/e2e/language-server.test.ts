import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRuleDocsUrl } from "../../src/plugin/create-rule.ts";
import { readFixtureApp } from "./lint-runs.ts";
import { applyTextEdits, startLanguageServer, type LanguageServer, type Range, type TextEdit } from "./lsp-client.ts";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";
import { initializeParams, vscodeEslintSettings } from "./vscode-eslint.ts";

// The squiggles a user sees: the ESLint language server that VS Code's ESLint extension runs (here as other
// editors start it, `vscode-eslint-language-server --stdio`), driven over LSP as VS Code drives it, in an app
// whose eslint.config.mjs puts nextLogout.configs.recommended beside eslint-config-next.
const SERVER_BIN = path.join(REPO_ROOT, "node_modules/.bin/vscode-eslint-language-server");
const RULE = "next-logout/no-link-to-logout";
const COMPONENT = "components/user-menu.tsx";
const COMPONENT_TEXT = `"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

export function UserMenu() {
  const router = useRouter();
  return (
    <nav>
      <Link href="/dashboard">Dashboard</Link>
      <Link href="/logout">Log out</Link>
      <button onClick={() => router.push("/logout")}>Log out now</button>
    </nav>
  );
}
`;

interface Diagnostic {
  range: Range;
  severity: number;
  source: string;
  code: string;
  codeDescription?: { href: string };
  message: string;
}

interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  command: { title: string; command: string; arguments: unknown[] };
}

interface WorkspaceEdit {
  documentChanges: { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
}

interface EslintMessage {
  ruleId: string;
  line: number;
  message: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

const lspRange = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

const applyEslintFix = (text: string, { range, text: replacement }: { range: [number, number]; text: string }) =>
  text.slice(0, range[0]) + replacement + text.slice(range[1]);

describe("the ESLint language server, driven as VS Code drives it", () => {
  const fixture = readFixtureApp("create-next-app");
  let app: ScratchApp;
  let server: LanguageServer | undefined;
  let uri: string;
  let capabilities: Record<string, unknown>;
  let diagnostics: Diagnostic[];
  let eslintMessages: EslintMessage[];
  const appliedEdits: WorkspaceEdit[] = [];
  const configurationRequests: unknown[] = [];

  /** Runs a code action's command as VS Code does; the server answers with a workspace/applyEdit request. */
  async function execute(action: CodeAction): Promise<WorkspaceEdit> {
    const before = appliedEdits.length;
    await server!.request("workspace/executeCommand", { command: action.command.command, arguments: action.command.arguments });
    expect(appliedEdits).toHaveLength(before + 1);
    return appliedEdits[before]!;
  }

  const codeActionsFor = (diagnostic: Diagnostic) =>
    server!.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind: 1 } });

  beforeAll(async () => {
    app = createScratchApp({
      "package.json": fixture["package.json"]!,
      "tsconfig.json": fixture["tsconfig.json"]!,
      "eslint.config.mjs": fixture["eslint.config.mjs"]!,
      "app/logout/route.ts": fixture["app/logout/route.ts"]!,
      [COMPONENT]: COMPONENT_TEXT,
    });
    uri = pathToFileURL(path.join(app.dir, COMPONENT)).href;

    // What `npx eslint` says about the component, to hold the editor's messages and edits against.
    const eslint = spawnSync(process.execPath, [path.join(app.dir, "node_modules/eslint/bin/eslint.js"), "--format", "json", COMPONENT], { cwd: app.dir, encoding: "utf8" });
    eslintMessages = (JSON.parse(eslint.stdout) as { messages: EslintMessage[] }[])[0]!.messages.filter((message) => message.ruleId === RULE);

    server = startLanguageServer(SERVER_BIN, ["--stdio"], app.dir);
    server.onRequest("workspace/configuration", (params) => {
      configurationRequests.push(params);
      return (params as { items: unknown[] }).items.map(() => vscodeEslintSettings(app.dir));
    });
    server.onRequest("workspace/applyEdit", (params) => {
      appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
    ({ capabilities } = await server.request<{ capabilities: Record<string, unknown> }>("initialize", initializeParams(app.dir)));
    server.notify("initialized", {});
    server.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescriptreact", version: 1, text: COMPONENT_TEXT } });
    // The first pull loads ESLint, typescript-eslint and eslint-config-next: seconds on a busy machine.
    const report = await server.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } }, 45_000);
    expect(report.kind).toBe("full");
    diagnostics = report.items;
  });

  afterAll(async () => {
    await server?.stop();
    app?.remove();
  });

  it("offers pull diagnostics and quick fixes, and asks for the document's settings", () => {
    expect(capabilities.diagnosticProvider).toEqual({ identifier: "eslint", interFileDependencies: false, workspaceDiagnostics: false });
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll.eslint"] });
    expect(configurationRequests).toEqual([{ items: [{ scopeUri: uri, section: "" }] }]);
    // Pulled, not pushed.
    expect(server!.notifications.filter((notification) => notification.method === "textDocument/publishDiagnostics")).toEqual([]);
  });

  it("squiggles the <Link> opening tag and the router.push() call, with the rule's code, link and message", () => {
    expect(diagnostics.filter((diagnostic) => diagnostic.code === RULE)).toEqual([
      {
        range: lspRange(10, 6, 10, 27),
        severity: 1,
        source: "eslint",
        code: RULE,
        codeDescription: { href: getRuleDocsUrl("no-link-to-logout") },
        message: eslintMessages[0]!.message,
      },
      {
        range: lspRange(11, 29, 11, 51),
        severity: 1,
        source: "eslint",
        code: RULE,
        codeDescription: { href: getRuleDocsUrl("no-link-to-logout") },
        message: eslintMessages[1]!.message,
      },
    ]);
    // Nothing else in the file is flagged by eslint-config-next.
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([RULE, RULE]);
  });

  it("offers the fix as the preferred quick fix, and it turns <Link> into <a> exactly as eslint --fix does", async () => {
    const [link] = diagnostics;
    const actions = await codeActionsFor(link!);
    expect(actions.map(({ title, kind, isPreferred }) => ({ title, kind, isPreferred }))).toEqual([
      { title: `Fix this ${RULE} problem`, kind: "quickfix", isPreferred: true },
      { title: `Disable ${RULE} for this line`, kind: "quickfix", isPreferred: undefined },
      { title: `Disable ${RULE} for the entire file`, kind: "quickfix", isPreferred: undefined },
      { title: `Show documentation for ${RULE}`, kind: "quickfix", isPreferred: undefined },
      { title: "Fix all auto-fixable problems", kind: "quickfix", isPreferred: undefined },
    ]);
    expect(actions[0]!.diagnostics).toEqual([link]);

    const edit = await execute(actions[0]!);
    expect(edit.documentChanges.map(({ textDocument }) => textDocument)).toEqual([{ uri, version: 1 }]);
    const fixed = applyTextEdits(COMPONENT_TEXT, edit.documentChanges[0]!.edits);
    expect(fixed).toBe(COMPONENT_TEXT.replace('<Link href="/logout">Log out</Link>', '<a href="/logout">Log out</a>'));
    expect(fixed).toBe(applyEslintFix(COMPONENT_TEXT, eslintMessages[0]!.fix!));
  });

  it("offers the router.push() suggestions as quick fixes, titled with their description and the rule id", async () => {
    const router = diagnostics[1]!;
    const actions = await codeActionsFor(router);
    const { suggestions } = eslintMessages[1]!;
    expect(suggestions?.length).toBeGreaterThan(0);
    expect(actions.map(({ title }) => title)).toEqual([
      ...suggestions!.map(({ desc }) => `${desc} (${RULE})`),
      `Disable ${RULE} for this line`,
      `Disable ${RULE} for the entire file`,
      `Show documentation for ${RULE}`,
    ]);
    // No fix: router navigation is left for a person to decide.
    expect(actions.some((action) => action.isPreferred)).toBe(false);

    for (const [index, suggestion] of suggestions!.entries()) {
      const edit = await execute(actions[index]!);
      expect(applyTextEdits(COMPONENT_TEXT, edit.documentChanges[0]!.edits)).toBe(applyEslintFix(COMPONENT_TEXT, suggestion.fix));
    }
  });

  it("fixes on save (source.fixAll.eslint) with the fix only: the router.push() suggestion waits for a person", async () => {
    const actions = await server!.request<(CodeAction & { edit?: WorkspaceEdit })[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: lspRange(0, 0, 0, 0),
      context: { diagnostics: [], only: ["source.fixAll.eslint"], triggerKind: 2 },
    });
    expect(actions.map(({ title, kind }) => ({ title, kind }))).toEqual([{ title: "Fix all fixable ESLint issues", kind: "source.fixAll.eslint" }]);
    const { edits } = actions[0]!.edit!.documentChanges[0]!;
    expect(applyTextEdits(COMPONENT_TEXT, edits)).toBe(COMPONENT_TEXT.replace('<Link href="/logout">Log out</Link>', '<a href="/logout">Log out</a>'));
  });
});

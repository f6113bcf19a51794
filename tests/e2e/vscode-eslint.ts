// What VS Code and its ESLint extension (dbaeumer.vscode-eslint) tell the ESLint language server: the client
// capabilities of `initialize` that matter to it, and the settings the extension answers workspace/configuration
// with. Written from the extension's client (client/src/client.ts, readConfiguration) and from what
// vscode-langservers-extracted 4.10's server reads.
import { pathToFileURL } from "node:url";

/** The parts of VS Code's client capabilities the server looks at, pull diagnostics included. */
export const VSCODE_CAPABILITIES = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ["create", "rename", "delete"], failureHandling: "textOnlyTransactional" },
    didChangeConfiguration: { dynamicRegistration: true },
    executeCommand: { dynamicRegistration: true },
    configuration: true,
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
    // Pull diagnostics (LSP 3.17): the editor asks with textDocument/diagnostic, the server doesn't push.
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      disabledSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ["edit"] },
      // The server offers code actions only to a client with literal support.
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ["", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"] },
      },
      honorsChangeAnnotations: false,
    },
  },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true } },
  general: { positionEncodings: ["utf-16"] },
};

export function initializeParams(folder: string) {
  const uri = pathToFileURL(folder).href;
  return {
    processId: process.pid,
    clientInfo: { name: "Visual Studio Code", version: "1.106.0" },
    locale: "en",
    rootPath: folder,
    rootUri: uri,
    capabilities: VSCODE_CAPABILITIES,
    initializationOptions: {},
    trace: "off",
    workspaceFolders: [{ uri, name: "app" }],
  };
}

/**
 * The extension's answer to workspace/configuration for a document it validates, with every `eslint.*` setting
 * at its default. `experimental` and `problems` are settings this server build still reads (the extension's
 * 2.4 line sent them).
 */
export function vscodeEslintSettings(folder: string) {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    experimental: { useFlatConfig: false },
    codeActionOnSave: { mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: "app", uri: pathToFileURL(folder).href },
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
  };
}

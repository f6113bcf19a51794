// Lints the plugin's own code: typescript-eslint for TypeScript, eslint-plugin-eslint-plugin for rule anatomy.
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

// Which folders of src/ each analysis folder may import. The arrows run one way, from the wiring (src/plugin,
// src/codemod, rules/, codemods/) down to the domains and on to the generic helpers (docs/architecture.md).
const SRC_FOLDERS = ["codemod", "edits", "js", "links", "plugin", "prefilter", "project", "responses", "routes", "session", "urls"];
const ANALYSIS_IMPORTS = {
  prefilter: [],
  js: [],
  edits: ["js"],
  urls: ["js"],
  project: ["js", "urls"],
  links: ["js", "edits", "urls", "project", "prefilter"],
  session: ["js", "edits", "urls", "project", "links"],
  routes: ["js", "edits", "urls", "project", "prefilter", "session"],
  responses: ["js", "edits", "urls", "project", "routes"],
};

/** `no-restricted-imports` for one analysis folder: no rules/, codemods/, wiring, or folder above it. */
function analysisImportRule(folder, allowed) {
  const forbidden = SRC_FOLDERS.filter((other) => other !== folder && !allowed.includes(other));
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { regex: "^(\\.\\./)+(rules|codemods)/", message: "The analysis knows no rule and no codemod." },
          { regex: `^\\.\\./(${forbidden.join("|")})/`, message: `src/${folder}/ may import only ${allowed.map((name) => `src/${name}/`).join(", ") || "itself"} (docs/architecture.md).` },
        ],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "tests/fixtures/", "examples/", "coverage/", "tests/e2e/**/app-*/", "codemods/__testfixtures__/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["rules/**/*.ts"],
    ...eslintPlugin.configs["rules-recommended"],
    rules: {
      ...eslintPlugin.configs["rules-recommended"].rules,
      // RuleCreator adds the docs URL.
      "eslint-plugin/require-meta-docs-url": "off",
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Enforce|Require|Disallow) .+[^. ]$" }],
      "eslint-plugin/require-meta-schema-description": "error",
      "eslint-plugin/require-meta-default-options": "error",
    },
  },
  ...Object.entries(ANALYSIS_IMPORTS).map(([folder, allowed]) => analysisImportRule(folder, allowed)),
  {
    files: ["rules/**/*.ts", "src/plugin/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "^(\\.\\./)+(src/)?(codemod|codemods)/", message: "Rules and the plugin's wiring never import the codemod driver." }],
      }],
    },
  },
  {
    files: ["tests/**/*.ts"],
    ...eslintPlugin.configs["tests-recommended"],
  },
  {
    files: ["**/*.mjs", "scripts/**", ".ci/**", "bin/**"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
);

// Lints the plugin's own code: typescript-eslint for TypeScript, eslint-plugin-eslint-plugin for rule anatomy.
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

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
  {
    files: ["tests/**/*.ts"],
    ...eslintPlugin.configs["tests-recommended"],
  },
  {
    files: ["**/*.mjs", "scripts/**", ".ci/**", "bin/**"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
);

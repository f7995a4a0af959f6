// office-addin-lint (`npm run lint`) uses this file when it sits in the project root instead of its own
// config. It keeps Microsoft's Office rules (sync/load discipline, no eval) and adds the house rules.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  setImmediate: "readonly",
  URL: "readonly",
  URLSearchParams: "readonly",
  TextEncoder: "readonly",
  TextDecoder: "readonly",
  AbortController: "readonly",
  performance: "readonly",
  structuredClone: "readonly",
};

// Browser tests hand functions to page.evaluate: they run in the page.
const browserGlobals = {
  window: "readonly",
  document: "readonly",
  navigator: "readonly",
  Office: "readonly",
  Excel: "readonly",
};

// The load/sync rules read any `x.y` after a proxy-like variable as an Office.js read. Outside the code
// that talks to Office.js (ExcelJS in the CLI, plain objects in tests) they only misfire.
const officeProxyRules = {
  "office-addins/call-sync-after-load": "off",
  "office-addins/call-sync-before-read": "off",
  "office-addins/load-object-before-read": "off",
  "office-addins/no-navigational-load": "off",
  "office-addins/no-empty-load": "off",
  "office-addins/test-for-null-using-isNullObject": "off",
};
const officeHostFiles = ["src/excel/**", "src/taskpane/**", "src/functions/**", "test/excel/**", "test/taskpane/**"];

// The recommended preset only matches .js/.ts; the pane is .tsx, so apply the same block there.
const recommended = officeAddins.configs.recommended;
const officeBlock = recommended.find((c) => c.files && c.plugins && c.plugins["office-addins"]);

// src/core is the host-neutral engine: no Office.js, React, ExcelJS or Node built-ins (STYLE.md #1).
const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "readline",
  "stream",
  "url",
  "util",
  "worker_threads",
  "zlib",
];
const coreRestrictions = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: "src/core tidak boleh memakai modul Node." })),
    { name: "react", message: "src/core tidak boleh memakai React." },
    { name: "react-dom", message: "src/core tidak boleh memakai React." },
    { name: "exceljs", message: "src/core tidak boleh memakai ExcelJS." },
    { name: "@microsoft/office-js", message: "src/core tidak boleh memakai Office.js." },
  ],
  patterns: [
    { group: ["node:*"], message: "src/core tidak boleh memakai modul Node." },
    { group: ["react/*", "react-dom/*", "@fluentui/*"], message: "src/core tidak boleh memakai React/Fluent UI." },
    { group: ["exceljs/*"], message: "src/core tidak boleh memakai ExcelJS." },
    { group: ["office-*", "@microsoft/office-*"], message: "src/core tidak boleh memakai Office.js." },
    {
      group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/functions/**"],
      message: "src/core tidak bergantung pada host.",
    },
  ],
};

export default [
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "bench-results/**", "src/data/**/*.json"],
  },
  ...recommended,
  {
    ...officeBlock,
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    // The preset's parser import resolves to undefined under ESLint 9; office-addin-lint's own config
    // sets the TypeScript parser the same way.
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // TypeScript resolves names (Office, Excel, DOM and Node types) better than no-undef can.
      "no-undef": "off",
      // Overloads and declaration merging (RuleEnvironment) are legitimate in TypeScript.
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals, sourceType: "commonjs", ecmaVersion: 2022 },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["test/e2e/**/*.{js,ts}"],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
  {
    files: ["**/*.{js,cjs,mjs,ts,tsx}"],
    ignores: officeHostFiles,
    rules: officeProxyRules,
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", coreRestrictions] },
  },
];

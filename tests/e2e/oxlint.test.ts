import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.ts";
import { describeOurs, PLUGIN_PREFIX, readFixtureApp, readReadmeBlock, runEslint, runOxlint, type Finding, type LintRun, type OxlintFinding, type OxlintRun } from "./lint-runs.ts";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

// oxlint 1.94 with the plugin as a JS plugin, configured exactly as the README's "## Oxlint" section shows, on the
// create-next-app-shaped fixture app, against ESLint with the app's own eslint.config.mjs on the same files.
const OXLINTRC = readReadmeBlock("Oxlint", "json");
const FIXTURE_APP = readFixtureApp("create-next-app");
const OXLINT_PACKAGE = { oxlint: path.join(REPO_ROOT, "node_modules/oxlint") };

function createFixtureApp(extra: Record<string, string> = {}): ScratchApp {
  return createScratchApp({ ...FIXTURE_APP, ".oxlintrc.json": OXLINTRC, ...extra }, OXLINT_PACKAGE);
}

/** `file rule` of the plugin's findings, positions left out: for a list whose positions a fix has moved. */
const ruleByFile = (described: string[]) => described.map((finding) => finding.replace(/:\S+ /, " "));

// A component whose logout link comes after non-ASCII text on its line, where oxlint's columns differ.
const LOCALE_MENU = {
  "components/locale-menu.tsx":
    'import Link from "next/link";\n\nexport function LocaleMenu() {\n  return <p>Grüße 👋 <Link href="/logout">Abmelden</Link></p>;\n}\n',
};

describe("oxlint with the README's .oxlintrc.json on a create-next-app app", () => {
  let app: ScratchApp;
  let oxlint: OxlintRun;
  let eslint: LintRun;
  beforeAll(() => {
    app = createFixtureApp(LOCALE_MENU);
    oxlint = runOxlint(app.dir, ["."]);
    eslint = runEslint(app.dir, ["."]);
  });
  afterAll(() => app?.remove());

  it("turns on the rules of configs.recommended, as errors", () => {
    const { rules } = JSON.parse(OXLINTRC) as { rules: Record<string, string> };
    expect(rules).toEqual(plugin.configs.recommended.rules);
  });

  it("reports what ESLint reports, rule by rule, at the same start and end, and exits 1 as ESLint does", () => {
    expect(describeOurs(oxlint.findings)).toEqual([
      "app/logout/route.ts:4:23-4:26 require-logout-revalidate",
      "app/logout/route.ts:7:10-7:36 require-logout-no-store",
      "app/logout/route.ts:7:32-7:35 no-relative-redirect",
      "components/forget-me.tsx:10:5-10:30 no-client-cookie-deletion",
      "components/locale-menu.tsx:4:22-4:43 no-link-to-logout",
      "components/sign-out-button.tsx:11:5-11:21 require-refresh-after-signout",
      "components/user-menu.tsx:7:7-7:28 no-link-to-logout",
    ]);
    expect(describeOurs(oxlint.findings)).toEqual(describeOurs(eslint.findings));
    expect(oxlint.pluginErrors).toEqual([]);
    expect(oxlint.status).toBe(1);
    expect(eslint.status).toBe(1);
  });

  it("lints the files ESLint lints: node_modules, .next and next-env.d.ts are ignored", () => {
    const lintedByOxlint = (JSON.parse(oxlint.stdout) as { number_of_files: number }).number_of_files;
    const lintedByEslint = (JSON.parse(eslint.stdout) as unknown[]).length;
    expect(lintedByOxlint).toBe(10);
    expect(lintedByOxlint).toBe(lintedByEslint);
  });

  it("prints ESLint's line and column, except that it counts columns in UTF-8 bytes, not UTF-16 code units", () => {
    const ours = oxlint.findings.filter((finding) => finding.rule.startsWith(PLUGIN_PREFIX));
    const isOnNonAsciiLine = (finding: Finding) => finding.file === "components/locale-menu.tsx";
    const printed = (finding: OxlintFinding) => `${finding.file}:${finding.reportedLine}:${finding.reportedColumn}`;
    const eslintStart = (finding: Finding) => `${finding.file}:${finding.line}:${finding.column}`;
    expect(ours.filter((finding) => !isOnNonAsciiLine(finding)).map(printed)).toEqual(ours.filter((finding) => !isOnNonAsciiLine(finding)).map(eslintStart));
    // "  return <p>Grüße 👋 " is 21 UTF-16 code units and 25 UTF-8 bytes: ü and ß take 2 bytes each, 👋 (two
    // code units) takes 4. The span's byte offset is the place ESLint calls column 22.
    expect(ours.filter(isOnNonAsciiLine).map(printed)).toEqual(["components/locale-menu.tsx:4:26"]);
    expect(ours.filter(isOnNonAsciiLine).map(eslintStart)).toEqual(["components/locale-menu.tsx:4:22"]);
  });
});

describe('oxlint passes settings["next-logout"] to the rules', () => {
  const settings = { "next-logout": { logoutPaths: ["/logout", "/users/sign_out"] } };
  const accountMenu = 'import Link from "next/link";\n\nexport function AccountMenu() {\n  return <Link href="/users/sign_out">Sign out</Link>;\n}\n';
  const signOutRoute =
    'import { revalidatePath } from "next/cache";\n\nexport async function POST() {\n  revalidatePath("/", "layout");\n  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });\n}\n';
  let app: ScratchApp;
  beforeAll(() => {
    app = createFixtureApp({
      ".oxlintrc.json": JSON.stringify({ ...JSON.parse(OXLINTRC), settings }, null, 2),
      "eslint.settings.config.mjs": `import config from "./eslint.config.mjs";\n\nexport default [...config, { settings: ${JSON.stringify(settings)} }];\n`,
      ".oxlintrc.wrong-setting.json": JSON.stringify({ ...JSON.parse(OXLINTRC), settings: { "next-logout": { logoutPath: ["/logout"] } } }),
      "components/account-menu.tsx": accountMenu,
      "app/users/sign_out/route.ts": signOutRoute,
    });
  });
  afterAll(() => app?.remove());

  it("reports a link to a configured logout path, as ESLint does with the same settings", () => {
    const oxlint = runOxlint(app.dir, ["."]);
    const eslint = runEslint(app.dir, ["--config", "eslint.settings.config.mjs", "."]);
    expect(describeOurs(oxlint.findings).filter((finding) => finding.startsWith("components/account-menu.tsx"))).toEqual([
      "components/account-menu.tsx:4:10-4:39 no-link-to-logout",
    ]);
    expect(describeOurs(oxlint.findings)).toEqual(describeOurs(eslint.findings));
  });

  it("fails every file with the setting's error when a setting is wrong, and exits 1", () => {
    const oxlint = runOxlint(app.dir, ["--config", ".oxlintrc.wrong-setting.json", "app/page.tsx", "components/user-menu.tsx"]);
    expect(oxlint.status).toBe(1);
    expect(oxlint.findings).toEqual([]);
    expect(oxlint.pluginErrors).toEqual(["Error running JS plugin.", "Error running JS plugin."]);
    expect(oxlint.stdout).toContain('settings[\\"next-logout\\"].logoutPath is not a setting.');
  });
});

describe("oxlint --fix applies one pass of fixes", () => {
  let oxlintApp: ScratchApp;
  let eslintApp: ScratchApp;
  const read = (app: ScratchApp, file: string) => readFileSync(path.join(app.dir, file), "utf8");
  beforeAll(() => {
    oxlintApp = createFixtureApp();
    eslintApp = createFixtureApp();
  });
  afterAll(() => {
    oxlintApp?.remove();
    eslintApp?.remove();
  });

  it("leaves a fix that overlaps another for the next run", () => {
    const firstPass = runOxlint(oxlintApp.dir, ["--fix", "."]);
    // require-logout-no-store and no-relative-redirect both rewrite `NextResponse.redirect("/")`: one waits.
    expect(ruleByFile(describeOurs(firstPass.findings))).toEqual([
      "app/logout/route.ts no-relative-redirect",
      "components/forget-me.tsx no-client-cookie-deletion",
      "components/sign-out-button.tsx require-refresh-after-signout",
    ]);
    expect(read(oxlintApp, "app/logout/route.ts")).toContain('return NextResponse.redirect("/", ');
    expect(firstPass.status).toBe(1);
  });

  it("a second run leaves the files byte for byte as one eslint --fix does, and a third changes nothing", () => {
    const secondPass = runOxlint(oxlintApp.dir, ["--fix", "."]);
    const eslintFix = runEslint(eslintApp.dir, ["--fix", "."]);
    for (const file of Object.keys(FIXTURE_APP)) expect(read(oxlintApp, file), file).toBe(read(eslintApp, file));
    expect(read(oxlintApp, "app/logout/route.ts")).not.toBe(FIXTURE_APP["app/logout/route.ts"]);
    expect(read(oxlintApp, "components/user-menu.tsx")).not.toBe(FIXTURE_APP["components/user-menu.tsx"]);
    // What is left has suggestions only, for a person to pick: oxlint and ESLint agree on it.
    expect(ruleByFile(describeOurs(secondPass.findings))).toEqual([
      "components/forget-me.tsx no-client-cookie-deletion",
      "components/sign-out-button.tsx require-refresh-after-signout",
    ]);
    expect(describeOurs(secondPass.findings)).toEqual(describeOurs(eslintFix.findings));

    const before = Object.keys(FIXTURE_APP).map((file) => read(oxlintApp, file));
    const thirdPass = runOxlint(oxlintApp.dir, ["--fix", "."]);
    expect(Object.keys(FIXTURE_APP).map((file) => read(oxlintApp, file))).toEqual(before);
    expect(describeOurs(thirdPass.findings)).toEqual(describeOurs(secondPass.findings));
  });
});

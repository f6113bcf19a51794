// Fixture tests for the four codemod transforms.
//
// Layout: codemods/__testfixtures__/<transform>/<case>.input.<ts|tsx> holds the input and <case>.output.<ts|tsx>
// the exact expected output (equal to the input when there is nothing to change). An optional
// <case>.options.json holds the codemod options: { "nextVersion": "14" } and/or { "strict": true }.
//
// Route handlers: the route-handler rules read the file's path (only `app/**/route.*` files serving a logout path
// are logout handlers), so a case whose name starts with `route-` is run under the virtual path
// `<transform folder>/<case>/app/logout/route.<ext>`, which serves `/logout` (getRoutePath takes the last `app/`
// folder of a path outside any project's own `app/`). Every other case runs under its real path. Both lie inside
// this repository, whose package.json depends on next ^16, so cases are Next 16 code unless options say otherwise.
import { parse } from "@typescript-eslint/typescript-estree";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CodemodParseError, runCodemod, type CodemodOptions, type CodemodResult } from "../../src/codemod/engine.ts";
import { isTransformName, TRANSFORM_NAMES, type TransformName } from "../../src/codemod/transforms.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURES_DIR = path.join(REPO_ROOT, "codemods/__testfixtures__");

interface Fixture {
  transform: TransformName;
  name: string;
  ext: "ts" | "tsx";
  /** The path the codemod is given (virtual for `route-` cases). */
  file: string;
  input: string;
  output: string;
  options: CodemodOptions;
}

function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const transform of readdirSync(FIXTURES_DIR).sort()) {
    if (!isTransformName(transform)) throw new Error(`codemods/__testfixtures__/${transform} is no transform: ${TRANSFORM_NAMES.join(", ")}`);
    const dir = path.join(FIXTURES_DIR, transform);
    for (const entry of readdirSync(dir).sort()) {
      const match = /^(.+)\.input\.(tsx?)$/.exec(entry);
      if (!match) continue;
      const [, name, ext] = match as unknown as [string, string, "ts" | "tsx"];
      const outputFile = path.join(dir, `${name}.output.${ext}`);
      if (!existsSync(outputFile)) throw new Error(`${transform}/${entry} has no ${name}.output.${ext}`);
      const optionsFile = path.join(dir, `${name}.options.json`);
      fixtures.push({
        transform,
        name,
        ext,
        file: name.startsWith("route-") ? path.join(dir, name, "app", "logout", `route.${ext}`) : path.join(dir, entry),
        input: readFileSync(path.join(dir, entry), "utf8"),
        output: readFileSync(outputFile, "utf8"),
        options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as CodemodOptions) : {},
      });
    }
  }
  return fixtures;
}

/** Findings left for the user, as `line:column ruleId`, per case; every case not listed leaves none. */
const EXPECTED_REPORTS: Record<string, string[]> = {
  "client-cookie-logout/deletion-outside-logout-function": ["10:5 next-logout/no-client-cookie-deletion"],
  "logout-route-handlers/route-arrow-exports": ["11:14 next-logout/require-logout-revalidate"],
  "logout-route-handlers/route-response-redirect-relative": ["7:10 next-logout/require-logout-no-store"],
  // Under --strict: a GET logout handler, which only the user can turn into a POST.
  "logout-route-handlers/route-strict-clear-site-data": ["5:23 next-logout/prefer-post-logout"],
};

/** Cases the text prefilter rules out: never parsed, reported as skipped. */
const EXPECTED_SKIPPED = new Set(["logout/plain-utility"]);

const outputOf = (result: CodemodResult, input: string) => (result.status === "changed" ? result.output : input);
const reportKeys = (result: CodemodResult) => result.findings.map(({ line, column, ruleId }) => `${line}:${column} ${ruleId}`);

function parseSource(source: string, ext: "ts" | "tsx"): void {
  parse(source, { jsx: ext !== "ts", loc: true, range: true });
}

const fixtures = listFixtures();

describe("codemod fixtures", () => {
  it("cover every transform", () => {
    expect(new Set(fixtures.map((fixture) => fixture.transform))).toEqual(new Set(TRANSFORM_NAMES));
  });

  it("EXPECTED_REPORTS and EXPECTED_SKIPPED name only existing cases", () => {
    const ids = new Set(fixtures.map((fixture) => `${fixture.transform}/${fixture.name}`));
    for (const id of [...Object.keys(EXPECTED_REPORTS), ...EXPECTED_SKIPPED]) expect(ids).toContain(id);
  });

  describe.each(fixtures.map((fixture) => [`${fixture.transform}/${fixture.name}.input.${fixture.ext}`, fixture] as const))("%s", (_, fixture) => {
    const id = `${fixture.transform}/${fixture.name}`;
    const run = (source: string) => runCodemod(fixture.transform, fixture.file, source, fixture.options);

    it("gives exactly the .output file", () => {
      const result = run(fixture.input);
      expect(outputOf(result, fixture.input)).toBe(fixture.output);
      const expectedStatus = EXPECTED_SKIPPED.has(id) ? "skipped" : fixture.output === fixture.input ? "unchanged" : "changed";
      expect(result.status).toBe(expectedStatus);
    });

    it("reports exactly the findings it leaves", () => {
      expect(reportKeys(run(fixture.input))).toEqual(EXPECTED_REPORTS[id] ?? []);
    });

    it("is idempotent: a second run changes nothing and reports the same", () => {
      const first = run(fixture.input);
      const second = run(outputOf(first, fixture.input));
      expect(["unchanged", "skipped"]).toContain(second.status);
      expect(second.findings).toEqual(first.findings);
    });

    it("writes code that parses", () => {
      expect(() => parseSource(fixture.input, fixture.ext)).not.toThrow();
      expect(() => parseSource(fixture.output, fixture.ext)).not.toThrow();
    });
  });
});

describe("files the codemod can't parse", () => {
  // Each passes its transform's prefilter (a next/link import, a route file, the word "cookie") and has a syntax error.
  const broken: [TransformName, string, string][] = [
    ["logout-links", "logout-links/broken-menu.tsx", 'import Link from "next/link";\n\nexport function Menu() {\n  return <Link href="/logout">Log out</Link\n}\n'],
    ["logout-route-handlers", "logout-route-handlers/broken/app/logout/route.ts", "export async function GET() {\n  return new Response(;\n}\n"],
    ["client-cookie-logout", "client-cookie-logout/broken.tsx", 'import Cookies from "js-cookie";\n\nexport function logout() {\n  Cookies.remove("session"\n}\n'],
    ["logout", "logout/broken.ts", 'import { cookies } from "next/headers";\n\nconst session = <string>(await cookies()).get("session")?.value;\nexport { session as };\n'],
  ];

  it.each(broken)("%s throws CodemodParseError with the path, the line and the parser's message", (transform, relative, source) => {
    const file = path.join(FIXTURES_DIR, relative);
    let parserError: { lineNumber: number; message: string } | undefined;
    try {
      parseSource(source, file.endsWith(".ts") ? "ts" : "tsx");
    } catch (error) {
      parserError = error as { lineNumber: number; message: string };
    }
    expect(parserError).toBeDefined();
    let thrown: unknown;
    try {
      runCodemod(transform, file, source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodemodParseError);
    const { message } = thrown as CodemodParseError;
    expect(message.startsWith(`${file}:${parserError?.lineNumber}:`)).toBe(true);
    expect(message).toContain(parserError?.message);
  });
});

describe("the text prefilter", () => {
  // Not even valid TypeScript: a "skipped" result proves the file was never handed to the parser.
  const unparsable = "export const total = (items: number[]) => items.reduce((sum, item) => sum + item, 0) +;\n";

  it.each(TRANSFORM_NAMES)("%s skips a plain utility module without parsing it", (transform) => {
    const result = runCodemod(transform, path.join(REPO_ROOT, "src/lib/math.ts"), unparsable);
    expect(result).toEqual({ status: "skipped", findings: [] });
  });

  it("lets a route file through whatever its text, and then parses it", () => {
    const route = path.join(FIXTURES_DIR, "logout-route-handlers/prefilter/app/logout/route.ts");
    expect(() => runCodemod("logout-route-handlers", route, unparsable)).toThrow(CodemodParseError);
  });
});

// Formatting hazards found while writing the fixtures, fixed since.
describe("formatting around the edits", () => {
  it("no-sync-cookies' fix keeps a statement that starts with `(await cookies())` apart from the line before it", () => {
    // No semicolons: `(await cookies())` at the start of a line continues the previous expression (ASI).
    const input = "'use server'\nimport { cookies } from 'next/headers'\n\nexport async function logout() {\n  const id = cookies().get('session')?.value\n  cookies().delete('session')\n  return id\n}\n";
    const result = runCodemod("logout-route-handlers", path.join(FIXTURES_DIR, "logout-route-handlers/actions.ts"), input);
    const program = parse(outputOf(result, input), { range: true });
    const logout = program.body.at(-1);
    const body = logout?.type === "ExportNamedDeclaration" && logout.declaration?.type === "FunctionDeclaration" ? logout.declaration.body.body : [];
    expect(body).toHaveLength(3);
  });

  it("the revalidatePath import goes below a header comment when the file has no import", () => {
    const input = "// Copyright (c) Example Corp.\n\nexport async function GET(request: Request) {\n  return new Response(null, { status: 302, headers: { Location: new URL(\"/\", request.url).toString() } });\n}\n";
    const result = runCodemod("logout-route-handlers", path.join(FIXTURES_DIR, "logout-route-handlers/no-import/app/logout/route.ts"), input);
    expect(outputOf(result, input).startsWith("// Copyright (c) Example Corp.\n")).toBe(true);
  });
});

// Fix safety, as a property: files made of random combinations of the fixtures' top-level statements, with a fixed
// seed. `eslint --fix` with configs.all and the `logout` codemod must each produce code that parses, reach a fixed
// point, and keep every statement no finding was in. Each file is also saved as Windows editors save files (CRLF
// line endings, a UTF-8 BOM): both must keep those bytes, write one line-ending style, and change nothing but their
// edits.
import { parse, type TSESTree } from "@typescript-eslint/typescript-estree";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCodemod } from "../../src/codemod/engine.ts";
import { REPO_ROOT } from "../e2e/scratch-app.ts";
import { BOM, recordFixCalls, replayEdits, withoutBom, type FixCall } from "./fix-replay.ts";
import { allRulesConfig, linter } from "./linter.ts";
import { createRandom } from "../seeded-random.ts";

const SEED = 20261124;
const FILE_COUNT = 520;
const FRAGMENT_SOURCES = ["codemods/__testfixtures__", "tests/fixtures/every-problem", "examples/next-app", "tests/fixtures/seed"];
// Where a generated file pretends to live: route handlers, pages, client components, server actions. The folder
// has a package.json with next 16, so the rules write Next 16 code.
const TARGETS = ["app/logout/route.ts", "app/api/auth/signout/route.ts", "app/dashboard/page.tsx", "components/menu.tsx", "lib/actions.ts"];
const APP = path.join(REPO_ROOT, "tests/fixtures/every-problem");

interface Fragment {
  text: string;
  /** Names it declares at the top level: a file takes no fragment that declares a name twice. */
  names: string[];
  isImport: boolean;
  /** From a `.tsx`/`.jsx` file: JSX may be in it, and it goes only into such files (`<T>x` casts can't). */
  jsx: boolean;
}

function listInputs(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(?:tsx?|jsx?)$/.test(file) && !file.includes(".output."))
    .sort()
    .map((file) => path.join(directory, file));
}

function parseModule(text: string, file: string): TSESTree.Program {
  return parse(text, { range: true, loc: false, comment: false, jsx: !file.endsWith(".ts"), filePath: file });
}

function declaredNames(statement: TSESTree.ProgramStatement): string[] {
  const declaration = statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration" ? statement.declaration : statement;
  if (!declaration) return statement.type === "ExportNamedDeclaration" ? statement.specifiers.map((s) => (s.exported.type === "Identifier" ? s.exported.name : s.exported.value)) : [];
  if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && declaration.id) return [declaration.id.name];
  if (declaration.type === "VariableDeclaration") {
    return declaration.declarations.flatMap((declarator) => (declarator.id.type === "Identifier" ? [declarator.id.name] : []));
  }
  if (statement.type === "ExportDefaultDeclaration") return ["default"];
  return [];
}

function collectFragments(): Fragment[] {
  const fragments: Fragment[] = [];
  for (const source of FRAGMENT_SOURCES) {
    for (const file of listInputs(path.join(REPO_ROOT, source))) {
      // LF and no BOM (some fixtures are saved as CRLF with a BOM): the byte variants below are made from these.
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "").replaceAll("\r\n", "\n");
      for (const statement of parseModule(text, file).body) {
        if (statement.type === "ExpressionStatement" && statement.directive) continue;
        const isImport = statement.type === "ImportDeclaration";
        const names = isImport ? statement.specifiers.map((specifier) => specifier.local.name) : declaredNames(statement);
        fragments.push({ text: text.slice(statement.range[0], statement.range[1]), names, isImport, jsx: /x$/.test(file) });
      }
    }
  }
  return fragments;
}

/** A file of 2–7 random statements and the imports they may need, none declaring a name twice. */
function generateFile(random: () => number, fragments: readonly Fragment[], imports: readonly Fragment[]): string {
  const declared = new Set<string>();
  const body: string[] = [];
  const wanted = 2 + Math.floor(random() * 6);
  for (let tries = 0; body.length < wanted && tries < 50; tries++) {
    const fragment = fragments[Math.floor(random() * fragments.length)]!;
    if (fragment.names.some((name) => declared.has(name))) continue;
    fragment.names.forEach((name) => declared.add(name));
    body.push(fragment.text);
  }
  const head = imports.filter((fragment) => fragment.names.every((name) => !declared.has(name)) && fragment.names.some((name) => body.some((text) => new RegExp(`\\b${name}\\b`).test(text))));
  const usedImports: string[] = [];
  for (const fragment of head) {
    if (fragment.names.some((name) => declared.has(name))) continue;
    fragment.names.forEach((name) => declared.add(name));
    usedImports.push(fragment.text);
  }
  const directive = random() < 0.3 ? (random() < 0.5 ? '"use client";\n\n' : '"use server";\n\n') : "";
  return `${directive}${usedImports.join("\n")}\n\n${body.join("\n\n")}\n`;
}

function fixWithEslint(text: string, file: string): { output: string; touched: [number, number][] } {
  const messages = linter.verify(text, allRulesConfig(file), { filename: file });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`generated input does not parse: ${fatal.message}`);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? 0) + column - 1;
  const touched = messages.flatMap((message): [number, number][] => {
    const ranges: [number, number][] = [[offset(message.line, message.column), offset(message.endLine ?? message.line, message.endColumn ?? message.column)]];
    if (message.fix) ranges.push([message.fix.range[0], message.fix.range[1]]);
    return ranges;
  });
  return { output: linter.verifyAndFix(text, allRulesConfig(file), { filename: file }).output, touched };
}

/** The statements of `text` that no finding or fix range reaches, imports aside (fixes drop unused ones). */
function untouchedStatements(text: string, file: string, touched: readonly [number, number][]): string[] {
  return parseModule(text, file)
    .body.filter((statement) => statement.type !== "ImportDeclaration")
    .filter((statement) => !touched.some(([start, end]) => start < statement.range[1] && end > statement.range[0]))
    .map((statement) => text.slice(statement.range[0], statement.range[1]));
}

const random = createRandom(SEED);
const fragments = collectFragments();
const files = Array.from({ length: FILE_COUNT }, (_, index) => {
  const file = path.join(APP, TARGETS[index % TARGETS.length]!);
  const pool = fragments.filter((fragment) => fragment.jsx === file.endsWith("x"));
  return { file, text: generateFile(random, pool.filter((fragment) => !fragment.isImport), pool.filter((fragment) => fragment.isImport)) };
});
console.log(`fix-safety: seed ${SEED}, ${files.length} generated files from ${fragments.length} fixture statements`);

describe(`eslint --fix with configs.all on ${FILE_COUNT} generated files (seed ${SEED})`, () => {
  it("parses, reaches a fixed point, and keeps every statement no finding was in", () => {
    const failures: string[] = [];
    let changed = 0;
    for (const { file, text } of files) {
      const { output, touched } = fixWithEslint(text, file);
      if (output !== text) changed++;
      try {
        parseModule(output, file);
      } catch (error) {
        failures.push(`${file}: the fixed output does not parse: ${String(error)}\n--- input\n${text}\n--- output\n${output}`);
        continue;
      }
      const again = linter.verifyAndFix(output, allRulesConfig(file), { filename: file }).output;
      if (again !== output) failures.push(`${file}: a second --fix changed the output\n--- input\n${text}`);
      for (const statement of untouchedStatements(text, file, touched)) {
        if (!output.includes(statement)) failures.push(`${file}: a statement no finding was in is gone:\n${statement}\n--- input\n${text}`);
      }
    }
    console.log(`fix-safety (eslint --fix): ${changed} of ${files.length} files changed`);
    expect(changed).toBeGreaterThan(files.length / 10);
    expect(failures.slice(0, 3)).toEqual([]);
  });
});

describe(`the logout codemod on the same ${FILE_COUNT} files`, () => {
  it("parses, changes nothing on a second run, and keeps every statement no finding was in", () => {
    const failures: string[] = [];
    let changed = 0;
    for (const { file, text } of files) {
      const { touched } = fixWithEslint(text, file);
      const result = runCodemod("logout", file, text);
      const output = result.status === "changed" ? result.output : text;
      if (result.status === "changed") changed++;
      try {
        parseModule(output, file);
      } catch (error) {
        failures.push(`${file}: the codemod's output does not parse: ${String(error)}\n--- input\n${text}\n--- output\n${output}`);
        continue;
      }
      const again = runCodemod("logout", file, output);
      if (again.status === "changed") failures.push(`${file}: a second codemod run changed the output\n--- input\n${text}`);
      for (const statement of untouchedStatements(text, file, touched)) {
        if (!output.includes(statement)) failures.push(`${file}: a statement no finding was in is gone:\n${statement}\n--- input\n${text}`);
      }
    }
    console.log(`fix-safety (codemod): ${changed} of ${files.length} files changed`);
    expect(changed).toBeGreaterThan(files.length / 10);
    expect(failures.slice(0, 3)).toEqual([]);
  });
});

// --- The file's own bytes: line endings and the BOM -------------------------------------------------------------

interface ByteVariant {
  name: string;
  lineEnding: "\n" | "\r\n";
  bom: boolean;
}

const VARIANTS: readonly ByteVariant[] = [
  { name: "LF", lineEnding: "\n", bom: false },
  { name: "CRLF", lineEnding: "\r\n", bom: false },
  { name: "LF + BOM", lineEnding: "\n", bom: true },
  { name: "CRLF + BOM", lineEnding: "\r\n", bom: true },
];

function toVariant(text: string, variant: ByteVariant): string {
  return (variant.bom ? BOM : "") + text.replaceAll("\n", variant.lineEnding);
}

/** What is wrong with `output`'s bytes, given the input's variant: a lost or doubled BOM, another line ending. */
function byteProblems(output: string, variant: ByteVariant): string[] {
  const problems: string[] = [];
  if (output.startsWith(BOM) !== variant.bom || output.startsWith(BOM + BOM)) problems.push(variant.bom ? "the BOM is lost or doubled" : "a BOM was added");
  const body = withoutBom(output);
  const wrongBreak = variant.lineEnding === "\r\n" ? /\r(?!\n)|(?<!\r)\n/ : /\r/;
  if (wrongBreak.test(body)) problems.push(`a line ending other than ${JSON.stringify(variant.lineEnding)}`);
  return problems;
}

interface ByteTally {
  runs: number;
  changed: number;
  edits: number;
  lineBreakEdits: number;
  failures: string[];
}

function checkBytes(tool: string, run: (text: string, file: string) => string, withSuggestions: boolean): ByteTally {
  const tally: ByteTally = { runs: 0, changed: 0, edits: 0, lineBreakEdits: 0, failures: [] };
  for (const { file, text } of files) {
    for (const variant of VARIANTS) {
      const input = toVariant(text, variant);
      tally.runs++;
      let recorded: { result: string; calls: FixCall[] };
      try {
        recorded = recordFixCalls(() => run(input, file));
      } catch (error) {
        // Edits applied at the wrong offsets (a BOM counted twice) give code the next pass can't parse.
        tally.failures.push(`${file} (${variant.name}): ${tool} threw ${String(error)}\n--- input\n${JSON.stringify(input)}`);
        continue;
      }
      const { result: output, calls } = recorded;
      if (output !== input) tally.changed++;
      const { edits, mismatch } = replayEdits(input, calls, output, withSuggestions);
      tally.edits += edits.length;
      tally.lineBreakEdits += edits.filter((edit) => edit.text.includes("\n")).length;
      const problems = [...byteProblems(output, variant), ...(mismatch ? [mismatch] : [])];
      if (problems.length > 0) tally.failures.push(`${file} (${variant.name}): ${problems.join("; ")}\n--- input\n${JSON.stringify(input)}\n--- output\n${JSON.stringify(output)}`);
    }
  }
  console.log(
    `fix-safety bytes (${tool}): ${tally.runs} runs (${files.length} files × ${VARIANTS.map((variant) => variant.name).join(", ")}), ` +
      `${tally.changed} changed, ${tally.edits} edits replayed (${tally.lineBreakEdits} writing line breaks), ${tally.failures.length} failures`,
  );
  return tally;
}

describe(`the file's bytes (CRLF, BOM) on the same ${FILE_COUNT} files`, () => {
  it("eslint --fix keeps the BOM, writes one line-ending style, and changes no byte outside its edits", () => {
    const tally = checkBytes("eslint --fix", (text, file) => linter.verifyAndFix(text, allRulesConfig(file), { filename: file }).output, false);
    expect(tally.changed).toBeGreaterThan(tally.runs / 10);
    expect(tally.lineBreakEdits).toBeGreaterThan(0);
    expect(tally.failures.slice(0, 3)).toEqual([]);
  });

  it("the codemod keeps the BOM, writes one line-ending style, and changes no byte outside its edits and suggestions", () => {
    const tally = checkBytes("codemod", (text, file) => {
      const result = runCodemod("logout", file, text);
      return result.status === "changed" ? result.output : text;
    }, true);
    expect(tally.changed).toBeGreaterThan(tally.runs / 10);
    expect(tally.lineBreakEdits).toBeGreaterThan(0);
    expect(tally.failures.slice(0, 3)).toEqual([]);
  });
});

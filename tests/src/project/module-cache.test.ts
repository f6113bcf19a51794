import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deriveFromFile, getProjectModule, readModuleText } from "../../../src/project/module-cache.ts";
import { FRESHNESS_MS, getProjectModelStats, resetProjectModel } from "../../../src/project/project-model.ts";
import { makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);
beforeEach(() => {
  resetProjectModel();
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => vi.useRealTimers());

/** Lets the freshness interval pass, so the cache compares its files with the disk again. */
function letTimePass(): void {
  vi.setSystemTime(Date.now() + FRESHNESS_MS);
}

describe("getProjectModule", () => {
  it("parses TypeScript and JSX, with parent links and scopes", () => {
    const root = makeTree({ "menu.tsx": 'export const Menu = () => <a href="/">Home</a>;\n', "urls.ts": "export const x = <string>y;\n" });
    const menu = getProjectModule(path.join(root, "menu.tsx"));
    expect(menu?.program.body[0]?.parent).toBe(menu?.program);
    expect(menu?.scopeManager.globalScope).toBeTruthy();
    // `.ts` files are parsed without JSX, so a `<T>x` assertion parses.
    expect(getProjectModule(path.join(root, "urls.ts"))).not.toBeNull();
  });

  it("parses a module once and hands out the same tree", () => {
    const root = makeTree({ "a.ts": "export const a = 1;\n" });
    const file = path.join(root, "a.ts");
    expect(getProjectModule(file)).toBe(getProjectModule(file));
    expect(getProjectModelStats()).toMatchObject({ filesRead: 1, modulesParsed: 1 });
  });

  it("reads a changed file again once the freshness interval has passed", () => {
    const root = makeTree({ "a.ts": "export const a = 1;\n" });
    const file = path.join(root, "a.ts");
    const first = getProjectModule(file);
    writeFileSync(file, "export const a = 22;\n");
    expect(getProjectModule(file)).toBe(first);
    letTimePass();
    const second = getProjectModule(file);
    expect(second).not.toBe(first);
    expect(second?.text).toBe("export const a = 22;\n");
  });

  it("skips files it cannot parse, read or that are too big, silently", () => {
    const root = makeTree({ "broken.ts": "export const = ;\n", "huge.ts": `export const a = "${"x".repeat(300 * 1024)}";\n` });
    expect(getProjectModule(path.join(root, "broken.ts"))).toBeNull();
    expect(getProjectModule(path.join(root, "huge.ts"))).toBeNull();
    expect(getProjectModule(path.join(root, "missing.ts"))).toBeNull();
    expect(readModuleText(path.join(root, "huge.ts"))).toBeNull();
    expect(getProjectModelStats()).toMatchObject({ modulesParsed: 0, filesSkipped: 2 });
  });
});

describe("deriveFromFile", () => {
  it("computes once, and again when a file read meanwhile changes", () => {
    const root = makeTree({ "a.ts": "a", "b.ts": "b" });
    const [a, b] = [path.join(root, "a.ts"), path.join(root, "b.ts")];
    let runs = 0;
    const derive = () => deriveFromFile(a, "joined", () => `${readModuleText(a)}${readModuleText(b)}${++runs}`, "");
    expect(derive()).toBe("ab1");
    expect(derive()).toBe("ab1");
    writeFileSync(b, "bb");
    letTimePass();
    expect(derive()).toBe("abb2");
  });

  it("computes again when a file read by a value it used changes", () => {
    const root = makeTree({ "a.ts": "a", "b.ts": "b" });
    const [a, b] = [path.join(root, "a.ts"), path.join(root, "b.ts")];
    let runs = 0;
    const inner = () => deriveFromFile(b, "inner", () => readModuleText(b), null);
    const outer = () => deriveFromFile(a, "outer", () => `${readModuleText(a)}${inner()}${++runs}`, "");
    expect(outer()).toBe("ab1");
    letTimePass();
    expect(outer()).toBe("ab1");
    writeFileSync(b, "bb");
    letTimePass();
    expect(outer()).toBe("abb2");
  });

  it("gives a computation that asks for its own value the fallback, not a loop", () => {
    const root = makeTree({ "a.ts": "a" });
    const file = path.join(root, "a.ts");
    const derive = (): string => deriveFromFile(file, "self", () => `[${derive()}]`, "cycle") ?? "unreadable";
    expect(derive()).toBe("[cycle]");
  });

  it("keeps no value computed on a cycle's guess, so the answer doesn't depend on which file came first", () => {
    const root = makeTree({ "a.ts": "", "b.ts": "", "c.ts": "link" });
    const [a, b, c] = ["a.ts", "b.ts", "c.ts"].map((file) => path.join(root, file)) as [string, string, string];
    // a imports b and c, b imports a: b reaches c's link through a.
    const importsOf: Record<string, string[]> = { [a]: [b, c], [b]: [a], [c]: [] };
    const reaches = (file: string): boolean =>
      deriveFromFile(file, "reach", () => readModuleText(file) === "link" || importsOf[file]!.some(reaches), false) ?? false;
    expect(reaches(a)).toBe(true);
    // While a was in progress, b saw a's guess (false) and came out false; that result was not kept.
    expect(reaches(b)).toBe(true);
  });

  it("returns undefined for a file that can't be read", () => {
    expect(deriveFromFile(path.join(os.tmpdir(), "no-such-dir-next-logout", "a.ts"), "x", () => 1, 0)).toBeUndefined();
  });
});

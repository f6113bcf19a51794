import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectNextVersion, parseNextRange, parseNextVersion } from "../../../src/project/next-version.ts";
import { makeTree, packageJson, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

describe("parseNextVersion", () => {
  it("parses a major version", () => {
    expect(parseNextVersion("16")).toEqual({ major: 16, minor: 0 });
  });

  it("parses a major and minor version", () => {
    expect(parseNextVersion("14.2")).toEqual({ major: 14, minor: 2 });
  });

  it("parses a full version, dropping the patch", () => {
    expect(parseNextVersion("15.0.3")).toEqual({ major: 15, minor: 0 });
  });

  it("ignores surrounding whitespace", () => {
    expect(parseNextVersion(" 14.2 ")).toEqual({ major: 14, minor: 2 });
  });

  it.each(["", "sixteen", "v16", "^15.1.0", "15.x", "15.0.3.1", "15.0.0-canary.1", "14."])("rejects %j", (text) => {
    expect(parseNextVersion(text)).toBeNull();
  });
});

describe("parseNextRange", () => {
  it.each([
    ["^15.1.0", 15, 1],
    ["~14.2.3", 14, 2],
    [">=13.4 <15", 13, 4],
    ["16.4.6", 16, 4],
    ["16", 16, 0],
    ["v14.2.3", 14, 2],
    ["15.0.0-canary.12", 15, 0],
    ["^14.2.0 || ^15.0.0", 14, 2],
    ["npm:next@15.2.0", 15, 2],
    ["workspace:^15.1.0", 15, 1],
  ])("reads %j as %i.%i", (range, major, minor) => {
    expect(parseNextRange(range)).toEqual({ major, minor });
  });

  it.each(["latest", "canary", "workspace:*", "*", "", "file:../next", "<15"])("returns null for %j", (range) => {
    expect(parseNextRange(range)).toBeNull();
  });
});

describe("detectNextVersion", () => {
  it("reads next from dependencies of the nearest package.json", () => {
    const root = makeTree({ "package.json": packageJson({ dependencies: { next: "^15.1.0" } }) });
    expect(detectNextVersion(path.join(root, "app", "logout", "page.tsx"))).toEqual({ major: 15, minor: 1 });
  });

  it("reads next from devDependencies", () => {
    const root = makeTree({ "package.json": packageJson({ devDependencies: { next: "~14.2.3" } }) });
    expect(detectNextVersion(path.join(root, "src", "nav.tsx"))).toEqual({ major: 14, minor: 2 });
  });

  it("reads next from peerDependencies", () => {
    const root = makeTree({ "package.json": packageJson({ peerDependencies: { next: ">=13.4" } }) });
    expect(detectNextVersion(path.join(root, "index.tsx"))).toEqual({ major: 13, minor: 4 });
  });

  it("prefers dependencies over devDependencies", () => {
    const root = makeTree({
      "package.json": packageJson({ dependencies: { next: "16.0.0" }, devDependencies: { next: "15.0.0" } }),
    });
    expect(detectNextVersion(path.join(root, "page.tsx"))).toEqual({ major: 16, minor: 0 });
  });

  it("lets a workspace package without next defer to the package above it that has next", () => {
    const root = makeTree({
      "package.json": packageJson({ devDependencies: { next: "^15.2.0" } }),
      "packages/ui/package.json": packageJson({ dependencies: { react: "^19.0.0" } }),
    });
    expect(detectNextVersion(path.join(root, "packages", "ui", "src", "button.tsx"))).toEqual({ major: 15, minor: 2 });
  });

  it("uses the nearest package that has next, not the monorepo root", () => {
    const root = makeTree({
      "package.json": packageJson({ devDependencies: { next: "14.2.0" } }),
      "apps/web/package.json": packageJson({ dependencies: { next: "16.1.0" } }),
    });
    expect(detectNextVersion(path.join(root, "apps", "web", "app", "page.tsx"))).toEqual({ major: 16, minor: 1 });
  });

  it("skips a package.json that is not valid JSON", () => {
    const root = makeTree({
      "package.json": packageJson({ dependencies: { next: "15.0.0" } }),
      "app/package.json": "{ not json",
    });
    expect(detectNextVersion(path.join(root, "app", "page.tsx"))).toEqual({ major: 15, minor: 0 });
  });

  it("returns null when next is a tag such as latest", () => {
    const root = makeTree({ "package.json": packageJson({ dependencies: { next: "latest" } }) });
    expect(detectNextVersion(path.join(root, "page.tsx"))).toBeNull();
  });

  it("returns null when no package.json above the file has next", () => {
    const root = makeTree({ "package.json": packageJson({ dependencies: { react: "^19.0.0" } }) });
    expect(detectNextVersion(path.join(root, "page.tsx"))).toBeNull();
  });

  it("returns null when there is no package.json at all", () => {
    const root = makeTree({ "app/page.tsx": "" });
    expect(detectNextVersion(path.join(root, "app", "page.tsx"))).toBeNull();
  });

  it("returns null for a relative filename", () => {
    expect(detectNextVersion(path.join("app", "page.tsx"))).toBeNull();
  });

  it("caches the answer per directory for the process", () => {
    const root = makeTree({ "package.json": packageJson({ dependencies: { next: "15.0.0" } }) });
    const filename = path.join(root, "page.tsx");
    expect(detectNextVersion(filename)).toEqual({ major: 15, minor: 0 });
    writeFileSync(path.join(root, "package.json"), packageJson({ dependencies: { next: "16.0.0" } }));
    expect(detectNextVersion(filename)).toEqual({ major: 15, minor: 0 });
  });
});

describe("parseNextRange: x-ranges", () => {
  it.each([
    ["15.x", 15, 0],
    ["^15.x", 15, 0],
    ["14.2.x", 14, 2],
    ["15.*", 15, 0],
    ["16.X.X", 16, 0],
  ])("reads %j as %i.%i", (range, major, minor) => {
    expect(parseNextRange(range)).toEqual({ major, minor });
  });
});

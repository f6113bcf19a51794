import { chmodSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isUseServerModule, startsWithUseServer } from "../../../src/session/server-action-modules.ts";
import { fixtureFile } from "../../rule-tester.ts";

describe("startsWithUseServer", () => {
  it("reads the directive in either quote, with or without a semicolon", () => {
    expect(startsWithUseServer('"use server";\nexport async function a() {}')).toBe(true);
    expect(startsWithUseServer("'use server'\nexport async function a() {}")).toBe(true);
  });

  it("skips a BOM, a hashbang, comments and other directives", () => {
    expect(startsWithUseServer('\uFEFF#!/usr/bin/env node\n/* a */\n// b\n"use strict";\n"use server";\n')).toBe(true);
  });

  it("ignores the string anywhere after the first statement", () => {
    expect(startsWithUseServer('import x from "y";\n"use server";\n')).toBe(false);
    expect(startsWithUseServer('const note = "use server";\n')).toBe(false);
  });

  it("ignores a string that starts an expression", () => {
    expect(startsWithUseServer('"use server" + suffix;\n')).toBe(false);
  });

  it("ignores 'use client'", () => {
    expect(startsWithUseServer('"use client";\n')).toBe(false);
  });
});

describe("isUseServerModule", () => {
  const importer = fixtureFile("server-actions", "components/sign-out-button.tsx");
  const scratch = mkdtempSync(path.join(tmpdir(), "use-server-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("resolves relative specifiers and the @/ and ~/ aliases, at the root and in src/", () => {
    expect(isUseServerModule("../app/actions", importer)).toBe(true);
    expect(isUseServerModule("@/app/actions", importer)).toBe(true);
    expect(isUseServerModule("~/lib/session-actions", importer)).toBe(true);
  });

  it("is false for a module without the directive, a missing file and a package", () => {
    expect(isUseServerModule("../lib/auth-client", importer)).toBe(false);
    expect(isUseServerModule("../lib/missing", importer)).toBe(false);
    expect(isUseServerModule("next-auth/react", importer)).toBe(false);
  });

  it("is false for an importer without an absolute path", () => {
    expect(isUseServerModule("./actions", "component.tsx")).toBe(false);
  });

  it("is false, without throwing, for a file it cannot read", () => {
    const file = path.join(scratch, "locked.ts");
    writeFileSync(file, '"use server";\n');
    chmodSync(file, 0o000);
    const canStillRead = process.getuid?.() === 0;
    expect(isUseServerModule("./locked", path.join(scratch, "importer.tsx"))).toBe(canStillRead);
  });

  it("sees a directive added after the first read", () => {
    const file = path.join(scratch, "later.ts");
    writeFileSync(file, "export async function signOut() {}\n");
    expect(isUseServerModule("./later", path.join(scratch, "importer.tsx"))).toBe(false);
    writeFileSync(file, '"use server";\nexport async function signOut() {}\n');
    // A later modification time than the first read's, whatever the file system's clock resolution.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(isUseServerModule("./later", path.join(scratch, "importer.tsx"))).toBe(true);
  });
});

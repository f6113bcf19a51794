import { describe, expect, it } from "vitest";
import { readPnpmWorkspacePackages, stripJsonComments } from "../../../src/project/config-files.ts";

describe("stripJsonComments", () => {
  it("drops line and block comments and trailing commas, and keeps strings that look like them", () => {
    const text = '{\n  // a comment\n  "paths": { "@/*": ["./src/*",], /* block */ "a//b": "c/*d*/", },\n  "e": "x,]",\n}';
    expect(JSON.parse(stripJsonComments(text))).toEqual({ paths: { "@/*": ["./src/*"], "a//b": "c/*d*/" }, e: "x,]" });
  });

  it("keeps escaped quotes inside strings", () => {
    expect(JSON.parse(stripJsonComments('{ "a": "say \\"hi\\" // not a comment" }'))).toEqual({ a: 'say "hi" // not a comment' });
  });
});

describe("readPnpmWorkspacePackages", () => {
  it("reads a block list, with quotes and comments, up to the next key", () => {
    expect(readPnpmWorkspacePackages("packages:\n  - 'apps/*'\n  - \"packages/**\" # shared\n  - tooling\ncatalog:\n  - nope\n")).toEqual([
      "apps/*",
      "packages/**",
      "tooling",
    ]);
  });

  it("reads a flow list, and nothing when there is no packages key", () => {
    expect(readPnpmWorkspacePackages('packages: ["apps/*", packages/*]\n')).toEqual(["apps/*", "packages/*"]);
    expect(readPnpmWorkspacePackages("catalog:\n  react: ^19\n")).toEqual([]);
  });
});

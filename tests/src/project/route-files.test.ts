import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findRouteHandlerFile } from "../../../src/project/route-files.ts";
import { makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

/** The route file (relative to the project) that answers `pathname` in a fresh project holding `files`. */
function answer(files: readonly string[], pathname: string): string | null {
  const root = makeTree(Object.fromEntries([["package.json", "{}"], ...files.map((file) => [file, ""])]));
  const found = findRouteHandlerFile(path.join(root, "components/menu.tsx"), pathname);
  return found === null ? null : path.relative(root, found).split(path.sep).join("/");
}

describe("findRouteHandlerFile", () => {
  it("finds the route file of a static path, in app/ or src/app/", () => {
    expect(answer(["app/api/session/route.ts"], "/api/session")).toBe("app/api/session/route.ts");
    expect(answer(["src/app/api/session/route.js"], "/api/session")).toBe("src/app/api/session/route.js");
  });

  it("looks through route groups and @slot folders", () => {
    expect(answer(["app/(auth)/api/session/route.ts"], "/api/session")).toBe("app/(auth)/api/session/route.ts");
  });

  it("matches dynamic and catch-all segments, the most specific first", () => {
    expect(answer(["app/api/devices/[id]/route.ts"], "/api/devices/current")).toBe("app/api/devices/[id]/route.ts");
    expect(answer(["app/api/[...path]/route.ts", "app/api/session/route.ts"], "/api/session")).toBe("app/api/session/route.ts");
    expect(answer(["app/api/[...path]/route.ts"], "/api/session")).toBe("app/api/[...path]/route.ts");
  });

  it("answers null for a page, for nothing, and for a project without an app directory", () => {
    expect(answer(["app/account/page.tsx", "app/[slug]/route.ts"], "/account")).toBeNull();
    expect(answer(["app/api/session/route.ts"], "/api/sessions")).toBeNull();
    expect(answer(["pages/api/session.ts"], "/api/session")).toBeNull();
    expect(findRouteHandlerFile("relative/file.tsx", "/api/session")).toBeNull();
  });
});

import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveImport } from "../../../src/project/module-resolver.ts";
import { makeTree, packageJson, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

const EXPORT = "export const value = 1;\n";

describe("resolveImport: relative imports", () => {
  const root = makeTree({
    "components/menu.tsx": EXPORT,
    "components/nav/index.ts": EXPORT,
    "lib/urls.ts": EXPORT,
    "lib/legacy.js": EXPORT,
    "lib/types.d.ts": "export declare const value: number;\n",
    "app/page.tsx": EXPORT,
  });
  const from = path.join(root, "app/page.tsx");

  it.each([
    ["an extensionless path", "../components/menu", "components/menu.tsx"],
    ["a path with its extension", "../components/menu.tsx", "components/menu.tsx"],
    ["a directory's index file", "../components/nav", "components/nav/index.ts"],
    ["a .js specifier naming a .ts source", "../lib/urls.js", "lib/urls.ts"],
    ["a JavaScript file", "../lib/legacy", "lib/legacy.js"],
  ])("resolves %s", (_, specifier, file) => {
    expect(resolveImport(specifier, from)).toBe(path.join(root, file));
  });

  it("never resolves to a declaration file", () => {
    expect(resolveImport("../lib/types", from)).toBeNull();
  });

  it("returns null for a file that does not exist", () => {
    expect(resolveImport("./missing", from)).toBeNull();
  });
});

describe("resolveImport: tsconfig and jsconfig", () => {
  it("follows `paths` relative to the config, with the longest prefix winning", () => {
    const root = makeTree({
      "tsconfig.json": '{\n  // comments and trailing commas are allowed\n  "compilerOptions": { "paths": { "@/*": ["./src/*"], "@/ui/*": ["./design/*",], }, },\n}\n',
      "src/lib/routes.ts": EXPORT,
      "design/button.tsx": EXPORT,
      "src/app/page.tsx": EXPORT,
    });
    const from = path.join(root, "src/app/page.tsx");
    expect(resolveImport("@/lib/routes", from)).toBe(path.join(root, "src/lib/routes.ts"));
    expect(resolveImport("@/ui/button", from)).toBe(path.join(root, "design/button.tsx"));
  });

  it("tries each target of a pattern in order", () => {
    const root = makeTree({
      "tsconfig.json": '{ "compilerOptions": { "paths": { "~/*": ["./generated/*", "./src/*"] } } }',
      "src/routes.ts": EXPORT,
      "page.tsx": EXPORT,
    });
    expect(resolveImport("~/routes", path.join(root, "page.tsx"))).toBe(path.join(root, "src/routes.ts"));
  });

  it("resolves `paths` against baseUrl, and bare specifiers against baseUrl alone", () => {
    const root = makeTree({
      "tsconfig.json": '{ "compilerOptions": { "baseUrl": "src", "paths": { "#urls": ["lib/urls.ts"] } } }',
      "src/lib/urls.ts": EXPORT,
      "src/components/menu.tsx": EXPORT,
      "src/app/page.tsx": EXPORT,
    });
    const from = path.join(root, "src/app/page.tsx");
    expect(resolveImport("#urls", from)).toBe(path.join(root, "src/lib/urls.ts"));
    expect(resolveImport("components/menu", from)).toBe(path.join(root, "src/components/menu.tsx"));
  });

  it("follows `extends`, relative and from a workspace package, the nearer config winning", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "monorepo", workspaces: ["apps/*", "packages/*"] }),
      "packages/tsconfig/package.json": packageJson({ name: "@acme/tsconfig" }),
      "packages/tsconfig/next.json": '{ "compilerOptions": { "paths": { "@shared/*": ["./shared/*"] } } }',
      "apps/web/tsconfig.base.json": '{ "extends": "@acme/tsconfig/next.json", "compilerOptions": { "baseUrl": "." } }',
      "apps/web/tsconfig.json": '{ "extends": "./tsconfig.base", "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      "apps/web/src/lib/routes.ts": EXPORT,
      "apps/web/src/app/page.tsx": EXPORT,
    });
    const from = path.join(root, "apps/web/src/app/page.tsx");
    expect(resolveImport("@/lib/routes", from)).toBe(path.join(root, "apps/web/src/lib/routes.ts"));
    // The base's own `paths` are replaced by the nearer config's, as in TypeScript.
    expect(resolveImport("@shared/x", from)).toBeNull();
  });

  it("reads jsconfig.json next to a JavaScript project's package.json", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "js-app" }),
      "jsconfig.json": '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
      "lib/routes.js": EXPORT,
      "app/page.jsx": EXPORT,
    });
    expect(resolveImport("@/lib/routes", path.join(root, "app/page.jsx"))).toBe(path.join(root, "lib/routes.js"));
  });

  it("survives a config that is not JSON and one that extends itself", () => {
    const broken = makeTree({ "tsconfig.json": "{ nope", "page.tsx": EXPORT, "lib.ts": EXPORT });
    expect(resolveImport("./lib", path.join(broken, "page.tsx"))).toBe(path.join(broken, "lib.ts"));
    expect(resolveImport("@/lib", path.join(broken, "page.tsx"))).toBeNull();
    const looped = makeTree({ "tsconfig.json": '{ "extends": "./tsconfig.json", "compilerOptions": { "paths": { "@/*": ["./*"] } } }', "page.tsx": EXPORT, "lib.ts": EXPORT });
    expect(resolveImport("@/lib", path.join(looped, "page.tsx"))).toBe(path.join(looped, "lib.ts"));
  });
});

describe("resolveImport: configs inside an App Router folder", () => {
  const config = (target: string) => `{ "compilerOptions": { "paths": { "@/*": ["${target}"] } } }`;

  it.each([
    ["app/", "app/(shop)/cart"],
    ["src/app/", "src/app/settings/[id]"],
  ])("reads the project's config for every folder of %s, as Next.js does, not one among the route folders", (_, routeFolder) => {
    const root = makeTree({
      "package.json": packageJson({ name: "app" }),
      "tsconfig.json": config("./lib/*"),
      [`${routeFolder}/tsconfig.json`]: config("./elsewhere/*"),
      "lib/routes.ts": EXPORT,
      [`${routeFolder}/elsewhere/routes.ts`]: EXPORT,
      [`${routeFolder}/page.tsx`]: EXPORT,
    });
    expect(resolveImport("@/routes", path.join(root, routeFolder, "page.tsx"))).toBe(path.join(root, "lib/routes.ts"));
  });

  it("takes a folder named app with no package.json beside it as any other folder (a Docker WORKDIR /app)", () => {
    const root = makeTree({
      "app/package.json": packageJson({ name: "app" }),
      "app/tsconfig.json": config("./lib/*"),
      "app/tools/tsconfig.json": config("./generated/*"),
      "app/tools/generated/routes.ts": EXPORT,
      "app/tools/cli.ts": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(root, "app/tools/cli.ts"))).toBe(path.join(root, "app/tools/generated/routes.ts"));
  });

  it("looks outside the App Router folder as before: a nested config there is read", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "app" }),
      "tsconfig.json": config("./lib/*"),
      "e2e/tsconfig.json": config("./fixtures/*"),
      "e2e/fixtures/routes.ts": EXPORT,
      "e2e/logout.spec.ts": EXPORT,
      "app/page.tsx": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(root, "e2e/logout.spec.ts"))).toBe(path.join(root, "e2e/fixtures/routes.ts"));
  });
});

describe("resolveImport: a directory's config, found from its parent's", () => {
  const config = (target: string) => `{ "compilerOptions": { "paths": { "@/*": ["${target}"] } } }`;

  it("takes a nested config over the parent's, whichever directory is asked first", () => {
    const root = makeTree({
      "tsconfig.json": config("./lib/*"),
      "lib/routes.ts": EXPORT,
      "tools/tsconfig.json": config("./generated/*"),
      "tools/generated/routes.ts": EXPORT,
      "tools/deep/er/cli.ts": EXPORT,
      "components/deep/er/menu.tsx": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(root, "tools/deep/er/cli.ts"))).toBe(path.join(root, "tools/generated/routes.ts"));
    expect(resolveImport("@/routes", path.join(root, "components/deep/er/menu.tsx"))).toBe(path.join(root, "lib/routes.ts"));
    expect(resolveImport("@/routes", path.join(root, "tools/deep/cli.ts"))).toBe(path.join(root, "tools/generated/routes.ts"));
  });

  it("takes a tsconfig above over a jsconfig below, and a jsconfig below over one above", () => {
    const typed = makeTree({
      "tsconfig.json": config("./lib/*"),
      "lib/routes.ts": EXPORT,
      "scripts/jsconfig.json": config("./js/*"),
      "scripts/js/routes.js": EXPORT,
      "scripts/sub/run.js": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(typed, "scripts/sub/run.js"))).toBe(path.join(typed, "lib/routes.ts"));
    const plain = makeTree({
      "jsconfig.json": config("./lib/*"),
      "lib/routes.js": EXPORT,
      "scripts/jsconfig.json": config("./js/*"),
      "scripts/js/routes.js": EXPORT,
      "scripts/sub/run.js": EXPORT,
      "pages/sub/index.js": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(plain, "pages/sub/index.js"))).toBe(path.join(plain, "lib/routes.js"));
    expect(resolveImport("@/routes", path.join(plain, "scripts/sub/run.js"))).toBe(path.join(plain, "scripts/js/routes.js"));
  });

  it("reads the config of a package whose App Router folder sits inside another's", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "outer" }),
      "tsconfig.json": config("./lib/*"),
      "lib/routes.ts": EXPORT,
      "app/demo/package.json": packageJson({ name: "demo" }),
      "app/demo/tsconfig.json": config("./own/*"),
      "app/demo/own/routes.ts": EXPORT,
      "app/demo/app/page.tsx": EXPORT,
      "app/page.tsx": EXPORT,
    });
    expect(resolveImport("@/routes", path.join(root, "app/page.tsx"))).toBe(path.join(root, "lib/routes.ts"));
    expect(resolveImport("@/routes", path.join(root, "app/demo/app/page.tsx"))).toBe(path.join(root, "app/demo/own/routes.ts"));
  });

  it("finds a workspace package from a directory with no config above it", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "repo", private: true, workspaces: ["packages/*"] }),
      "packages/urls/package.json": packageJson({ name: "@acme/urls", main: "./index.js" }),
      "packages/urls/index.js": EXPORT,
      "apps/site/deep/menu.js": EXPORT,
    });
    expect(resolveImport("@acme/urls", path.join(root, "apps/site/deep/menu.js"))).toBe(path.join(root, "packages/urls/index.js"));
  });
});

describe("resolveImport: workspace packages, with no node_modules", () => {
  it("finds npm/yarn workspaces by package name, through `exports` conditions pointing at sources", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "monorepo", workspaces: { packages: ["packages/*"] } }),
      "packages/auth/package.json": packageJson({
        name: "@acme/auth",
        exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js", source: "./src/index.ts" }, "./urls": "./src/urls.ts", "./helpers/*": "./src/helpers/*.ts" },
      }),
      "packages/auth/src/index.ts": EXPORT,
      "packages/auth/src/urls.ts": EXPORT,
      "packages/auth/src/helpers/logout.ts": EXPORT,
      "apps/web/app/page.tsx": EXPORT,
    });
    const from = path.join(root, "apps/web/app/page.tsx");
    expect(resolveImport("@acme/auth", from)).toBe(path.join(root, "packages/auth/src/index.ts"));
    expect(resolveImport("@acme/auth/urls", from)).toBe(path.join(root, "packages/auth/src/urls.ts"));
    expect(resolveImport("@acme/auth/helpers/logout", from)).toBe(path.join(root, "packages/auth/src/helpers/logout.ts"));
    expect(resolveImport("@acme/auth/missing", from)).toBeNull();
  });

  it("finds pnpm workspaces, through `main`, `types` and `source`", () => {
    const root = makeTree({
      "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - \"tooling/**\"\n  - '!**/fixtures/**'\n",
      "packages/ui/package.json": packageJson({ name: "@acme/ui", main: "./dist/index.js", types: "./src/index.tsx" }),
      "packages/ui/src/index.tsx": EXPORT,
      "packages/urls/package.json": packageJson({ name: "urls", source: "lib/index.ts", main: "dist/index.js" }),
      "packages/urls/lib/index.ts": EXPORT,
      "tooling/config/nested/package.json": packageJson({ name: "@acme/config" }),
      "tooling/config/nested/index.ts": EXPORT,
      "tooling/fixtures/package.json": packageJson({ name: "fixtures" }),
      "tooling/fixtures/index.ts": EXPORT,
      "app/page.tsx": EXPORT,
    });
    const from = path.join(root, "app/page.tsx");
    expect(resolveImport("@acme/ui", from)).toBe(path.join(root, "packages/ui/src/index.tsx"));
    expect(resolveImport("urls", from)).toBe(path.join(root, "packages/urls/lib/index.ts"));
    expect(resolveImport("@acme/config", from)).toBe(path.join(root, "tooling/config/nested/index.ts"));
    expect(resolveImport("fixtures", from)).toBeNull();
  });

  it("falls back to src/index when the entry points at an unbuilt dist/", () => {
    const root = makeTree({
      "package.json": packageJson({ name: "monorepo", workspaces: ["packages/*"] }),
      "packages/auth/package.json": packageJson({ name: "@acme/auth", main: "./dist/index.js" }),
      "packages/auth/src/index.ts": EXPORT,
      "page.tsx": EXPORT,
    });
    expect(resolveImport("@acme/auth", path.join(root, "page.tsx"))).toBe(path.join(root, "packages/auth/src/index.ts"));
  });

  it("leaves packages from node_modules alone", () => {
    const root = makeTree({ "package.json": packageJson({ name: "app" }), "node_modules/some-lib/index.js": EXPORT, "page.tsx": EXPORT });
    const from = path.join(root, "page.tsx");
    expect(resolveImport("some-lib", from)).toBeNull();
    expect(resolveImport("next/link", from)).toBeNull();
    expect(resolveImport("next-intl/navigation", from)).toBeNull();
  });
});

import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getModuleScope } from "../../../src/project/module-scope.ts";
import { resetProjectModel } from "../../../src/project/project-model.ts";
import { evaluateScoped, type HrefValue } from "../../../src/urls/href-value.ts";
import { UNKNOWN } from "../../../src/urls/url-shape.ts";
import { makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);
beforeEach(resetProjectModel);

/** What `name`, exported by `file` of a tree, evaluates to (calls included). */
function evaluateExport(files: Record<string, string>, file: string, name: string): HrefValue | null {
  const root = makeTree(files);
  const value = getModuleScope(path.join(root, file))?.resolveExport(name);
  return value ? evaluateScoped(value, { calls: true }) : null;
}

const url = (value: string): HrefValue => ({ urls: [value], form: "string", staticUrl: value });

describe("ModuleScope: exports", () => {
  it("reads exported consts, default exports and values imported from other modules", () => {
    const files = {
      "base.ts": 'export const AUTH = "/api/auth";\n',
      "routes.ts": 'import { AUTH } from "./base";\nexport const LOGOUT = AUTH + "/logout";\nconst home = "/";\nexport default home;\n',
    };
    expect(evaluateExport(files, "routes.ts", "LOGOUT")).toEqual(url("/api/auth/logout"));
    expect(evaluateExport(files, "routes.ts", "default")).toEqual(url("/"));
  });

  it("follows `export *`, renamed re-exports and `export * as`", () => {
    const files = {
      "routes.ts": 'export const LOGOUT = "/logout";\n',
      "index.ts": 'export * from "./other";\nexport * from "./routes";\nexport { LOGOUT as SIGN_OUT } from "./routes";\nexport * as urls from "./routes";\n',
      "other.ts": "export const unrelated = 1;\n",
      "page.ts": 'import { urls } from "./index";\nexport const href = urls.LOGOUT;\n',
    };
    expect(evaluateExport(files, "index.ts", "LOGOUT")).toEqual(url("/logout"));
    expect(evaluateExport(files, "index.ts", "SIGN_OUT")).toEqual(url("/logout"));
    expect(evaluateExport(files, "page.ts", "href")).toEqual(url("/logout"));
  });

  it("reads a namespace import's members and a destructured const", () => {
    const files = {
      "routes.ts": 'export const ROUTES = { auth: { logout: "/auth/logout" } };\nexport const { auth: { logout } } = ROUTES;\n',
      "page.ts": 'import * as routes from "./routes";\nexport const href = routes.ROUTES.auth.logout;\n',
    };
    expect(evaluateExport(files, "routes.ts", "logout")).toEqual(url("/auth/logout"));
    expect(evaluateExport(files, "page.ts", "href")).toEqual(url("/auth/logout"));
  });

  it("marks what comes from a package as external", () => {
    const root = makeTree({ "link.ts": 'export { default as Link } from "next/link";\nimport { useRouter } from "next-intl/navigation";\nexport { useRouter };\n' });
    const scope = getModuleScope(path.join(root, "link.ts"));
    expect(scope?.resolveExport("Link")?.external).toEqual({ source: "next/link", name: "default" });
    expect(scope?.resolveExport("useRouter")?.external).toEqual({ source: "next-intl/navigation", name: "useRouter" });
  });

  it("gives up on cycles, unresolvable imports and unparsable modules without throwing", () => {
    const files = {
      "a.ts": 'export * from "./b";\nexport { loop } from "./a";\n',
      "b.ts": 'export * from "./a";\n',
      "c.ts": 'import { LOGOUT } from "./broken";\nimport { MISSING } from "./nowhere";\nexport const one = LOGOUT;\nexport const two = MISSING;\n',
      "broken.ts": "export const LOGOUT = ;\n",
    };
    expect(evaluateExport(files, "a.ts", "missing")).toBeNull();
    expect(evaluateExport(files, "a.ts", "loop")).toBeNull();
    expect(evaluateExport(files, "c.ts", "one")).toEqual({ urls: [UNKNOWN], form: "other", staticUrl: null });
    expect(evaluateExport(files, "c.ts", "two")).toEqual({ urls: [UNKNOWN], form: "other", staticUrl: null });
    expect(evaluateExport(files, "broken.ts", "LOGOUT")).toBeNull();
  });
});

describe("evaluateScoped: URL helpers across files", () => {
  it("evaluates a function whose every return is one path, an unknown query allowed", () => {
    const files = {
      "urls.ts": [
        "export function createLogoutUrl(options?: { redirectAfter?: string }) {",
        '  if (!options?.redirectAfter) return "/api/auth/logout";',
        "  const params = new URLSearchParams({ returnTo: options.redirectAfter });",
        "  return `/api/auth/logout?${params}`;",
        "}",
        'export const href = createLogoutUrl({ redirectAfter: "/" });',
      ].join("\n"),
    };
    expect(evaluateExport(files, "urls.ts", "href")).toEqual({ urls: ["/api/auth/logout", `/api/auth/logout?${UNKNOWN}`], form: "string", staticUrl: null });
  });

  it("evaluates static methods and static arrow properties of a class, and object methods", () => {
    const files = {
      "url-service.ts": 'export class UrlService {\n  static logout = () => "/api/auth/logout";\n  static login() { return "/login"; }\n}\n',
      "routes.ts": 'export const Routes = { logout() { return "/logout"; }, home: () => "/" };\n',
      "page.ts": [
        'import { UrlService } from "./url-service";',
        'import { Routes } from "./routes";',
        "export const a = UrlService.logout();",
        "export const b = UrlService.login();",
        "export const c = Routes.logout();",
      ].join("\n"),
    };
    expect(evaluateExport(files, "page.ts", "a")).toEqual(url("/api/auth/logout"));
    expect(evaluateExport(files, "page.ts", "b")).toEqual(url("/login"));
    expect(evaluateExport(files, "page.ts", "c")).toEqual(url("/logout"));
  });

  it("treats a function with several paths, a parameter's value, or an async body as unknown", () => {
    const unknown = { urls: [UNKNOWN], form: "other", staticUrl: null };
    const files = {
      "urls.ts": [
        'export function pick(kind: string) { return kind === "out" ? "/logout" : "/login"; }',
        "export function echo(path: string) { return path; }",
        'export async function later() { return "/logout"; }',
        'export const a = pick("out");',
        'export const b = echo("/logout");',
        "export const c = later();",
      ].join("\n"),
    };
    expect(evaluateExport(files, "urls.ts", "a")).toEqual(unknown);
    expect(evaluateExport(files, "urls.ts", "b")).toEqual(unknown);
    expect(evaluateExport(files, "urls.ts", "c")).toEqual(unknown);
  });

  it("reads enum members", () => {
    expect(evaluateExport({ "routes.ts": 'export enum Route { Logout = "/logout" }\nexport const href = Route.Logout;\n' }, "routes.ts", "href")).toEqual(url("/logout"));
  });
});

import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { evaluateHref, type HrefValue } from "../../../src/urls/href-value.ts";
import { UNKNOWN } from "../../../src/urls/url-shape.ts";
import { createTopLevelConstResolver, parseModule } from "../helpers.ts";

/** Evaluates the initializer of `const href = …`, the last statement of `code`, seeing the module's other consts. */
function evaluateIn(code: string, jsx = true): HrefValue {
  const program = parseModule(code, jsx);
  const last = program.body.at(-1);
  const init = last?.type === AST_NODE_TYPES.VariableDeclaration ? last.declarations[0]?.init : null;
  if (!init) throw new Error("the code must end with `const href = …;`");
  return evaluateHref(init, createTopLevelConstResolver(program));
}

const unknown: HrefValue = { urls: [UNKNOWN], form: "other", staticUrl: null };
const notAPath: HrefValue = { urls: [], form: "other", staticUrl: null };
const staticString = (url: string): HrefValue => ({ urls: [url], form: "string", staticUrl: url });

describe("evaluateHref: literals and templates", () => {
  it("evaluates a string literal", () => {
    expect(evaluateIn('const href = "/logout";')).toEqual(staticString("/logout"));
  });

  it("evaluates a number literal to no URL", () => {
    expect(evaluateIn("const href = 42;")).toEqual(notAPath);
  });

  it("evaluates a template without expressions", () => {
    expect(evaluateIn("const href = `/logout`;")).toEqual(staticString("/logout"));
  });

  it("uses the cooked text of a template", () => {
    expect(evaluateIn("const href = `/a\\u0062c`;")).toEqual(staticString("/abc"));
  });

  it("marks a runtime part of a template as unknown and keeps the string form", () => {
    expect(evaluateIn("const href = `/logout?next=${next}`;")).toEqual({
      urls: [`/logout?next=${UNKNOWN}`],
      form: "string",
      staticUrl: null,
    });
  });

  it("inlines const strings into a template", () => {
    expect(evaluateIn('const BASE = "/api/auth";\nconst href = `${BASE}/signout`;')).toEqual(
      staticString("/api/auth/signout"),
    );
  });

  it("inlines a const template into a template", () => {
    expect(evaluateIn('const A = "/api";\nconst B = `${A}/auth`;\nconst href = `${B}/logout`;')).toEqual(
      staticString("/api/auth/logout"),
    );
  });

  it("marks a non-string part of a template as unknown", () => {
    expect(evaluateIn("const href = `/page/${1}`;")).toEqual({ urls: [`/page/${UNKNOWN}`], form: "string", staticUrl: null });
  });

  it("marks a conditional part of a template as unknown", () => {
    expect(evaluateIn('const href = `/${ok ? "a" : "b"}/logout`;').urls).toEqual([`/${UNKNOWN}/logout`]);
  });
});

describe("evaluateHref: conditionals and logical expressions", () => {
  it("lists both branches of a conditional, still a string but not static", () => {
    expect(evaluateIn('const href = ok ? "/logout" : "/login";')).toEqual({
      urls: ["/logout", "/login"],
      form: "string",
      staticUrl: null,
    });
  });

  it("gives the other form when a branch is unknown", () => {
    expect(evaluateIn('const href = ok ? "/logout" : url;')).toEqual({
      urls: ["/logout", UNKNOWN],
      form: "other",
      staticUrl: null,
    });
  });

  it("lists both sides of || with an unknown left side", () => {
    expect(evaluateIn('const href = next || "/logout";')).toEqual({
      urls: [UNKNOWN, "/logout"],
      form: "other",
      staticUrl: null,
    });
  });

  it("keeps the string form for || between two strings", () => {
    expect(evaluateIn('const href = "/a" || "/b";')).toEqual({ urls: ["/a", "/b"], form: "string", staticUrl: null });
  });

  it("lists both sides of ??", () => {
    expect(evaluateIn('const href = next ?? "/logout";')).toEqual({
      urls: [UNKNOWN, "/logout"],
      form: "other",
      staticUrl: null,
    });
  });

  it("takes only the right side of && and never the string form", () => {
    expect(evaluateIn('const href = "/a" && "/logout";')).toEqual({ urls: ["/logout"], form: "other", staticUrl: null });
  });
});

describe("evaluateHref: consts", () => {
  it("follows an identifier to its const initializer", () => {
    expect(evaluateIn('const LOGOUT = "/logout";\nconst href = LOGOUT;')).toEqual(staticString("/logout"));
  });

  it("follows a chain of consts", () => {
    expect(evaluateIn('const A = "/logout";\nconst B = A;\nconst C = B;\nconst href = C;')).toEqual(
      staticString("/logout"),
    );
  });

  it("treats an identifier that is not a const as unknown", () => {
    expect(evaluateIn('let LOGOUT = "/logout";\nconst href = LOGOUT;')).toEqual(unknown);
  });

  it("reads a property of a const object", () => {
    expect(evaluateIn('const ROUTES = { logout: "/logout" };\nconst href = ROUTES.logout;')).toEqual(
      staticString("/logout"),
    );
  });

  it("reads a property by a string or number literal key", () => {
    const code = 'const ROUTES = { "sign-out": "/sign-out", 1: "/one" };\n';
    expect(evaluateIn(`${code}const href = ROUTES["sign-out"];`)).toEqual(staticString("/sign-out"));
    expect(evaluateIn(`${code}const href = ROUTES[1];`)).toEqual(staticString("/one"));
  });

  it("treats a missing property as unknown", () => {
    expect(evaluateIn('const ROUTES = { logout: "/logout" };\nconst href = ROUTES.login;')).toEqual(unknown);
  });

  it("treats a property read by a variable key as unknown", () => {
    expect(evaluateIn('const ROUTES = { logout: "/logout" };\nconst href = ROUTES[key];')).toEqual(unknown);
  });

  it("reads a property written after a spread, which the spread cannot override", () => {
    expect(evaluateIn('const ROUTES = { ...BASE, logout: "/logout" };\nconst href = ROUTES.logout;')).toEqual(staticString("/logout"));
  });

  it("treats a property written before an unknown spread as unknown", () => {
    expect(evaluateIn('const ROUTES = { logout: "/logout", ...OVERRIDES };\nconst href = ROUTES.logout;')).toEqual(unknown);
  });

  it("reads a property through a known spread", () => {
    const code = 'const AUTH = { logout: "/logout" };\nconst ROUTES = { home: "/", ...AUTH };\n';
    expect(evaluateIn(`${code}const href = ROUTES.logout;`)).toEqual(staticString("/logout"));
  });

  it("treats a property of a non-const object as unknown", () => {
    expect(evaluateIn("const href = routes.logout;")).toEqual(unknown);
  });
});

describe("evaluateHref: URL objects", () => {
  it("formats a static URL object", () => {
    expect(evaluateIn('const href = { pathname: "/logout", query: { next: "/home" } };')).toEqual({
      urls: ["/logout?next=%2Fhome"],
      form: "object",
      staticUrl: "/logout?next=%2Fhome",
    });
  });

  it("formats numbers, booleans and arrays in a static query", () => {
    expect(evaluateIn('const href = { pathname: "/p", query: { page: 2, all: true, tag: ["a", "b"] } };').staticUrl).toBe(
      "/p?page=2&all=true&tag=a&tag=b",
    );
  });

  it("reads a query held in a const", () => {
    expect(evaluateIn('const QUERY = { a: "1" };\nconst href = { pathname: "/p", query: QUERY };').staticUrl).toBe("/p?a=1");
  });

  it("formats search and hash given as const strings", () => {
    expect(evaluateIn('const H = "top";\nconst href = { pathname: "/p", search: "?x=1", hash: H };')).toEqual({
      urls: ["/p?x=1#top"],
      form: "object",
      staticUrl: "/p?x=1#top",
    });
  });

  it("formats an object without a pathname", () => {
    expect(evaluateIn('const href = { hash: "top" };')).toEqual({ urls: ["#top"], form: "object", staticUrl: "#top" });
  });

  it("gives the other form for a query known only at run time, with an unknown tail", () => {
    expect(evaluateIn('const href = { pathname: "/logout", query: { next } };')).toEqual({
      urls: [`/logout?${UNKNOWN}`],
      form: "other",
      staticUrl: null,
    });
  });

  it("gives the other form for a hash known only at run time", () => {
    expect(evaluateIn('const href = { pathname: "/logout", hash: id };')).toEqual({
      urls: [`/logout?${UNKNOWN}`],
      form: "other",
      staticUrl: null,
    });
  });

  it("keeps the pathname shape of a dynamic pathname without a tail", () => {
    expect(evaluateIn("const href = { pathname: `/${locale}/logout` };")).toEqual({
      urls: [`/${UNKNOWN}/logout`],
      form: "other",
      staticUrl: null,
    });
  });

  it("lists both pathnames of a conditional pathname", () => {
    expect(evaluateIn('const href = { pathname: ok ? "/a" : "/b" };')).toEqual({
      urls: ["/a", "/b"],
      form: "other",
      staticUrl: null,
    });
  });

  it("treats a pathname known only at run time as unknown", () => {
    expect(evaluateIn("const href = { pathname: path };")).toEqual(unknown);
  });

  it.each(["host", "hostname", "protocol", "auth", "port", "slashes", "href"])("gives no URL for an object with %s", (key) => {
    expect(evaluateIn(`const href = { ${key}: "x", pathname: "/logout" };`)).toEqual(notAPath);
  });

  it("treats an object with a spread as unknown", () => {
    expect(evaluateIn('const href = { ...base, pathname: "/logout" };')).toEqual(unknown);
  });

  it("treats an object with a computed key as unknown", () => {
    expect(evaluateIn('const href = { [key]: "/logout" };')).toEqual(unknown);
  });

  it("treats an object with a method as unknown", () => {
    expect(evaluateIn('const href = { pathname: "/logout", toString() { return "/x"; } };')).toEqual(unknown);
  });

  it("evaluates a URL object held in a const", () => {
    expect(evaluateIn('const TO = { pathname: "/logout" };\nconst href = TO;').staticUrl).toBe("/logout");
  });
});

describe("evaluateHref: TypeScript wrappers", () => {
  it("looks through as const", () => {
    expect(evaluateIn('const href = "/logout" as const;')).toEqual(staticString("/logout"));
  });

  it("looks through satisfies", () => {
    expect(evaluateIn('const href = { pathname: "/logout" } satisfies object;').staticUrl).toBe("/logout");
  });

  it("looks through a non-null assertion", () => {
    expect(evaluateIn('const LOGOUT = "/logout";\nconst href = LOGOUT!;')).toEqual(staticString("/logout"));
  });

  it("reads a property of a const object declared as const", () => {
    expect(evaluateIn('const ROUTES = { logout: "/logout" } as const;\nconst href = ROUTES.logout;')).toEqual(
      staticString("/logout"),
    );
  });

  it("reads a property of a const object declared with satisfies", () => {
    const code = 'const ROUTES = { logout: "/logout" } satisfies Record<string, string>;\nconst href = ROUTES.logout;';
    expect(evaluateIn(code)).toEqual(staticString("/logout"));
  });

  it("reads a query held in a const declared as const", () => {
    expect(evaluateIn('const QUERY = { a: "1" } as const;\nconst href = { pathname: "/p", query: QUERY };').staticUrl).toBe(
      "/p?a=1",
    );
  });

  it("looks through nested wrappers", () => {
    expect(evaluateIn('const href = ("/logout" as const satisfies string)!;')).toEqual(staticString("/logout"));
  });

  it("looks through an angle-bracket type assertion", () => {
    expect(evaluateIn('const href = <string>"/logout";', false)).toEqual(staticString("/logout"));
  });
});

describe("evaluateHref: unknown expressions and guards", () => {
  it.each(["getUrl()", 'new URL("/logout", base)', "this.url", "await url"])("treats %s as unknown", (code) => {
    expect(evaluateIn(`const href = ${code};`)).toEqual(unknown);
  });

  it("treats a global such as undefined as unknown", () => {
    expect(evaluateIn("const href = undefined;")).toEqual(unknown);
  });

  it("stops on consts that refer to each other", () => {
    expect(evaluateIn("const a = b;\nconst b = a;\nconst href = a;")).toEqual(unknown);
  });

  it("stops on a const object that reads itself", () => {
    expect(evaluateIn("const R = { x: R.x };\nconst href = R.x;")).toEqual(unknown);
  });

  it("gives up on a very long chain of consts", () => {
    const chain = Array.from({ length: 20 }, (_, i) => `const c${i + 1} = c${i};`).join("\n");
    expect(evaluateIn(`const c0 = "/logout";\n${chain}\nconst href = c20;`)).toEqual(unknown);
  });
});

describe("evaluateHref: string concatenation", () => {
  it("joins a const prefix and a literal", () => {
    expect(evaluateIn('const BASE = "/auth";\nconst href = BASE + "/logout";')).toEqual(staticString("/auth/logout"));
  });

  it("keeps a run-time part as unknown, and the whole as a string", () => {
    expect(evaluateIn('const href = "/logout?next=" + next;')).toEqual({
      urls: [`/logout?next=${UNKNOWN}`],
      form: "string",
      staticUrl: null,
    });
  });

  it("gives an unknown origin to a run-time prefix", () => {
    expect(evaluateIn('const href = origin + "/logout";').urls).toEqual([`${UNKNOWN}/logout`]);
  });

  it("pairs every branch of both sides", () => {
    expect(evaluateIn('const href = (a ? "/x" : "/y") + "/logout";').urls).toEqual(["/x/logout", "/y/logout"]);
  });

  it("is unknown when neither side is known to be a string", () => {
    expect(evaluateIn("const href = a + b;")).toEqual(unknown);
  });

  it("is unknown for other operators", () => {
    expect(evaluateIn('const href = "/logout" - 1;')).toEqual(unknown);
  });
});

describe("evaluateHref: nested const objects", () => {
  it("reads a member of a member", () => {
    expect(evaluateIn('const ROUTES = { auth: { logout: "/logout" } };\nconst href = ROUTES.auth.logout;')).toEqual(
      staticString("/logout"),
    );
  });

  it("reads through as const at every level", () => {
    expect(
      evaluateIn('const ROUTES = { auth: { logout: "/logout" } as const } as const;\nconst href = ROUTES.auth.logout;', false),
    ).toEqual(staticString("/logout"));
  });

  it("is unknown for a missing member", () => {
    expect(evaluateIn('const ROUTES = { auth: {} };\nconst href = ROUTES.auth.logout;')).toEqual(unknown);
  });
});

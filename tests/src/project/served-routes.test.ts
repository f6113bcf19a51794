import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getServedRoutes, getServedRoutesFor, isServedOnlyByPage, matchesSegments, type ServedRoute } from "../../../src/project/served-routes.ts";
import { UNKNOWN } from "../../../src/urls/url-shape.ts";
import { makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

/** The routes of a fresh project holding `files`, as sorted `"page /a/b"` lines (the scan order is the file system's). */
function routesOf(...files: string[]): string[] | null {
  const root = makeTree(Object.fromEntries(files.map((file) => [file, ""])));
  return describeRoutes(getServedRoutes(root));
}

function describeRoutes(routes: readonly ServedRoute[] | null): string[] | null {
  return routes && routes.map(({ kind, segments }) => `${kind} /${segments.join("/")}`).sort();
}

const page = (...segments: string[]): ServedRoute => ({ kind: "page", segments });
const route = (...segments: string[]): ServedRoute => ({ kind: "route", segments });

describe("getServedRoutes in app/", () => {
  it("finds pages and route handlers by their folders", () => {
    expect(routesOf("app/page.tsx", "app/dashboard/page.tsx", "app/logout/route.ts")).toEqual([
      "page /",
      "page /dashboard",
      "route /logout",
    ]);
  });

  it("finds them under src/app too", () => {
    expect(routesOf("src/app/account/page.jsx", "src/app/api/auth/signout/route.js")).toEqual([
      "page /account",
      "route /api/auth/signout",
    ]);
  });

  it("strips route groups", () => {
    expect(routesOf("app/(auth)/logout/route.ts", "app/(marketing)/(nested)/about/page.tsx")).toEqual([
      "page /about",
      "route /logout",
    ]);
  });

  it("strips @slot folders", () => {
    expect(routesOf("app/@modal/settings/page.tsx")).toEqual(["page /settings"]);
  });

  it("keeps dynamic segments with their brackets", () => {
    expect(routesOf("app/[locale]/log-out/page.tsx", "app/api/[...rest]/route.ts")).toEqual([
      "page /[locale]/log-out",
      "route /api/[...rest]",
    ]);
  });

  it("skips private _folders", () => {
    expect(routesOf("app/_lib/logout/route.ts", "app/home/page.tsx")).toEqual(["page /home"]);
  });

  it("skips intercepting (.)folders of every depth", () => {
    expect(
      routesOf("app/@modal/(.)logout/page.tsx", "app/a/(..)b/page.tsx", "app/(...)c/page.tsx", "app/x/page.tsx"),
    ).toEqual(["page /x"]);
  });

  it("skips node_modules, .next and .git folders", () => {
    expect(routesOf("app/node_modules/x/page.tsx", "app/.next/y/route.ts", "app/.git/z/page.tsx")).toEqual([]);
  });

  it("accepts every page and route file extension Next.js does", () => {
    expect(
      routesOf(
        ...["ts", "tsx", "js", "jsx", "md", "mdx"].map((ext) => `app/p-${ext}/page.${ext}`),
        ...["ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts"].map((ext) => `app/r-${ext}/route.${ext}`),
      ),
    ).toHaveLength(14);
  });

  it("ignores layouts, loading states, tests and other files", () => {
    expect(
      routesOf("app/layout.tsx", "app/a/loading.tsx", "app/a/route.test.ts", "app/a/page.module.css", "app/a/default.tsx"),
    ).toEqual([]);
  });

  it("returns an empty list for an empty app directory", () => {
    const root = makeTree({});
    mkdirSync(path.join(root, "app"));
    expect(getServedRoutes(root)).toEqual([]);
  });
});

describe("getServedRoutes: escaped underscores", () => {
  it("reads a %5F folder as a URL segment starting with _", () => {
    expect(routesOf("app/%5Flogout/route.ts")).toEqual(["route /_logout"]);
  });
});

describe("getServedRoutes in pages/", () => {
  it("serves index files at their folder's path", () => {
    expect(routesOf("pages/index.tsx", "pages/blog/index.jsx")).toEqual(["page /", "page /blog"]);
  });

  it("serves other files at their own path", () => {
    expect(routesOf("pages/about.tsx", "pages/posts/[id].tsx")).toEqual(["page /about", "page /posts/[id]"]);
  });

  it("treats files under pages/api as route handlers", () => {
    expect(routesOf("pages/api/logout.ts", "pages/api/index.ts", "pages/api/auth/[...nextauth].ts")).toEqual([
      "route /api",
      "route /api/auth/[...nextauth]",
      "route /api/logout",
    ]);
  });

  it("skips _app, _document and _error at the top level", () => {
    expect(routesOf("pages/_app.tsx", "pages/_document.tsx", "pages/_error.tsx", "pages/home.tsx")).toEqual([
      "page /home",
    ]);
  });

  it("keeps files starting with _ below the top level", () => {
    expect(routesOf("pages/docs/_draft.tsx")).toEqual(["page /docs/_draft"]);
  });

  it("treats a top-level pages/api file as a route handler, as Next's isAPIRoute does", () => {
    expect(routesOf("pages/api.ts")).toEqual(["route /api"]);
  });

  it("ignores files that are not pages", () => {
    expect(routesOf("pages/styles.css", "pages/README")).toEqual([]);
  });

  it("finds them under src/pages too", () => {
    expect(routesOf("src/pages/api/signout.ts")).toEqual(["route /api/signout"]);
  });

  it("combines app/ and pages/", () => {
    expect(routesOf("app/logout/page.tsx", "pages/api/logout.ts")).toEqual(["page /logout", "route /api/logout"]);
  });
});

describe("getServedRoutes without an app or pages directory", () => {
  it("returns null", () => {
    expect(routesOf("components/nav.tsx", "package.json")).toBeNull();
  });

  it("returns null for a root that does not exist", () => {
    expect(getServedRoutes(path.join(makeTree({}), "missing"))).toBeNull();
  });
});

describe("getServedRoutes caching", () => {
  it("scans a root once per process", () => {
    const root = makeTree({ "app/a/page.tsx": "" });
    const first = getServedRoutes(root);
    writeFileSync(path.join(root, "app", "page.tsx"), "");
    expect(getServedRoutes(root)).toBe(first);
    expect(describeRoutes(first)).toEqual(["page /a"]);
  });
});

describe("getServedRoutesFor: only the folders on the way to one URL", () => {
  const files = [
    "app/page.tsx",
    "app/dashboard/page.tsx",
    "app/dashboard/settings/page.tsx",
    "app/(auth)/logout/route.ts",
    "app/(auth)/logout/page.tsx",
    "app/@modal/account/sign-out/page.tsx",
    "app/[locale]/log-out/page.tsx",
    "app/api/[...rest]/route.ts",
    "app/docs/[[...slug]]/page.tsx",
    "app/_private/logout/route.ts",
    "src/pages/api/auth/signout.ts",
    "src/pages/account/index.tsx",
    "src/pages/[team]/logout.tsx",
  ];
  const pathnames = ["/logout", "/account/sign-out", "/en/log-out", "/api/auth/logout", "/docs", "/docs/a/b", "/dashboard", "/api/auth/signout", "/account", "/acme/logout", `/${UNKNOWN}/logout`, `/api/${UNKNOWN}`, "/nothing/here"];
  const tree = () => makeTree(Object.fromEntries(files.map((file) => [file, ""])));
  const matching = (routes: readonly ServedRoute[] | null, pathname: string) =>
    describeRoutes(routes && routes.filter((served) => matchesSegments(served.segments, pathname.split("/").filter(Boolean), true)));

  it("holds every route the full scan has that may serve the URL, and answers alike", () => {
    const all = getServedRoutes(tree());
    for (const pathname of pathnames) {
      const some = getServedRoutesFor(tree(), pathname);
      expect(matching(some, pathname), pathname).toEqual(matching(all, pathname));
      expect(isServedOnlyByPage(some!, pathname), pathname).toBe(isServedOnlyByPage(all!, pathname));
    }
  });

  // The files of every folder read are kept: `page /` comes with `app/`, `route /api/auth/signout` with `pages/api/auth`.
  it("leaves out the folders off the way", () => {
    expect(describeRoutes(getServedRoutesFor(tree(), "/logout"))).toEqual(["page /", "page /[team]/logout", "page /logout", "route /logout"]);
    // Not `dashboard/settings` (a folder below the URL), nor `[locale]/log-out`: only `[locale]` itself is read.
    expect(describeRoutes(getServedRoutesFor(tree(), "/dashboard"))).toEqual(["page /", "page /[team]/logout", "page /dashboard"]);
  });

  it("reads every static folder where the URL's segment is unknown", () => {
    expect(describeRoutes(getServedRoutesFor(tree(), `/${UNKNOWN}/logout`))).toEqual([
      "page /",
      "page /[team]/logout",
      "page /account",
      "page /dashboard",
      "page /docs/[[...slug]]",
      "page /logout",
      "route /api/[...rest]",
      "route /logout",
    ]);
  });

  it("reads a catch-all's folder whatever follows", () => {
    expect(describeRoutes(getServedRoutesFor(tree(), "/api/auth/logout"))).toEqual(["page /", "page /[team]/logout", "route /api/[...rest]", "route /api/auth/signout"]);
  });

  it("is null for a project with no app or pages directory", () => {
    expect(getServedRoutesFor(makeTree({ "components/nav.tsx": "" }), "/logout")).toBeNull();
  });
});

describe("isServedOnlyByPage", () => {
  it("is true for a static page", () => {
    expect(isServedOnlyByPage([page("account", "sign-out")], "/account/sign-out")).toBe(true);
  });

  it("ignores a trailing slash on the pathname", () => {
    expect(isServedOnlyByPage([page("account", "sign-out")], "/account/sign-out/")).toBe(true);
  });

  it("is false when a route handler serves the same path", () => {
    expect(isServedOnlyByPage([page("logout"), route("logout")], "/logout")).toBe(false);
    expect(isServedOnlyByPage([route("logout"), page("logout")], "/logout")).toBe(false);
  });

  it("is false when nothing serves the path", () => {
    expect(isServedOnlyByPage([page("login")], "/logout")).toBe(false);
    expect(isServedOnlyByPage([], "/logout")).toBe(false);
  });

  it("is false when the page sits at a shorter or longer path", () => {
    expect(isServedOnlyByPage([page("account", "sign-out")], "/sign-out")).toBe(false);
    expect(isServedOnlyByPage([page("account", "sign-out")], "/account/sign-out/now")).toBe(false);
  });

  it("lets a dynamic segment before the last match any segment", () => {
    expect(isServedOnlyByPage([page("[locale]", "log-out")], "/en/log-out")).toBe(true);
  });

  it("lets a dynamic segment match an unknown segment", () => {
    expect(isServedOnlyByPage([page("[locale]", "log-out")], `/${UNKNOWN}/log-out`)).toBe(true);
  });

  it("does not let a static segment match an unknown segment", () => {
    expect(isServedOnlyByPage([page("en", "log-out")], `/${UNKNOWN}/log-out`)).toBe(false);
  });

  it("takes no page whose last segment is dynamic as evidence", () => {
    expect(isServedOnlyByPage([page("[slug]")], "/logout")).toBe(false);
  });

  it("takes no catch-all page as evidence", () => {
    expect(isServedOnlyByPage([page("[...slug]")], "/logout")).toBe(false);
    expect(isServedOnlyByPage([page("[[...slug]]")], "/logout")).toBe(false);
  });

  it("still takes a static page as evidence next to a dynamic one", () => {
    expect(isServedOnlyByPage([page("[slug]"), page("logout")], "/logout")).toBe(true);
  });

  it("is false when a catch-all route handler matches the path", () => {
    expect(isServedOnlyByPage([page("[locale]", "logout"), route("en", "[...rest]")], "/en/logout")).toBe(false);
  });

  it("lets a static page win over an optional catch-all route handler, as Next.js routes it", () => {
    expect(isServedOnlyByPage([page("api", "logout"), route("api", "[[...rest]]")], "/api/logout")).toBe(true);
  });

  it("lets a static page win over a root catch-all route handler", () => {
    expect(isServedOnlyByPage([page("logout"), route("[...slug]")], "/logout")).toBe(true);
  });

  it("lets a static page win over a dynamic route handler", () => {
    expect(isServedOnlyByPage([page("logout"), route("[slug]")], "/logout")).toBe(true);
  });

  it("lets a static route handler win over a page under a dynamic segment", () => {
    expect(isServedOnlyByPage([page("[locale]", "logout"), route("en", "logout")], "/en/logout")).toBe(false);
  });

  it("counts a route handler that a segment known only at run time may reach", () => {
    expect(isServedOnlyByPage([page("[locale]", "logout"), route("en", "logout")], `/${UNKNOWN}/logout`)).toBe(false);
  });

  it("trusts a page under a dynamic segment for a segment known only at run time when no route may match", () => {
    expect(isServedOnlyByPage([page("[locale]", "logout")], `/${UNKNOWN}/logout`)).toBe(true);
  });

  it("does not let a catch-all route handler match its own folder without a segment", () => {
    expect(isServedOnlyByPage([page("auth"), route("auth", "[...rest]")], "/auth")).toBe(true);
  });

  it("works on routes scanned from a project", () => {
    const root = makeTree({
      "app/(auth)/logout/route.ts": "",
      "app/(marketing)/account/sign-out/page.tsx": "",
      "app/[locale]/log-out/page.tsx": "",
    });
    const routes = getServedRoutes(root) ?? [];
    expect(isServedOnlyByPage(routes, "/logout")).toBe(false);
    expect(isServedOnlyByPage(routes, "/account/sign-out")).toBe(true);
    expect(isServedOnlyByPage(routes, "/fr/log-out")).toBe(true);
  });
});

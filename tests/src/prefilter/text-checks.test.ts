import { describe, expect, it } from "vitest";
import {
  getRenderFileKind,
  isRouteHandlerFile,
  mayCallNavigationRedirect,
  mayCallRedirect,
  mayCallSessionEnd,
  mayDeleteClientCookie,
  mayDestructureRouterMethod,
  mayEndSession,
  mayImport,
  mayImportRouter,
  mayNameSecureCookie,
  mayNavigate,
  mayReferenceLogoutPath,
  maySignOut,
  mayUseRequestApis,
  mayWriteLogoutValue,
} from "../../../src/prefilter/text-checks.ts";

describe("mayReferenceLogoutPath", () => {
  it.each(["/logout", "/auth/log-out", "/SignOut", "/sign-out?next=/", "/logoff", "/log-off"])("lets %s through by default", (text) => {
    expect(mayReferenceLogoutPath(`href="${text}"`, undefined)).toBe(true);
  });

  it("rules out a file with no logout word", () => {
    expect(mayReferenceLogoutPath('<Link href="/settings">Settings</Link>', undefined)).toBe(false);
  });

  it("looks for the longest literal part of each logoutPaths pattern", () => {
    expect(mayReferenceLogoutPath('push("/users/sign_out")', ["/users/sign_out"])).toBe(true);
    expect(mayReferenceLogoutPath('push("/users/edit")', ["/users/sign_out"])).toBe(false);
    expect(mayReferenceLogoutPath('push("/api/v2/bye")', ["/api/**/bye"])).toBe(true);
  });

  it("lets everything through for a pattern that is all wildcards", () => {
    expect(mayReferenceLogoutPath("anything", ["/**"])).toBe(true);
  });

  it("answers a file's text again for the same text and paths only", () => {
    const withLogout = `${"const x = 1;\n".repeat(60)}push("/logout");`;
    const without = `${"const y = 2;\n".repeat(60)}push("/home");`;
    expect(mayReferenceLogoutPath(withLogout, undefined)).toBe(true);
    expect(mayReferenceLogoutPath(withLogout, ["/session/end"])).toBe(false);
    expect(mayReferenceLogoutPath(without, undefined)).toBe(false);
    expect(mayReferenceLogoutPath(withLogout, undefined)).toBe(true);
  });
});

describe("mayWriteLogoutValue", () => {
  it.each(["LOG_OUT_URL", "signOutHref", "log$off", "sign-out", '"/logout"'])("lets %s through: a logout path or a name that says one", (text) => {
    expect(mayWriteLogoutValue(`export const x = ${text};`, undefined)).toBe(true);
  });

  it("rules out a module with neither, and counts a configured logout path", () => {
    expect(mayWriteLogoutValue('export const SETTINGS = "/settings";', undefined)).toBe(false);
    expect(mayWriteLogoutValue('export const END = "/session/end";', ["/session/end"])).toBe(true);
  });
});

describe("the other checks", () => {
  it.each([
    ["mayNavigate (next/link)", mayNavigate, 'import Link from "next/link";', 'import { format } from "date-fns";'],
    ["mayNavigate (a component element)", mayNavigate, "<SidebarMenu links={menu} />", "<div className={x} />"],
    ["mayNavigate (a member element)", mayNavigate, "<UI.Link href={x} />", "a < b.length"],
    ["mayNavigate (next-intl's router)", mayNavigate, 'import { useRouter } from "@/i18n/navigation";', "const route = 1;"],
    ["mayImport", mayImport, 'import { menu } from "./menu";', "export const menu = [];"],
    ["mayImportRouter", mayImportRouter, 'import { useRouter } from "next/navigation";', 'import Link from "next/link";'],
    ["mayUseRequestApis", mayUseRequestApis, 'import { cookies } from "next/headers";', 'import { NextResponse } from "next/server";'],
    ["mayCallRedirect", mayCallRedirect, "NextResponse\n  .redirect(url)", 'redirect("/")'],
    ["mayCallRedirect (computed)", mayCallRedirect, 'Response["redirect"]("/")', "redirects"],
    ["mayNameSecureCookie", mayNameSecureCookie, 'jar.delete("__Host-id")', 'jar.delete("session")'],
    ["mayEndSession", mayEndSession, "session.destroy()", "return Response.json(data)"],
    ["mayDeleteClientCookie", mayDeleteClientCookie, 'Cookies.remove("token")', 'Cookies.get("token")'],
    ["mayDeleteClientCookie (useCookies()[2])", mayDeleteClientCookie, 'const c = useCookies(); c[2]("token")', "const cookie = read()"],
    ["maySignOut", (text: string) => maySignOut(text, undefined), "await authClient.signOut()", "await saveProfile()"],
    ["mayDestructureRouterMethod", mayDestructureRouterMethod, "const { push } = useRouter();", "router.push(url); items.push(x);"],
    ["mayDestructureRouterMethod (renamed)", mayDestructureRouterMethod, "const { replace: go, refresh } = useRouter();", "const { refresh } = useRouter();"],
    ["mayDestructureRouterMethod (typed, defaulted)", mayDestructureRouterMethod, "const { prefetch = noop }: Router = useRouter();", "router.prefetch(href)"],
    ["mayCallNavigationRedirect", mayCallNavigationRedirect, 'import { redirect as go } from "next/navigation";', 'import { useRouter } from "next/navigation";'],
    ["mayCallNavigationRedirect (permanent)", mayCallNavigationRedirect, "nav.permanentRedirect(url)", "nav.notFound()"],
  ] as const)("%s lets a match through and rules the rest out", (_, check, match, other) => {
    expect(check(match)).toBe(true);
    expect(check(other)).toBe(false);
  });
});

describe("getRenderFileKind", () => {
  it.each([
    ["/p/app/logout/page.tsx", "page"],
    ["/p/src/app/(app)/layout.js", "layout"],
    ["/p/app/[locale]/template.jsx", "template"],
    ["/p/app/@modal/default.tsx", "default"],
    ["app/not-found.mjs", "not-found"],
    ["/p/app/dashboard/loading.ts", "loading"],
  ])("names %s a %s", (filename, kind) => {
    expect(getRenderFileKind(filename)).toBe(kind);
  });

  it.each(["/p/app/logout/route.ts", "/p/app/error.tsx", "/p/app/global-error.tsx", "/p/pages/logout.tsx", "/p/components/page.tsx", "/p/app/page.css"])(
    "leaves %s out",
    (filename) => {
      expect(getRenderFileKind(filename)).toBeNull();
    },
  );
});

describe("isRouteHandlerFile", () => {
  it.each(["/p/app/logout/route.ts", "/p/src/app/(auth)/api/[...all]/route.js", "app/route.mjs"])("takes %s", (filename) => {
    expect(isRouteHandlerFile(filename)).toBe(true);
  });

  it.each(["/p/app/logout/page.tsx", "/p/lib/route.ts", "/p/app/logout/route.css", "/p/app/logout/myroute.ts", "/p/app/route/helpers.ts", "/p/myapp/route.ts"])(
    "leaves %s out",
    (filename) => {
      expect(isRouteHandlerFile(filename)).toBe(false);
    },
  );
});

describe("the answers kept for the last file name", () => {
  it("answer each name for itself, asked in turns", () => {
    for (let round = 0; round < 2; round++) {
      expect(isRouteHandlerFile("/p/app/logout/route.ts")).toBe(true);
      expect(getRenderFileKind("/p/app/logout/route.ts")).toBeNull();
      expect(getRenderFileKind("/p/app/account/page.tsx")).toBe("page");
      expect(isRouteHandlerFile("/p/app/account/page.tsx")).toBe(false);
      expect(getRenderFileKind("/p/components/layout.tsx")).toBeNull();
      expect(isRouteHandlerFile("/p/lib/route.ts")).toBe(false);
    }
  });
});

describe("mayCallSessionEnd", () => {
  it.each(["await signOut();", "session.destroy()", '(await cookies()).delete("session")', 'jar.set("sid", "", { maxAge: 0 })', "await endSession.delete ()", 'jar.delete?.("sid")'])(
    "lets %s through",
    (text) => {
      expect(mayCallSessionEnd(text)).toBe(true);
    },
  );

  it("rules out reading the session cookie", () => {
    expect(mayCallSessionEnd('const session = (await cookies()).get("session");')).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compileLogoutPattern, DEFAULT_LOGOUT_SEGMENTS, isLogoutPath } from "../../../src/urls/logout-path.ts";
import { UNKNOWN } from "../../../src/urls/url-shape.ts";

describe("DEFAULT_LOGOUT_SEGMENTS", () => {
  it("lists the six logout words", () => {
    expect(DEFAULT_LOGOUT_SEGMENTS).toEqual(["logout", "log-out", "signout", "sign-out", "logoff", "log-off"]);
  });
});

describe("isLogoutPath with the default words", () => {
  it.each(["/logout", "/log-out", "/signout", "/sign-out", "/logoff", "/log-off"])("matches %s", (path) => {
    expect(isLogoutPath(path)).toBe(true);
  });

  it("matches a logout word as the last of several segments", () => {
    expect(isLogoutPath("/api/auth/signout")).toBe(true);
  });

  it("matches /auth/log-out", () => {
    expect(isLogoutPath("/auth/log-out")).toBe(true);
  });

  it("ignores case", () => {
    expect(isLogoutPath("/Auth/LogOut")).toBe(true);
  });

  it("ignores one trailing slash", () => {
    expect(isLogoutPath("/logout/")).toBe(true);
  });

  it("matches a relative path whose last segment is a logout word", () => {
    expect(isLogoutPath("../logout")).toBe(true);
  });

  it("matches when only an earlier segment is unknown", () => {
    expect(isLogoutPath(`/${UNKNOWN}/logout`)).toBe(true);
  });

  it("does not match /logs", () => {
    expect(isLogoutPath("/logs")).toBe(false);
  });

  it("does not match /login", () => {
    expect(isLogoutPath("/login")).toBe(false);
  });

  it("does not match a logout word inside a longer segment", () => {
    expect(isLogoutPath("/blog/why-we-logout-idle-users")).toBe(false);
  });

  it("does not match a logout word in an earlier segment", () => {
    expect(isLogoutPath("/logout/confirm")).toBe(false);
  });

  it("does not match a last segment that is unknown", () => {
    expect(isLogoutPath(`/auth/${UNKNOWN}`)).toBe(false);
  });

  it("does not match a last segment that is a logout word followed by an unknown part", () => {
    expect(isLogoutPath(`/logout${UNKNOWN}`)).toBe(false);
  });

  it("does not match the root or an empty path", () => {
    expect(isLogoutPath("/")).toBe(false);
    expect(isLogoutPath("")).toBe(false);
  });
});

describe("isLogoutPath with user patterns", () => {
  it("matches an exact path and nothing else", () => {
    expect(isLogoutPath("/session/end", ["/session/end"])).toBe(true);
    expect(isLogoutPath("/session/end/now", ["/session/end"])).toBe(false);
    expect(isLogoutPath("/session", ["/session/end"])).toBe(false);
  });

  it("no longer matches the default words when patterns are given", () => {
    expect(isLogoutPath("/logout", ["/session/end"])).toBe(false);
  });

  it("matches when any one of several patterns matches", () => {
    expect(isLogoutPath("/b", ["/a", "/b"])).toBe(true);
  });

  it("matches no path when the pattern list is empty", () => {
    expect(isLogoutPath("/logout", [])).toBe(false);
  });

  it("ignores case", () => {
    expect(isLogoutPath("/SESSION/End", ["/session/end"])).toBe(true);
  });

  it("ignores a trailing slash on the path and on the pattern", () => {
    expect(isLogoutPath("/session/end/", ["/session/end"])).toBe(true);
    expect(isLogoutPath("/session/end", ["/session/end/"])).toBe(true);
  });

  it("treats regular expression characters in a pattern literally", () => {
    expect(isLogoutPath("/a.b/(x)", ["/a.b/(x)"])).toBe(true);
    expect(isLogoutPath("/aXb/x", ["/a.b/(x)"])).toBe(false);
  });

  it("lets * match any text within one segment", () => {
    expect(isLogoutPath("/api/v2/logout", ["/api/*/logout"])).toBe(true);
    expect(isLogoutPath("/api/a/b/logout", ["/api/*/logout"])).toBe(false);
  });

  it("lets * match part of a segment", () => {
    expect(isLogoutPath("/auth/logout-all", ["/auth/logout*"])).toBe(true);
    expect(isLogoutPath("/auth/logout/all", ["/auth/logout*"])).toBe(false);
  });

  it("lets ** match no segment in the middle of a pattern", () => {
    expect(isLogoutPath("/api/logout", ["/api/**/logout"])).toBe(true);
  });

  it("lets ** match several segments in the middle of a pattern", () => {
    expect(isLogoutPath("/api/a/b/logout", ["/api/**/logout"])).toBe(true);
  });

  it("does not let /**/ swallow the slashes around it", () => {
    expect(isLogoutPath("/apilogout", ["/api/**/logout"])).toBe(false);
    expect(isLogoutPath("/api/logout/extra", ["/api/**/logout"])).toBe(false);
  });

  it("lets a trailing ** match the prefix itself and anything below it", () => {
    expect(isLogoutPath("/auth/logout", ["/auth/logout/**"])).toBe(true);
    expect(isLogoutPath("/auth/logout/all/devices", ["/auth/logout/**"])).toBe(true);
    expect(isLogoutPath("/auth/logoutx", ["/auth/logout/**"])).toBe(false);
  });

  it("lets a leading ** match any prefix", () => {
    expect(isLogoutPath("/logout", ["/**/logout"])).toBe(true);
    expect(isLogoutPath("/en/account/logout", ["/**/logout"])).toBe(true);
  });

  it("matches an unknown segment only with a wildcard", () => {
    expect(isLogoutPath(`/api/${UNKNOWN}/logout`, ["/api/*/logout"])).toBe(true);
    expect(isLogoutPath(`/api/${UNKNOWN}/logout`, ["/api/**/logout"])).toBe(true);
    expect(isLogoutPath(`/api/${UNKNOWN}`, ["/api/logout"])).toBe(false);
    expect(isLogoutPath(`/${UNKNOWN}`, ["/logout"])).toBe(false);
  });
});

describe("compileLogoutPattern", () => {
  it("compiles a pattern once and reuses the regular expression", () => {
    expect(compileLogoutPattern("/x/**/y")).toBe(compileLogoutPattern("/x/**/y"));
  });

  it("anchors the expression and makes it case-insensitive", () => {
    const regExp = compileLogoutPattern("/logout");
    expect(regExp.flags).toBe("i");
    expect(regExp.test("/logout/x")).toBe(false);
    expect(regExp.test("/x/logout")).toBe(false);
  });
});

describe("isLogoutPath: repeated **", () => {
  it("reads /**/**/ as one **, so it also matches no segment", () => {
    expect(isLogoutPath("/a/b", ["/a/**/**/b"])).toBe(true);
    expect(isLogoutPath("/a/x/y/b", ["/a/**/**/b"])).toBe(true);
  });
});

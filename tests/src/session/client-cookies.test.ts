import { describe, expect, it } from "vitest";
import { getExpiredCookieName } from "../../../src/session/cookie-string.ts";
import { isLogoutName, isLogoutText } from "../../../src/session/logout-function.ts";
import { getLogoutNavigationPath } from "../../../src/urls/logout-path.ts";
import { UNKNOWN } from "../../../src/urls/url-shape.ts";

const NOW = Date.parse("2025-06-01T00:00:00Z");

describe("getExpiredCookieName", () => {
  it("reads Max-Age=0", () => {
    expect(getExpiredCookieName("session=; Max-Age=0; path=/")).toBe("session");
  });

  it("reads a negative Max-Age", () => {
    expect(getExpiredCookieName("sid=x; max-age=-1")).toBe("sid");
  });

  it("uses the last of repeated Max-Age attributes, as browsers do", () => {
    expect(getExpiredCookieName("session=abc; max-age=0; max-age=3600")).toBeNull();
  });

  it("reads Max-Age=00", () => {
    expect(getExpiredCookieName("session=abc; Max-Age=00")).toBe("session");
  });

  it("lets Max-Age win over a past Expires", () => {
    expect(getExpiredCookieName("session=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=3600")).toBeNull();
  });

  it("reads an Expires in 1970", () => {
    expect(getExpiredCookieName("token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/")).toBe("token");
  });

  it("reads an Expires before now, even with a value", () => {
    expect(getExpiredCookieName("sid=deleted; Expires=Wed, 21 Oct 2015 07:28:00 GMT", NOW)).toBe("sid");
  });

  it("is null for a value with an Expires after now", () => {
    expect(getExpiredCookieName("sid=abc; Expires=Wed, 21 Oct 2099 07:28:00 GMT", NOW)).toBeNull();
  });

  it("compares Expires with the given time", () => {
    expect(getExpiredCookieName("sid=abc; Expires=Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2010-01-01T00:00:00Z"))).toBeNull();
  });

  it("reads an empty value with a future Expires", () => {
    expect(getExpiredCookieName("auth=; expires=Fri, 31 Dec 9999 23:59:59 GMT", NOW)).toBe("auth");
  });

  it("reads an empty value with a positive Max-Age", () => {
    expect(getExpiredCookieName("auth=; max-age=3600")).toBe("auth");
  });

  it("reads an empty value with an Expires known only at run time", () => {
    expect(getExpiredCookieName(`token=; expires=${UNKNOWN}; path=/`)).toBe("token");
  });

  it("is null for an empty value without an expiry", () => {
    expect(getExpiredCookieName("session=; path=/")).toBeNull();
  });

  it("is null for a value with an Expires known only at run time", () => {
    expect(getExpiredCookieName(`session=abc; expires=${UNKNOWN}`)).toBeNull();
  });

  it("is null for a value with a positive Max-Age", () => {
    expect(getExpiredCookieName("session=abc; Path=/; Max-Age=3600")).toBeNull();
  });

  it("is null for a value with a Max-Age known only at run time", () => {
    expect(getExpiredCookieName(`session=abc; max-age=${UNKNOWN}`)).toBeNull();
  });

  it("reads Max-Age=0 when the value is known only at run time", () => {
    expect(getExpiredCookieName(`session=${UNKNOWN}; max-age=0`)).toBe("session");
  });

  it("returns a name built at run time with its unknown part", () => {
    expect(getExpiredCookieName(`${UNKNOWN}=; Max-Age=0`)).toBe(UNKNOWN);
  });

  it("ignores case in attribute names", () => {
    expect(getExpiredCookieName("jwt=; MAX-AGE=0")).toBe("jwt");
  });

  it("ignores attributes without a value", () => {
    expect(getExpiredCookieName("session=abc; HttpOnly; Secure")).toBeNull();
  });

  it("trims spaces around the name", () => {
    expect(getExpiredCookieName("  session =; max-age=0")).toBe("session");
  });

  it("is null without a name", () => {
    expect(getExpiredCookieName("=; Max-Age=0")).toBeNull();
  });

  it("is null without an =", () => {
    expect(getExpiredCookieName("session; Max-Age=0")).toBeNull();
  });
});

describe("isLogoutName", () => {
  it.each(["logout", "logOut", "LogOut", "handleLogout", "handleLogOut", "onSignOut", "signout", "sign_out_user", "log-off", "SIGN_OFF", "LogoutButton", "HTTPLogout", "APISignOut"])(
    "is true for %s",
    (name) => {
      expect(isLogoutName(name)).toBe(true);
    },
  );

  it.each(["login", "signIn", "blogOutline", "logOffset", "signOffer", "catalogOutput", "logs", "outLog"])("is false for %s", (name) => {
    expect(isLogoutName(name)).toBe(false);
  });
});

describe("isLogoutText", () => {
  it.each(["Log out", "Sign out", "Logout", "Sign Out", "LOG OFF", "sign-off", "Log out of all devices"])("is true for %s", (text) => {
    expect(isLogoutText(text)).toBe(true);
  });

  it("is true for words split over lines", () => {
    expect(isLogoutText("\n  Log\n  out\n")).toBe(true);
  });

  it.each(["Log in", "Sign up", "Blog outline", "Sign offers", "Catalog"])("is false for %s", (text) => {
    expect(isLogoutText(text)).toBe(false);
  });
});

describe("getLogoutNavigationPath", () => {
  it("is /logout without logoutPaths", () => {
    expect(getLogoutNavigationPath(undefined)).toBe("/logout");
  });

  it("is /logout for an empty list", () => {
    expect(getLogoutNavigationPath([])).toBe("/logout");
  });

  it("is the first entry when it is an exact path", () => {
    expect(getLogoutNavigationPath(["/api/auth/logout", "/logout"])).toBe("/api/auth/logout");
  });

  it("is /logout when the first entry has *", () => {
    expect(getLogoutNavigationPath(["/session/*/end"])).toBe("/logout");
  });

  it("is /logout when the first entry has **", () => {
    expect(getLogoutNavigationPath(["/api/**/bye"])).toBe("/logout");
  });

  it("is the first entry that is no pattern", () => {
    expect(getLogoutNavigationPath(["/auth/*", "/api/logout"])).toBe("/api/logout");
  });
});

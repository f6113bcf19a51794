import { describe, expect, it } from "vitest";
import { isLogoutUrlMember, isLogoutUrlName } from "../../../src/urls/logout-name.ts";

describe("isLogoutUrlName", () => {
  it.each(["logoutUrl", "LOGOUT_URL", "logoutHref", "signOutPath", "SIGN_OUT_ROUTE", "getSignOutUrl", "createLogoutUrl", "buildLogOffUri", "authLogoutUrl", "logout-link"])(
    "takes %s for a logout URL",
    (name) => {
      expect(isLogoutUrlName(name)).toBe(true);
    },
  );

  it.each(["logout", "signOut", "handleLogout", "logoutRedirectUrl", "postLogoutRedirectUri", "afterSignOutUrl", "loginUrl", "logoutButton", "useLogoutUrl", "logoutUrls"])(
    "does not take %s for one",
    (name) => {
      expect(isLogoutUrlName(name)).toBe(false);
    },
  );
});

describe("isLogoutUrlMember", () => {
  it.each([
    ["routes", "logout"],
    ["ROUTES", "SIGN_OUT"],
    ["paths", "logOut"],
    ["appRoutes", "signout"],
    ["UrlService", "logout"],
    ["user", "logoutUrl"],
    [null, "logoutHref"],
  ])("takes %s.%s for a logout URL", (object, property) => {
    expect(isLogoutUrlMember(object, property)).toBe(true);
  });

  it.each([
    ["authService", "logout"],
    ["router", "logout"],
    ["session", "signOut"],
    ["routes", "login"],
    [null, "logout"],
  ])("does not take %s.%s for one", (object, property) => {
    expect(isLogoutUrlMember(object, property)).toBe(false);
  });
});

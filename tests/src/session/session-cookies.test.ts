import { describe, expect, it } from "vitest";
import { getExpiredCookieName } from "../../../src/session/cookie-string.ts";
import { isSessionCookieName } from "../../../src/session/session-cookies.ts";

describe("isSessionCookieName with the default words", () => {
  it.each(["session", "my-app-session", "connect.sid", "access_token", "next-auth.session-token", "__Secure-authjs.session-token", "__Host-jwt", "SESS"])(
    "is true for %s",
    (name) => {
      expect(isSessionCookieName(name)).toBe(true);
    },
  );

  it.each(["theme", "locale", "NEXT_LOCALE", "cart", "consent"])("is false for %s", (name) => {
    expect(isSessionCookieName(name)).toBe(false);
  });
});

describe("isSessionCookieName with sessionCookies", () => {
  it("matches exact names, ignoring case", () => {
    expect(isSessionCookieName("Portal", ["portal"])).toBe(true);
    expect(isSessionCookieName("session", ["portal"])).toBe(false);
  });

  it("lets * match any text", () => {
    expect(isSessionCookieName("__Secure-portal.v2", ["__Secure-portal*"])).toBe(true);
  });

  it("treats other characters literally", () => {
    expect(isSessionCookieName("aXb", ["a.b"])).toBe(false);
  });
});

describe("getExpiredCookieName", () => {
  it("reads Max-Age=0", () => {
    expect(getExpiredCookieName("session=; Path=/; Max-Age=0; HttpOnly")).toBe("session");
  });

  it("reads a negative Max-Age", () => {
    expect(getExpiredCookieName("sid=x; max-age=-1")).toBe("sid");
  });

  it("reads an Expires in 1970", () => {
    expect(getExpiredCookieName("token=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/")).toBe("token");
  });

  it("is null for a cookie that is set", () => {
    expect(getExpiredCookieName("session=abc; Path=/; Max-Age=3600")).toBeNull();
  });

  it("is null without a name", () => {
    expect(getExpiredCookieName("=; Max-Age=0")).toBeNull();
  });
});

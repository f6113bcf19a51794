import { describe, expect, it } from "vitest";
import { describeUrl, getSameOriginPath, UNKNOWN } from "../../../src/urls/url-shape.ts";

describe("UNKNOWN", () => {
  it("is the NUL character, which no literal URL contains", () => {
    expect(UNKNOWN).toBe("\u0000");
  });
});

describe("getSameOriginPath", () => {
  it("returns a root-relative path as it is", () => {
    expect(getSameOriginPath("/api/auth/logout")).toBe("/api/auth/logout");
  });

  it("returns a relative path as it is", () => {
    expect(getSameOriginPath("logout")).toBe("logout");
    expect(getSameOriginPath("../logout")).toBe("../logout");
  });

  it("strips the query", () => {
    expect(getSameOriginPath("/logout?next=/home")).toBe("/logout");
  });

  it("strips the hash", () => {
    expect(getSameOriginPath("/logout#confirm")).toBe("/logout");
  });

  it("strips from whichever of ? and # comes first", () => {
    expect(getSameOriginPath("/logout#a?b")).toBe("/logout");
    expect(getSameOriginPath("/logout?a#b")).toBe("/logout");
  });

  it("strips an unknown query", () => {
    expect(getSameOriginPath(`/logout?${UNKNOWN}`)).toBe("/logout");
  });

  it("returns an empty path for a query-only or hash-only URL", () => {
    expect(getSameOriginPath("?tab=2")).toBe("");
    expect(getSameOriginPath("#top")).toBe("");
  });

  it("keeps unknown parts inside the path", () => {
    expect(getSameOriginPath(`/${UNKNOWN}/logout`)).toBe(`/${UNKNOWN}/logout`);
  });

  it("returns null for an https: URL", () => {
    expect(getSameOriginPath("https://auth.example.com/logout")).toBeNull();
  });

  it("returns null for a scheme in any case", () => {
    expect(getSameOriginPath("HTTP://example.com/logout")).toBeNull();
  });

  it("returns null for a mailto: URL", () => {
    expect(getSameOriginPath("mailto:support@example.com")).toBeNull();
  });

  it("returns null for a scheme with +, . and -", () => {
    expect(getSameOriginPath("web+app.x-y:logout")).toBeNull();
  });

  it("returns null for a protocol-relative URL", () => {
    expect(getSameOriginPath("//auth.example.com/logout")).toBeNull();
  });

  it("returns null when the URL starts with an unknown part", () => {
    expect(getSameOriginPath(`${UNKNOWN}/logout`)).toBeNull();
  });
});

describe("describeUrl", () => {
  it("shows each unknown part as an ellipsis", () => {
    expect(describeUrl(`/${UNKNOWN}/logout?next=${UNKNOWN}`)).toBe("/…/logout?next=…");
  });

  it("returns a fully known URL unchanged", () => {
    expect(describeUrl("/logout")).toBe("/logout");
  });
});

describe("getSameOriginPath: what browsers read as another origin", () => {
  it("returns null for a backslash that browsers read as a slash", () => {
    expect(getSameOriginPath("/\\evil.example/logout")).toBeNull();
  });

  it("returns null for an absolute URL behind leading spaces, which browsers trim", () => {
    expect(getSameOriginPath(" https://evil.example/logout")).toBeNull();
  });

  it("trims surrounding spaces from a same-origin path", () => {
    expect(getSameOriginPath(" /logout ")).toBe("/logout");
  });
});

import { describe, expect, it } from "vitest";
import { formatStaticUrlObject, type StaticUrlObject } from "../../../src/urls/url-object.ts";

/** `formatStaticUrlObject` with every part not given left empty, as `evaluateHref` passes them. */
function format(parts: Partial<StaticUrlObject>): string {
  return formatStaticUrlObject({ pathname: "", query: [], search: "", hash: "", ...parts });
}

describe("formatStaticUrlObject", () => {
  it("returns a lone pathname as it is", () => {
    expect(format({ pathname: "/logout" })).toBe("/logout");
  });

  it("returns an empty string for an empty object", () => {
    expect(format({})).toBe("");
  });

  it("adds the query after a ?", () => {
    expect(format({ pathname: "/logout", query: [["reason", "idle"]] })).toBe("/logout?reason=idle");
  });

  it("joins query entries with &", () => {
    expect(format({ pathname: "/p", query: [["a", "1"], ["b", "2"]] })).toBe("/p?a=1&b=2");
  });

  it("form-encodes query keys and values, / included", () => {
    expect(format({ pathname: "/logout", query: [["next", "/home page?x=1&y"]] })).toBe(
      "/logout?next=%2Fhome+page%3Fx%3D1%26y",
    );
    expect(format({ query: [["a b", "é#"]] })).toBe("?a+b=%C3%A9%23");
  });

  it("repeats the key for each value of an array", () => {
    expect(format({ pathname: "/p", query: [["tag", "a"], ["tag", "b"]] })).toBe("/p?tag=a&tag=b");
  });

  it("lists integer-like keys first, ascending, as Object.entries does", () => {
    expect(format({ pathname: "/p", query: [["b", "x"], ["10", "y"], ["a", "z"], ["2", "w"]] })).toBe(
      "/p?2=w&10=y&b=x&a=z",
    );
  });

  it("keeps the values of a repeated integer-like key together and in order", () => {
    expect(format({ query: [["z", "0"], ["1", "a"], ["1", "b"]] })).toBe("?1=a&1=b&z=0");
  });

  it("does not treat keys with a leading zero, a sign or a fraction as integer-like", () => {
    expect(format({ query: [["b", "1"], ["01", "2"], ["-1", "3"], ["1.5", "4"], ["0", "5"]] })).toBe(
      "?0=5&b=1&01=2&-1=3&1.5=4",
    );
  });

  it("uses search instead of query when both are given", () => {
    expect(format({ pathname: "/p", query: [["a", "1"]], search: "?b=2" })).toBe("/p?b=2");
  });

  it("adds a missing ? to search", () => {
    expect(format({ pathname: "/p", search: "b=2" })).toBe("/p?b=2");
  });

  it("keeps search text as it is, apart from #", () => {
    expect(format({ pathname: "/p", search: "?next=/home&x=a b" })).toBe("/p?next=/home&x=a b");
  });

  it("percent-encodes a # in search", () => {
    expect(format({ pathname: "/p", search: "?a=#b" })).toBe("/p?a=%23b");
  });

  it("adds a missing # to hash", () => {
    expect(format({ pathname: "/docs", hash: "install" })).toBe("/docs#install");
  });

  it("keeps a hash that already starts with #", () => {
    expect(format({ pathname: "/docs", hash: "#install" })).toBe("/docs#install");
  });

  it("puts the hash after the query", () => {
    expect(format({ pathname: "/p", query: [["a", "1"]], hash: "top" })).toBe("/p?a=1#top");
  });

  it("percent-encodes ? and # inside the pathname", () => {
    expect(format({ pathname: "/what?/c#" })).toBe("/what%3F/c%23");
  });

  it("leaves a relative pathname relative", () => {
    expect(format({ pathname: "logout", query: [["a", "1"]] })).toBe("logout?a=1");
  });
});

describe("formatStaticUrlObject: Next 16.4's formatUrl to the letter", () => {
  it("percent-encodes only the first # of search, as String.replace with a string does", () => {
    expect(formatStaticUrlObject({ pathname: "/p", query: [], search: "?a=#b#c", hash: "" })).toBe("/p?a=%23b#c");
  });
});

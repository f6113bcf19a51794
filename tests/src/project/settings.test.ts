import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  NextLogoutSettingsError,
  parseSettings,
  resolveNextVersion,
  SETTINGS_KEY,
  type NextLogoutSettings,
} from "../../../src/project/settings.ts";
import { makeTree, packageJson, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

const DEFAULTS = { logoutPaths: undefined, nextVersion: "detect", sessionCookies: undefined, linkComponents: new Map(), crossFile: true };

/** The error `parseSettings` throws for `settings["next-logout"] = input`. */
function errorFor(input: unknown): unknown {
  try {
    parseSettings({ [SETTINGS_KEY]: input });
  } catch (error) {
    return error;
  }
  throw new Error("parseSettings did not throw");
}

describe("parseSettings", () => {
  it("reads its settings from the next-logout key", () => {
    expect(SETTINGS_KEY).toBe("next-logout");
  });

  it("returns the defaults when there are no settings at all", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULTS);
  });

  it("returns the defaults when other plugins have settings but next-logout has none", () => {
    expect(parseSettings({ react: { version: "detect" } })).toEqual(DEFAULTS);
  });

  it("returns the defaults for an empty object", () => {
    expect(parseSettings({ [SETTINGS_KEY]: {} })).toEqual(DEFAULTS);
  });

  it("keeps logoutPaths with exact paths and wildcards", () => {
    const logoutPaths = ["/logout", "/api/*/signout", "/auth/**"];
    expect(parseSettings({ [SETTINGS_KEY]: { logoutPaths } }).logoutPaths).toEqual(logoutPaths);
  });

  it('keeps nextVersion "detect"', () => {
    expect(parseSettings({ [SETTINGS_KEY]: { nextVersion: "detect" } }).nextVersion).toBe("detect");
  });

  it('parses nextVersion "16"', () => {
    expect(parseSettings({ [SETTINGS_KEY]: { nextVersion: "16" } }).nextVersion).toEqual({ major: 16, minor: 0 });
  });

  it('parses nextVersion "14.2"', () => {
    expect(parseSettings({ [SETTINGS_KEY]: { nextVersion: "14.2" } }).nextVersion).toEqual({ major: 14, minor: 2 });
  });

  it("returns the identical object for the same input object", () => {
    const allSettings = { [SETTINGS_KEY]: { logoutPaths: ["/bye"], nextVersion: "15" } };
    expect(parseSettings(allSettings)).toBe(parseSettings(allSettings));
  });

  it("caches by the next-logout object, not by the object around it", () => {
    const input = { nextVersion: "15" };
    expect(parseSettings({ [SETTINGS_KEY]: input })).toBe(parseSettings({ other: 1, [SETTINGS_KEY]: input }));
  });

  it("parses equal but distinct input objects separately", () => {
    const first = parseSettings({ [SETTINGS_KEY]: { nextVersion: "15" } });
    const second = parseSettings({ [SETTINGS_KEY]: { nextVersion: "15" } });
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });
});

describe("parseSettings rejections", () => {
  it.each([
    ["a string", "strict", 'eslint-plugin-next-logout: settings["next-logout"] must be an object, got "strict".'],
    ["null", null, 'eslint-plugin-next-logout: settings["next-logout"] must be an object, got null.'],
    ["an array", ["/logout"], 'eslint-plugin-next-logout: settings["next-logout"] must be an object, got ["/logout"].'],
  ])("rejects %s in place of the settings object", (_, input, message) => {
    const error = errorFor(input);
    expect(error).toBeInstanceOf(NextLogoutSettingsError);
    expect((error as Error).message).toBe(message);
  });

  it("names the error NextLogoutSettingsError", () => {
    expect((errorFor(1) as Error).name).toBe("NextLogoutSettingsError");
  });

  it("rejects an unknown key, naming it and the known settings", () => {
    const error = errorFor({ logoutPath: ["/logout"] });
    expect(error).toBeInstanceOf(NextLogoutSettingsError);
    expect((error as Error).message).toBe(
      'eslint-plugin-next-logout: settings["next-logout"].logoutPath is not a setting. Known settings: logoutPaths, nextVersion, sessionCookies, linkComponents, crossFile.',
    );
  });

  it("rejects logoutPaths that is not an array", () => {
    const error = errorFor({ logoutPaths: "/logout" });
    expect(error).toBeInstanceOf(NextLogoutSettingsError);
    expect((error as Error).message).toBe(
      'eslint-plugin-next-logout: settings["next-logout"].logoutPaths must be an array of paths such as ["/logout"], got "/logout".',
    );
  });

  it.each([
    ["a path not starting with /", "logout", '"logout"'],
    ["a path with a query", "/logout?next=/", '"/logout?next=/"'],
    ["a path with a hash", "/logout#now", '"/logout#now"'],
    ["a number", 1, "1"],
    ["null", null, "null"],
  ])("rejects a logoutPaths entry that is %s", (_, entry, shown) => {
    const error = errorFor({ logoutPaths: ["/ok", entry] });
    expect(error).toBeInstanceOf(NextLogoutSettingsError);
    expect((error as Error).message).toBe(
      `eslint-plugin-next-logout: settings["next-logout"].logoutPaths entries must be paths starting with "/" (no query or hash), optionally with * or **; got ${shown}.`,
    );
  });

  it.each([
    ["a word", "sixteen", '"sixteen"'],
    ["a number", 16, "16"],
    ["a range", "^15.0.0", '"^15.0.0"'],
    ["an empty string", "", '""'],
    ["null", null, "null"],
  ])("rejects a nextVersion that is %s", (_, nextVersion, shown) => {
    const error = errorFor({ nextVersion });
    expect(error).toBeInstanceOf(NextLogoutSettingsError);
    expect((error as Error).message).toBe(
      `eslint-plugin-next-logout: settings["next-logout"].nextVersion must be "detect" or a version such as "14.2" or "16", got ${shown}.`,
    );
  });

  it("throws again for the same invalid object rather than caching it", () => {
    const input = { nextVersion: "sixteen" };
    expect(() => parseSettings({ [SETTINGS_KEY]: input })).toThrow(NextLogoutSettingsError);
    expect(() => parseSettings({ [SETTINGS_KEY]: input })).toThrow(NextLogoutSettingsError);
  });
});

describe("resolveNextVersion", () => {
  it("returns the configured version without looking at the file system", () => {
    const settings: NextLogoutSettings = { ...parseSettings(undefined), nextVersion: { major: 14, minor: 2 } };
    expect(resolveNextVersion(settings, "/nowhere/app/page.tsx")).toEqual({ major: 14, minor: 2 });
  });

  it('detects the version from package.json when the setting is "detect"', () => {
    const root = makeTree({ "package.json": packageJson({ dependencies: { next: "15.3.1" } }) });
    const settings: NextLogoutSettings = parseSettings(undefined);
    expect(resolveNextVersion(settings, path.join(root, "app", "page.tsx"))).toEqual({ major: 15, minor: 3 });
  });
});

describe("parseSettings: values JSON cannot show", () => {
  it("rejects a BigInt nextVersion with a settings error, not a TypeError", () => {
    expect(() => parseSettings({ "next-logout": { nextVersion: 16n } })).toThrow(
      'settings["next-logout"].nextVersion must be "detect" or a version such as "14.2" or "16", got 16.',
    );
  });
});

describe("parseSettings: sessionCookies", () => {
  it("keeps cookie names and patterns", () => {
    expect(parseSettings({ "next-logout": { sessionCookies: ["portal", "__Secure-portal*"] } }).sessionCookies).toEqual([
      "portal",
      "__Secure-portal*",
    ]);
  });

  it("rejects a name with a separator, naming the setting", () => {
    expect(() => parseSettings({ "next-logout": { sessionCookies: ["a=b"] } })).toThrow(
      'settings["next-logout"].sessionCookies must be an array of cookie names such as ["session", "__Secure-*"] (no spaces, ";", "=" or ","), got ["a=b"].',
    );
  });

  it("rejects a string instead of an array", () => {
    expect(() => parseSettings({ "next-logout": { sessionCookies: "session" } })).toThrow(NextLogoutSettingsError);
  });
});

describe("parseSettings: linkComponents", () => {
  it("takes eslint-plugin-react's shape: names, and { name, linkAttribute } with one attribute or several", () => {
    const linkComponents = ["NavLink", "UI.Link", { name: "Button", linkAttribute: "to" }, { name: "MenuItem", linkAttribute: ["href", "to"] }, { name: "Card" }];
    expect(parseSettings({ "next-logout": { linkComponents } }).linkComponents).toEqual(
      new Map([
        ["NavLink", ["href"]],
        ["UI.Link", ["href"]],
        ["Button", ["to"]],
        ["MenuItem", ["href", "to"]],
        ["Card", ["href"]],
      ]),
    );
  });

  it.each([
    ["not an array", "NavLink", 'must be an array of component names and { name, linkAttribute } objects, such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got "NavLink".'],
    ["a name that is no identifier", ["Nav Link"], 'entries must be component names or objects, such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got "Nav Link".'],
    ["an object without a name", [{ linkAttribute: "to" }], 'entries need a component "name", such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got {"linkAttribute":"to"}.'],
    ["an unknown key", [{ name: "A", attributes: ["href"] }], 'entries take only "name" and "linkAttribute", such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got {"name":"A","attributes":["href"]}.'],
    ["an empty linkAttribute array", [{ name: "A", linkAttribute: [] }], '"linkAttribute" must be an attribute name or an array of them, such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got {"name":"A","linkAttribute":[]}.'],
    ["a linkAttribute that is a number", [{ name: "A", linkAttribute: 1 }], '"linkAttribute" must be an attribute name or an array of them, such as ["NavLink", { "name": "Button", "linkAttribute": "href" }]; got {"name":"A","linkAttribute":1}.'],
  ])("rejects %s, naming the setting", (_, linkComponents, message) => {
    expect(() => parseSettings({ "next-logout": { linkComponents } })).toThrow(`eslint-plugin-next-logout: settings["next-logout"].linkComponents ${message}`);
  });
});

describe("parseSettings: crossFile", () => {
  it("is on by default and can be turned off", () => {
    expect(parseSettings({ "next-logout": {} }).crossFile).toBe(true);
    expect(parseSettings({ "next-logout": { crossFile: false } }).crossFile).toBe(false);
  });

  it("rejects anything but a boolean, naming the setting", () => {
    expect(() => parseSettings({ "next-logout": { crossFile: "off" } })).toThrow('settings["next-logout"].crossFile must be true or false, got "off".');
  });
});

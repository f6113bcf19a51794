import { detectNextVersion, parseNextVersion, type NextVersion } from "./next-version.ts";

/** `settings["next-logout"]` as users write it: plain JSON, so `--cache` and `--concurrency` can serialize it. */
export interface NextLogoutSettingsInput {
  /** Logout paths: exact paths or patterns with `*` and `**`. Default: a last segment such as `logout`. */
  logoutPaths?: string[];
  /** `"detect"` (default) reads `next` from the nearest package.json; `"14.2"` or `"16"` overrides it. */
  nextVersion?: string;
  /** Session cookie names: exact names or patterns with `*`. Default: names containing a session word. */
  sessionCookies?: string[];
  /**
   * Components that render `next/link`, in eslint-plugin-react's shape: `"NavLink"` (its `href` is the link) or
   * `{ "name": "Button", "linkAttribute": "to" }` (a string or an array of strings).
   */
  linkComponents?: (string | { name: string; linkAttribute?: string | string[] })[];
  /** `false` reads no other file: imported components, URLs and menu data stay unknown. Default: `true`. */
  crossFile?: boolean;
}

export interface NextLogoutSettings {
  /** `undefined` means the default: the last path segment is a logout word. */
  logoutPaths: readonly string[] | undefined;
  nextVersion: NextVersion | "detect";
  /** `undefined` means the default: the name contains `session`, `sess`, `sid`, `token`, `auth` or `jwt`. */
  sessionCookies: readonly string[] | undefined;
  /** Element name (`NavLink`, `UI.Link`) → the attributes that hold its URL. Empty by default. */
  linkComponents: ReadonlyMap<string, readonly string[]>;
  /** Whether the rules may read other files of the project (imports, workspace packages). */
  crossFile: boolean;
}

export const SETTINGS_KEY = "next-logout";

const SETTING_NAMES = ["logoutPaths", "nextVersion", "sessionCookies", "linkComponents", "crossFile"] as const satisfies readonly (keyof NextLogoutSettingsInput)[];

export class NextLogoutSettingsError extends Error {
  constructor(setting: string, problem: string) {
    super(`eslint-plugin-next-logout: settings["${SETTINGS_KEY}"]${setting ? `.${setting}` : ""} ${problem}`);
    this.name = "NextLogoutSettingsError";
  }
}

const parsedSettings = new WeakMap<object, NextLogoutSettings>();
const NO_LINK_COMPONENTS: ReadonlyMap<string, readonly string[]> = new Map();
const DEFAULT_SETTINGS: NextLogoutSettings = {
  logoutPaths: undefined,
  nextVersion: "detect",
  sessionCookies: undefined,
  linkComponents: NO_LINK_COMPONENTS,
  crossFile: true,
};
/** eslint-plugin-react's default `linkAttribute`. */
const DEFAULT_LINK_ATTRIBUTE = "href";

/** Validates and normalizes `settings["next-logout"]`; throws {@link NextLogoutSettingsError} naming the setting. */
export function parseSettings(allSettings: Readonly<Record<string, unknown>> | undefined): NextLogoutSettings {
  const input = allSettings?.[SETTINGS_KEY];
  if (input === undefined) return DEFAULT_SETTINGS;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new NextLogoutSettingsError("", `must be an object, got ${describe(input)}.`);
  }
  const cached = parsedSettings.get(input);
  if (cached) return cached;
  const unknownKey = Object.keys(input).find((key) => !(SETTING_NAMES as readonly string[]).includes(key));
  if (unknownKey !== undefined) {
    throw new NextLogoutSettingsError(unknownKey, `is not a setting. Known settings: ${SETTING_NAMES.join(", ")}.`);
  }
  const { logoutPaths, nextVersion, sessionCookies, linkComponents, crossFile } = input as Record<string, unknown>;
  const parsed: NextLogoutSettings = {
    logoutPaths: logoutPaths === undefined ? undefined : parseLogoutPaths(logoutPaths),
    nextVersion: nextVersion === undefined || nextVersion === "detect" ? "detect" : parseVersionSetting(nextVersion),
    sessionCookies: sessionCookies === undefined ? undefined : parseSessionCookies(sessionCookies),
    linkComponents: linkComponents === undefined ? NO_LINK_COMPONENTS : parseLinkComponents(linkComponents),
    crossFile: crossFile === undefined ? true : parseCrossFile(crossFile),
  };
  parsedSettings.set(input, parsed);
  return parsed;
}

/** The `next` version code should be written for: the setting, else the version detected for `filename`. */
export function resolveNextVersion(settings: NextLogoutSettings, filename: string): NextVersion | null {
  return settings.nextVersion === "detect" ? detectNextVersion(filename) : settings.nextVersion;
}

function parseLogoutPaths(value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new NextLogoutSettingsError("logoutPaths", `must be an array of paths such as ["/logout"], got ${describe(value)}.`);
  }
  for (const entry of value as unknown[]) {
    if (typeof entry !== "string" || !entry.startsWith("/") || /[?#]/.test(entry)) {
      throw new NextLogoutSettingsError(
        "logoutPaths",
        `entries must be paths starting with "/" (no query or hash), optionally with * or **; got ${describe(entry)}.`,
      );
    }
  }
  return value as string[];
}

function parseSessionCookies(value: unknown): readonly string[] {
  const isValid = Array.isArray(value) && (value as unknown[]).every((entry) => typeof entry === "string" && /^[^\s;=,]+$/.test(entry));
  if (!isValid) {
    throw new NextLogoutSettingsError(
      "sessionCookies",
      `must be an array of cookie names such as ["session", "__Secure-*"] (no spaces, ";", "=" or ","), got ${describe(value)}.`,
    );
  }
  return value as string[];
}

const LINK_COMPONENT_EXAMPLE = '["NavLink", { "name": "Button", "linkAttribute": "href" }]';
const COMPONENT_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const ATTRIBUTE_NAME = /^[A-Za-z_$][\w$-]*$/;

/** eslint-plugin-react's `linkComponents`: names, or `{ name, linkAttribute }` with one attribute or several. */
function parseLinkComponents(value: unknown): ReadonlyMap<string, readonly string[]> {
  const fail = (problem: string, got: unknown): never => {
    throw new NextLogoutSettingsError("linkComponents", `${problem}, such as ${LINK_COMPONENT_EXAMPLE}; got ${describe(got)}.`);
  };
  if (!Array.isArray(value)) return fail("must be an array of component names and { name, linkAttribute } objects", value);
  const components = new Map<string, readonly string[]>();
  for (const entry of value as unknown[]) {
    if (typeof entry === "string" && COMPONENT_NAME.test(entry)) {
      components.set(entry, [DEFAULT_LINK_ATTRIBUTE]);
      continue;
    }
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail("entries must be component names or objects", entry);
    const { name, linkAttribute, ...rest } = entry as Record<string, unknown>;
    if (Object.keys(rest).length > 0) fail('entries take only "name" and "linkAttribute"', entry);
    if (typeof name !== "string" || !COMPONENT_NAME.test(name)) fail('entries need a component "name"', entry);
    const attributes = linkAttribute === undefined ? [DEFAULT_LINK_ATTRIBUTE] : ([] as unknown[]).concat(linkAttribute);
    const isValid = attributes.length > 0 && attributes.every((attribute) => typeof attribute === "string" && ATTRIBUTE_NAME.test(attribute));
    if (!isValid) fail('"linkAttribute" must be an attribute name or an array of them', entry);
    components.set(name as string, attributes as string[]);
  }
  return components;
}

function parseCrossFile(value: unknown): boolean {
  if (typeof value !== "boolean") throw new NextLogoutSettingsError("crossFile", `must be true or false, got ${describe(value)}.`);
  return value;
}

function parseVersionSetting(value: unknown): NextVersion {
  const version = typeof value === "string" ? parseNextVersion(value) : null;
  if (!version) {
    throw new NextLogoutSettingsError("nextVersion", `must be "detect" or a version such as "14.2" or "16", got ${describe(value)}.`);
  }
  return version;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

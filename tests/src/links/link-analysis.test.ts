import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getLogoutPathSource, mayReadImportedLogoutValue } from "../../../src/links/link-analysis.ts";
import { parseSettings } from "../../../src/project/settings.ts";
import { getSourceCode, makeTree, removeTrees } from "../helpers.ts";

afterAll(removeTrees);

const filename = path.join(path.sep, "app", "components", "nav.tsx");
const settings = parseSettings(undefined);
const fileOnly = parseSettings({ "next-logout": { crossFile: false } });

describe("getLogoutPathSource", () => {
  it("is `here` when the file writes a logout path where navigation may start", () => {
    expect(getLogoutPathSource('<NavLink href="/logout" />', filename, settings)).toBe("here");
  });

  it("is `imports` when only an import may bring the URL, and cross-file reading is on", () => {
    const renderer = 'import { menu } from "@/data/menu";\nexport const Nav = () => <SidebarMenu links={menu} />;';
    expect(getLogoutPathSource(renderer, filename, settings)).toBe("imports");
    expect(getLogoutPathSource(renderer, filename, fileOnly)).toBe("none");
    expect(getLogoutPathSource(renderer, "nav.tsx", settings)).toBe("none");
  });

  it("is `none` where no navigation can start", () => {
    expect(getLogoutPathSource('import { x } from "./x";\nexport const logoutUrl = "/logout";', filename, settings)).toBe("none");
  });
});

describe("mayReadImportedLogoutValue", () => {
  const root = makeTree({ "routes.ts": 'export const ROUTES = { settings: "/settings", end: "/logout" };\n' });
  const page = path.join(root, "page.tsx");
  const mayRead = (code: string) => mayReadImportedLogoutValue(getSourceCode(code, page), page, settings);

  it("follows what the file reads of its imports", () => {
    expect(mayRead('import { ROUTES } from "./routes";\nexport const a = <NavLink href={ROUTES.settings} />;\n')).toBe(false);
    expect(mayRead('import { ROUTES } from "./routes";\nexport const a = <NavLink href={ROUTES.end} />;\n')).toBe(true);
  });

  it("leaves a file that names a logout URL, or requires a module, to the analysis", () => {
    expect(mayRead('import { ROUTES } from "./routes";\nconst LOG_OUT_URL = ROUTES.settings;\nexport const a = <NavLink href={LOG_OUT_URL} />;\n')).toBe(true);
    expect(mayRead('const { ROUTES } = require("./routes");\nexport const a = <NavLink href={ROUTES.settings} />;\n')).toBe(true);
  });
});

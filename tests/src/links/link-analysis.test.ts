import path from "node:path";
import { describe, expect, it } from "vitest";
import { getLogoutPathSource } from "../../../src/links/link-analysis.ts";
import { parseSettings } from "../../../src/project/settings.ts";

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

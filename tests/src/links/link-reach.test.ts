import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { mayImportSignOut } from "../../../src/links/import-reach.ts";
import { mayReachLink, mayReachLogoutText, mayReachLogoutValue, mayReachSignOut } from "../../../src/links/link-reach.ts";
import { resetProjectModel } from "../../../src/project/project-model.ts";
import { parseSettings } from "../../../src/project/settings.ts";
import { makeTree, parseModule, removeTrees } from "../helpers.ts";

afterAll(removeTrees);
beforeEach(resetProjectModel);

const settings = parseSettings(undefined);

describe("mayReachLogoutText", () => {
  const root = makeTree({
    "routes.ts": 'export const EXIT = "/logout";\n',
    "menu.ts": 'import { EXIT } from "./routes";\nexport const menu = [{ href: EXIT }];\n',
    "a.ts": 'import { b } from "./b";\nexport * from "./menu";\nexport const a = b;\n',
    "b.ts": 'import { a } from "./a";\nexport const b = 1;\nexport const c = a;\n',
    "effect.ts": 'import "./routes";\n',
    "plain.ts": 'import { x } from "./other";\nexport const y = x;\n',
    "other.ts": "export const x = 1;\n",
  });
  const at = (file: string) => path.join(root, file);

  it("follows imports and re-exports to a logout path written anywhere below, through a cycle", () => {
    expect(mayReachLogoutText(at("menu.ts"), settings)).toBe(true);
    expect(mayReachLogoutText(at("a.ts"), settings)).toBe(true);
    expect(mayReachLogoutText(at("b.ts"), settings)).toBe(true);
  });

  it("says no when nothing below writes one, or only a side-effect import leads there (it brings no value)", () => {
    expect(mayReachLogoutText(at("plain.ts"), settings)).toBe(false);
    expect(mayReachLogoutText(at("effect.ts"), settings)).toBe(false);
  });

  it("uses the longest literal part of logoutPaths when they are set", () => {
    const custom = parseSettings({ "next-logout": { logoutPaths: ["/session/end"] } });
    expect(mayReachLogoutText(at("menu.ts"), custom)).toBe(false);
  });
});

describe("mayReachLogoutValue", () => {
  const root = makeTree({
    "routes.ts": 'export const EXIT = "/logout";\n',
    "names.ts": 'import { SIGN_OUT_HREF } from "some-auth-package";\nexport const exit = SIGN_OUT_HREF;\n',
    "barrel.ts": 'export * from "./names";\n',
    "button.tsx": 'import { cn } from "./utils";\nexport const Button = (props) => <button className={cn(props)} />;\n',
    "utils.ts": "export const cn = (value) => String(value);\n",
  });
  const at = (file: string) => path.join(root, file);

  it("counts a logout path, and a name that says one, written anywhere below", () => {
    expect(mayReachLogoutValue(at("routes.ts"), settings)).toBe(true);
    expect(mayReachLogoutValue(at("barrel.ts"), settings)).toBe(true);
    // A name is not a path: the file-level import check (mayReachLogoutText) does not count it.
    expect(mayReachLogoutText(at("barrel.ts"), settings)).toBe(false);
  });

  it("says no for modules that write neither, below them too", () => {
    expect(mayReachLogoutValue(at("button.tsx"), settings)).toBe(false);
  });
});

describe("mayReachSignOut", () => {
  const root = makeTree({
    "auth.ts": "export async function leave(client) {\n  await client.signOut();\n}\n",
    "http.ts": 'import ky from "ky";\nexport const api = ky.create({ prefixUrl: "/api" });\n',
    "session.ts": 'import { api } from "./http";\nexport const end = () => api.delete("session");\n',
    "helpers.ts": 'export * from "./session";\n',
    "routes.ts": 'export const ROUTES = { home: "/" };\n',
    "page.tsx": 'import { ROUTES } from "./routes";\nimport type { leave } from "./auth";\nimport React from "react";\nexport const P = () => ROUTES.home;\n',
    "menu.tsx": 'import { ROUTES } from "./routes";\nimport { end } from "./helpers";\nexport const M = () => end();\n',
  });
  const at = (file: string) => path.join(root, file);
  const program = (file: string) => parseModule(readFileSync(at(file), "utf8"));

  it("follows imports to a signOut, a request or a logout path", () => {
    expect(mayReachSignOut(at("auth.ts"), settings)).toBe(true);
    expect(mayReachSignOut(at("helpers.ts"), settings)).toBe(true);
    expect(mayReachSignOut(at("routes.ts"), settings)).toBe(false);
  });

  it("answers for the linted file's value imports", () => {
    expect(mayImportSignOut(program("menu.tsx"), at("menu.tsx"), settings)).toBe(true);
    // A type-only import brings no helper; `react` is never the project's own source.
    expect(mayImportSignOut(program("page.tsx"), at("page.tsx"), settings)).toBe(false);
  });
});

describe("mayReachLink", () => {
  const root = makeTree({
    "nav-link.tsx": 'import Link from "next/link";\nexport const NavLink = (props) => <Link {...props} />;\n',
    "menu.tsx": 'import { NavLink } from "./nav-link";\nexport const Menu = ({ items }) => items.map((item) => <NavLink href={item.href} />);\n',
    "index.ts": 'export * from "./menu";\nexport * from "./card";\n',
    "card.tsx": 'import { cn } from "./utils";\nexport const Card = ({ className, children }) => <div className={cn(className)}>{children}</div>;\n',
    "utils.ts": "export const cn = (...names) => names.join(' ');\n",
  });
  const at = (file: string) => path.join(root, file);

  it("follows what a component passes props to, and what a barrel re-exports", () => {
    expect(mayReachLink(at("menu.tsx"), settings)).toBe(true);
    expect(mayReachLink(at("index.ts"), settings)).toBe(true);
  });

  it("says no for components that render no link from their props", () => {
    expect(mayReachLink(at("card.tsx"), settings)).toBe(false);
  });

  it("counts a component named in linkComponents", () => {
    const root2 = makeTree({ "button.tsx": 'import { DsButton } from "@vendor/ds";\nexport const Button = (p) => <DsButton {...p} />;\n' });
    expect(mayReachLink(path.join(root2, "button.tsx"), settings)).toBe(false);
    expect(mayReachLink(path.join(root2, "button.tsx"), parseSettings({ "next-logout": { linkComponents: ["DsButton"] } }))).toBe(true);
  });
});

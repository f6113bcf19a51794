import { describe, expect, it } from "vitest";
import { applyTextEdits, type TextEdit } from "../../../src/edits/text-edit.ts";
import { withUnusedBindingsRemoved } from "../../../src/edits/unused-bindings.ts";
import { getSourceCode } from "../helpers.ts";

/** `code` after replacing `find` with `text`, and after what that leaves unused. */
function replaceAndTidy(code: string, find: string, text: string): string {
  const start = code.indexOf(find);
  if (start === -1) throw new Error(`no ${find}`);
  const edit: TextEdit = { range: [start, start + find.length], text };
  return applyTextEdits(code, withUnusedBindingsRemoved(getSourceCode(code), [edit]));
}

const COMPONENT = [
  '"use client";',
  "",
  'import { useRouter } from "next/navigation";',
  "",
  "export function SignOut() {",
  "  const router = useRouter();",
  "",
  '  return <button onClick={() => router.push("/logout")}>Sign out</button>;',
  "}",
  "",
].join("\n");

describe("withUnusedBindingsRemoved", () => {
  it("removes the router and its import when the edit took the router's last use, without leaving blank lines", () => {
    expect(replaceAndTidy(COMPONENT, 'router.push("/logout")', 'window.location.replace("/logout")')).toBe(
      [
        '"use client";',
        "",
        "export function SignOut() {",
        '  return <button onClick={() => window.location.replace("/logout")}>Sign out</button>;',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps the router while another use remains", () => {
    const code = COMPONENT.replace("Sign out</button>;", 'Sign out</button> && router.refresh();');
    expect(replaceAndTidy(code, 'router.push("/logout")', "go()")).toBe(code.replace('router.push("/logout")', "go()"));
  });

  it("keeps a name the edit writes again", () => {
    const code = 'import { LOGOUT } from "./routes";\nexport const go = (router: { push(url: string): void }) => router.push(LOGOUT);\n';
    expect(replaceAndTidy(code, "router.push(LOGOUT)", "window.location.replace(LOGOUT)")).toBe(
      'import { LOGOUT } from "./routes";\nexport const go = (router: { push(url: string): void }) => window.location.replace(LOGOUT);\n',
    );
  });

  it("leaves a binding that was unused before the edit", () => {
    const code = 'import { unused } from "./lib";\nimport Cookies from "js-cookie";\nexport const clear = () => Cookies.remove("session");\n';
    expect(replaceAndTidy(code, 'Cookies.remove("session")', 'window.location.replace("/logout")')).toBe(
      'import { unused } from "./lib";\nexport const clear = () => window.location.replace("/logout");\n',
    );
  });

  it("removes one specifier when the import line brings others still in use", () => {
    const code = 'import { useRouter, usePathname } from "next/navigation";\nexport function A() {\n  const router = useRouter();\n  const path = usePathname();\n  return <a onClick={() => router.push(path)} />;\n}\n';
    expect(replaceAndTidy(code, "router.push(path)", "window.location.replace(path)")).toBe(
      'import { usePathname } from "next/navigation";\nexport function A() {\n  const path = usePathname();\n  return <a onClick={() => window.location.replace(path)} />;\n}\n',
    );
  });

  it("removes a destructured hook result once none of its names is used", () => {
    const code = 'import { useRouter } from "next/router";\nexport function A() {\n  const { push } = useRouter();\n  return <a onClick={() => push("/logout")} />;\n}\n';
    expect(replaceAndTidy(code, 'push("/logout")', 'window.location.replace("/logout")')).toBe(
      'export function A() {\n  return <a onClick={() => window.location.replace("/logout")} />;\n}\n',
    );
  });

  it("removes the one property of a destructured hook result that is no longer used, with its comma", () => {
    const code = 'export function A() {\n  const { push, refresh, back } = useRouter();\n  return [refresh, back, () => push("/logout")];\n}\n';
    expect(replaceAndTidy(code, 'push("/logout")', 'window.location.replace("/logout")')).toBe(
      'export function A() {\n  const { refresh, back } = useRouter();\n  return [refresh, back, () => window.location.replace("/logout")];\n}\n',
    );
  });

  it("removes neighbouring properties of one pattern, the last with the comma before it", () => {
    const code = 'export function A() {\n  const {\n    back,\n    push: go,\n    replace = go,\n  } = useRouter();\n  return [back, () => replace("/logout")];\n}\n';
    expect(replaceAndTidy(code, 'replace("/logout")', 'window.location.replace("/logout")')).toBe(
      'export function A() {\n  const {\n    back,\n  } = useRouter();\n  return [back, () => window.location.replace("/logout")];\n}\n',
    );
  });

  it("keeps a property a rest element would otherwise take", () => {
    const code = 'export function A() {\n  const { push, ...rest } = useRouter();\n  return [rest, () => push("/logout")];\n}\n';
    expect(replaceAndTidy(code, 'push("/logout")', 'window.location.replace("/logout")')).toBe(code.replace('push("/logout")', 'window.location.replace("/logout")'));
  });

  it("keeps a declaration whose initializer may do work (not a hook call)", () => {
    const code = 'import { createRouter } from "./router";\nexport function A() {\n  const router = createRouter();\n  return <a onClick={() => router.push("/logout")} />;\n}\n';
    expect(replaceAndTidy(code, 'router.push("/logout")', 'window.location.replace("/logout")')).toBe(
      code.replace('router.push("/logout")', 'window.location.replace("/logout")'),
    );
  });

  it("keeps an import still used as a type", () => {
    const code = 'import Cookies from "js-cookie";\nexport const options: Cookies.CookieAttributes = {};\nexport const clear = () => Cookies.remove("session");\n';
    expect(replaceAndTidy(code, 'Cookies.remove("session")', 'window.location.replace("/logout")')).toBe(
      code.replace('Cookies.remove("session")', 'window.location.replace("/logout")'),
    );
  });
});

import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./e2e/scratch-app.ts";

describe("npm run demo", () => {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts/demo.mjs")], { cwd: REPO_ROOT, encoding: "utf8" });

  it("exits 0", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("prints every logout bug in examples/next-app and nothing for its ordinary navigation", () => {
    const findings = result.stdout.match(/^\s+\d+:\d+\s+error\s+.*$/gm) ?? [];
    expect(findings.map((line) => line.trim().split(/\s+/)[0])).toEqual(["9:23", "13:3", "16:26", "11:7", "12:5", "13:5", "15:7", "18:44"]);
    expect(result.stdout).not.toContain("components/nav.tsx");
  });

  it("prints the diff eslint --fix would apply", () => {
    expect(result.stdout).toContain('-       <Link href="/logout">Log out</Link>\n+       <a href="/logout">Log out</a>');
  });

  it("prints the diff the logout codemod would apply, including the client-side logout", () => {
    const codemod = result.stdout.slice(result.stdout.indexOf("npx next-logout-codemod logout"));
    expect(codemod).toContain(
      '--- components/sign-out-button.tsx\n- import Cookies from "js-cookie";\n- import { useRouter } from "next/navigation";\n- \n' +
        '-   const router = useRouter();\n- \n-     Cookies.remove("session");\n-     router.push("/login");\n+     window.location.replace("/logout");',
    );
    expect(codemod).toContain('+       <button type="button" onClick={() => window.location.replace(ROUTES.logout)}>');
  });
});

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchApp, type ScratchApp } from "./scratch-app.ts";

// A user's app: the plugin beside eslint-config-next (which brings @typescript-eslint/parser for .ts/.tsx).
const FILES = {
  "eslint.config.mjs": [
    'import nextVitals from "eslint-config-next/core-web-vitals";',
    'import nextTs from "eslint-config-next/typescript";',
    'import nextLogout from "eslint-plugin-next-logout";',
    "const config = [...nextVitals, ...nextTs, nextLogout.configs.recommended];",
    "export default config;",
    "",
  ].join("\n"),
  "app/logout/route.ts":
    'import { revalidatePath } from "next/cache";\n\nexport async function GET() {\n  revalidatePath("/", "layout");\n  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });\n}\n',
  "app/page.tsx": 'import Link from "next/link";\n\nexport default function Page() {\n  return <Link href="/logout">Log out</Link>;\n}\n',
  "components/menu.jsx": 'import Link from "next/link";\n\nexport function Menu() {\n  return (\n    <nav>\n      <Link href="/settings">Settings</Link>\n      <Link href="/signout" prefetch={false}>Sign out</Link>\n    </nav>\n  );\n}\n',
  "components/footer.js": 'import Link from "next/link";\n\nexport function Footer() {\n  return <Link href="/about">About</Link>;\n}\n',
  "lib/use-logout.ts": 'import { useRouter } from "next/navigation";\n\nexport function useLogout() {\n  const router = useRouter();\n  return () => router.push("/logout");\n}\n',
};

function eslint(app: ScratchApp, ...args: string[]) {
  const bin = path.join(app.dir, "node_modules/eslint/bin/eslint.js");
  const result = spawnSync(process.execPath, [bin, ...args, "--format", "json", "."], { cwd: app.dir, encoding: "utf8" });
  const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return results.flatMap(({ filePath, messages }) =>
    messages.map(({ ruleId, line }) => `${path.relative(app.dir, filePath)}:${line} ${ruleId}`),
  );
}

describe("npx eslint in a Next.js app with eslint-config-next and configs.recommended", () => {
  let app: ScratchApp;
  beforeAll(() => {
    app = createScratchApp(FILES);
  });
  afterAll(() => app.remove());

  it("reports logout links and router pushes in .js, .jsx, .ts and .tsx", () => {
    const findings = eslint(app).filter((finding) => finding.includes("next-logout/"));
    expect(findings).toEqual([
      "app/page.tsx:4 next-logout/no-link-to-logout",
      "components/menu.jsx:7 next-logout/no-link-to-logout",
      "lib/use-logout.ts:5 next-logout/no-link-to-logout",
    ]);
  });

  it("--fix turns the links into <a> and drops imports nothing uses any more", () => {
    eslint(app, "--fix");
    const read = (file: string) => readFileSync(path.join(app.dir, file), "utf8");
    expect(read("app/page.tsx")).toBe('export default function Page() {\n  return <a href="/logout">Log out</a>;\n}\n');
    expect(read("components/menu.jsx")).toBe(
      'import Link from "next/link";\n\nexport function Menu() {\n  return (\n    <nav>\n      <Link href="/settings">Settings</Link>\n      <a href="/signout">Sign out</a>\n    </nav>\n  );\n}\n',
    );
    expect(read("components/footer.js")).toBe(FILES["components/footer.js"]);
    // Router navigation only gets a suggestion: --fix leaves it for a person to decide.
    expect(read("lib/use-logout.ts")).toBe(FILES["lib/use-logout.ts"]);
    expect(eslint(app).filter((finding) => finding.includes("next-logout/"))).toEqual(["lib/use-logout.ts:5 next-logout/no-link-to-logout"]);
  });

  it("reports nothing else from eslint-config-next on the fixed files", () => {
    expect(eslint(app).filter((finding) => !finding.includes("next-logout/") && !finding.startsWith("eslint.config"))).toEqual([]);
  });
});

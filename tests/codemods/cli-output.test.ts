// What next-logout-codemod prints, run in-process (`runCli`): the summary, the changed files, the findings "Left for
// you" by rule with file:line:column (also under --dry), --print's unified diff, and progress.
import { beforeAll, describe, expect, it } from "vitest";
import { copyExampleApp, makeApp, PACKAGE_JSON, read, readTree, ruleMessage, run, summaryLine, type Run } from "./cli-helpers.ts";
import { SEED_STYLE_ROUTE } from "./route-sources.ts";

const LINK_TO_LOGOUT = `import Link from "next/link";

export default function Page() {
  return <Link href="/logout">Log out</Link>;
}
`;

describe("a copy of examples/next-app", () => {
  const CHANGED = ["app/(auth)/logout/route.ts", "app/@authenticated/page.tsx", "components/sign-out-button.tsx", "components/user-menu.tsx"];
  let directory: string;
  let first: Run;
  let second: Run;
  beforeAll(async () => {
    directory = copyExampleApp();
    first = await run(directory, ["logout", ".", "--force"]);
    second = await run(directory, ["logout", ".", "--force"]);
  });

  it("the first run: exit 0, the changed files and the summary counts, nothing left", () => {
    expect(first).toEqual({
      code: 0,
      stdout: `Changed 4 file(s):\n${CHANGED.map((file) => `  ${file}\n`).join("")}8 files scanned: 4 changed, 3 unchanged, 1 skipped (nothing to fix), 0 errors\n`,
      stderr: "",
    });
  });

  it("the first run writes the Next 16 fix from the app's package.json", () => {
    expect(read(directory, "app/(auth)/logout/route.ts")).toContain("  (await cookies()).delete(cookieName);\n");
  });

  it("a second run changes nothing", () => {
    expect(second).toEqual({ code: 0, stdout: "8 files scanned: 0 changed, 6 unchanged, 2 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });
});

// A sign-out followed by a soft navigation to a URL that may not be a string (require-refresh-after-signout only
// suggests router.refresh(), which the codemod doesn't take), a router call whose URL may not be a string
// (no-link-to-logout can't fix it), and a GET logout handler (prefer-post-logout only reports,
// under --strict). The Link above the router call is fixed, and its import removed: the line numbers shift.
const SIGN_OUT_MENU = `"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutMenu(props: { next?: string }) {
  const router = useRouter();
  async function handleSignOut() {
    await signOut({ redirect: false });
    router.push(props.next ?? "/");
  }
  return <button onClick={handleSignOut}>Sign out</button>;
}
`;
const LEAVE_LINKS = `"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

export function Leave(props: { to?: string }) {
  const router = useRouter();
  return (
    <nav>
      <Link href="/logout">Log out</Link>
      <button onClick={() => router.push(props.to ?? "/logout")}>Leave</button>
    </nav>
  );
}
`;
const GET_LOGOUT_ROUTE = `import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function GET(request: Request) {
  revalidatePath("/", "layout");
  (await cookies()).delete("session");
  return NextResponse.redirect(new URL("/", request.url), { status: 303, headers: { "Cache-Control": "no-store", "Clear-Site-Data": '"cookies", "storage"' } });
}
`;
const LEFT_FILES = {
  "package.json": PACKAGE_JSON,
  "app/logout/route.ts": GET_LOGOUT_ROUTE,
  "components/leave.tsx": LEAVE_LINKS,
  "components/sign-out-menu.tsx": SIGN_OUT_MENU,
};

const ROUTER_TO_LOGOUT = ruleMessage("no-link-to-logout", "routerToLogout", { callee: "router.push", url: "/logout" });
const SOFT_NAVIGATION = ruleMessage("require-refresh-after-signout", "softNavigationAfterSignOut", {
  navigation: "router.push",
  signOut: "signOut",
  router: "router",
});
const GET_LOGOUT = ruleMessage("prefer-post-logout", "getLogout", { path: "/logout" });

describe("Left for you: every finding the codemod did not fix, by rule, with file:line:column", () => {
  it("lists them under the changed files, in the lines of the written files, and exits 0", async () => {
    const directory = makeApp(LEFT_FILES);
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        "Changed 1 file(s):\n  components/leave.tsx\n" +
        "Left for you: 2 findings with no safe automatic fix (lines as the files are after the changes):\n" +
        `  next-logout/no-link-to-logout\n    components/leave.tsx:10:30 ${ROUTER_TO_LOGOUT}\n` +
        `  next-logout/require-refresh-after-signout\n    components/sign-out-menu.tsx:10:5 ${SOFT_NAVIGATION}\n` +
        "3 files scanned: 1 changed, 2 unchanged, 0 skipped (nothing to fix), 0 errors\n",
      stderr: "",
    });
    // Line 10 of the written file is the router call: the Link's import is gone.
    expect(read(directory, "components/leave.tsx").split("\n")[9]).toBe('      <button onClick={() => router.push(props.to ?? "/logout")}>Leave</button>');
  });

  it("under --dry, lists the same findings and writes nothing", async () => {
    const directory = makeApp(LEFT_FILES);
    const before = readTree(directory);
    const result = await run(directory, ["logout", ".", "--dry"]);
    expect(result).toEqual({
      code: 0,
      stdout:
        "Would change 1 file(s):\n  components/leave.tsx\n" +
        "Left for you: 2 findings with no safe automatic fix (lines as the files would be after the changes):\n" +
        `  next-logout/no-link-to-logout\n    components/leave.tsx:10:30 ${ROUTER_TO_LOGOUT}\n` +
        `  next-logout/require-refresh-after-signout\n    components/sign-out-menu.tsx:10:5 ${SOFT_NAVIGATION}\n` +
        "3 files scanned: 1 would change, 2 unchanged, 0 skipped (nothing to fix), 0 errors\n",
      stderr: "",
    });
    expect(readTree(directory)).toEqual(before);
  });

  it("under --strict, also the rules strict turns on: prefer-post-logout", async () => {
    const directory = makeApp(LEFT_FILES);
    const result = await run(directory, ["logout", ".", "--dry", "--strict"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Left for you: 3 findings with no safe automatic fix (lines as the files would be after the changes):\n" +
        `  next-logout/no-link-to-logout\n    components/leave.tsx:10:30 ${ROUTER_TO_LOGOUT}\n` +
        `  next-logout/prefer-post-logout\n    app/logout/route.ts:5:23 ${GET_LOGOUT}\n` +
        `  next-logout/require-refresh-after-signout\n    components/sign-out-menu.tsx:10:5 ${SOFT_NAVIGATION}\n`,
    );
  });

  it("each transform lists only its own rules' findings", async () => {
    const directory = makeApp(LEFT_FILES);
    const routeHandlers = await run(directory, ["logout-route-handlers", ".", "--dry", "--strict"]);
    expect(routeHandlers.stdout).toBe(
      "Left for you: 1 finding with no safe automatic fix (lines as the files would be after the changes):\n" +
        `  next-logout/prefer-post-logout\n    app/logout/route.ts:5:23 ${GET_LOGOUT}\n` +
        "3 files scanned: 0 would change, 1 unchanged, 2 skipped (nothing to fix), 0 errors\n",
    );
    const clientCookies = await run(directory, ["client-cookie-logout", ".", "--dry", "--strict"]);
    expect(clientCookies.stdout).toBe("3 files scanned: 0 would change, 1 unchanged, 2 skipped (nothing to fix), 0 errors\n");
  });
});

describe("--dry", () => {
  it("changes no file and lists what would change", async () => {
    const directory = copyExampleApp();
    const before = readTree(directory);
    const result = await run(directory, ["logout", ".", "--dry"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "Would change 4 file(s):\n  app/(auth)/logout/route.ts\n  app/@authenticated/page.tsx\n  components/sign-out-button.tsx\n  components/user-menu.tsx\n" +
        "8 files scanned: 4 would change, 3 unchanged, 1 skipped (nothing to fix), 0 errors\n",
    );
    expect(readTree(directory)).toEqual(before);
  });
});

describe("--print", () => {
  const DIFF =
    "--- a/app/page.tsx\n+++ b/app/page.tsx\n@@ -1,5 +1,3 @@\n" +
    '-import Link from "next/link";\n-\n export default function Page() {\n-  return <Link href="/logout">Log out</Link>;\n+  return <a href="/logout">Log out</a>;\n }\n';

  it("prints a unified diff of each changed file, before the summary", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/page.tsx": LINK_TO_LOGOUT });
    const result = await run(directory, ["logout", ".", "--force", "--print"]);
    expect(result).toEqual({
      code: 0,
      stdout: `${DIFF}Changed 1 file(s):\n  app/page.tsx\n1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n`,
      stderr: "",
    });
    expect(read(directory, "app/page.tsx")).toBe('export default function Page() {\n  return <a href="/logout">Log out</a>;\n}\n');
  });

  it("with --dry, prints the diff and writes nothing", async () => {
    const directory = makeApp({ "package.json": PACKAGE_JSON, "app/page.tsx": LINK_TO_LOGOUT });
    const result = await run(directory, ["logout", ".", "--dry", "--print"]);
    expect(result.stdout).toBe(`${DIFF}Would change 1 file(s):\n  app/page.tsx\n1 file scanned: 1 would change, 0 unchanged, 0 skipped (nothing to fix), 0 errors\n`);
    expect(read(directory, "app/page.tsx")).toBe(LINK_TO_LOGOUT);
  });

  it("labels files by their path from the working directory, with forward slashes", async () => {
    const directory = makeApp({ "web/package.json": PACKAGE_JSON, "web/app/(auth)/logout/route.ts": SEED_STYLE_ROUTE });
    const result = await run(directory, ["logout", "web", "--dry", "--print"]);
    const label = "web/app/(auth)/logout/route.ts";
    expect(result.stdout.startsWith(`--- a/${label}\n+++ b/${label}\n@@ `)).toBe(true);
    expect(result.stdout).toContain("\n-  cookies().delete(cookieName);\n+  (await cookies()).delete(cookieName);\n");
  });
});

describe("ignored folders", () => {
  const IGNORED = [
    "node_modules/auth-lib/app/logout/route.ts",
    "node_modules/auth-lib/page.tsx",
    ".next/server/app/logout/route.ts",
    "dist/app/logout/route.ts",
    "build/app/logout/route.ts",
    "packages/web/node_modules/ui/page.tsx",
    "packages/web/.next/server/app/logout/route.ts",
  ];

  it("never touches files in node_modules, .next, dist or build", async () => {
    const files: Record<string, string> = { "package.json": PACKAGE_JSON, "app/logout/route.ts": SEED_STYLE_ROUTE };
    for (const file of IGNORED) files[file] = file.endsWith(".tsx") ? LINK_TO_LOGOUT : SEED_STYLE_ROUTE;
    const directory = makeApp(files);
    const result = await run(directory, ["logout", ".", "--force"]);
    expect(result.code).toBe(0);
    expect(summaryLine(result)).toBe("1 file scanned: 1 changed, 0 unchanged, 0 skipped (nothing to fix), 0 errors");
    for (const file of IGNORED) expect(read(directory, file), file).toBe(files[file]);
  });
});

describe("progress", () => {
  let many: string;
  let few: string;
  beforeAll(() => {
    const tinyFiles = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [`src/module-${index}.ts`, `export const value${index} = ${index};\n`]));
    many = makeApp(tinyFiles(260));
    few = makeApp(tinyFiles(249));
  });

  it("prints a progress line every 250 files when there are at least 250", async () => {
    const result = await run(many, ["logout", ".", "--force"]);
    expect(result).toEqual({ code: 0, stdout: "260 files scanned: 0 changed, 0 unchanged, 260 skipped (nothing to fix), 0 errors\n", stderr: "250/260 files\n" });
  });

  it("on a terminal, redraws the progress line in place and ends it", async () => {
    const result = await run(many, ["logout", ".", "--force"], { isTty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("\r250/260 files\n");
  });

  it("prints no progress for fewer than 250 files", async () => {
    const result = await run(few, ["logout", ".", "--force"]);
    expect(result).toEqual({ code: 0, stdout: "249 files scanned: 0 changed, 0 unchanged, 249 skipped (nothing to fix), 0 errors\n", stderr: "" });
  });
});

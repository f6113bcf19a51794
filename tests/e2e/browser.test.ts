// Issue 6: the logout bugs the rules report really happen in a browser, and the codemod's output really fixes them.
// tests/e2e/app-before is built and served twice, as written ("before") and after `jscodeshift -t codemods/logout.ts`
// ("after"), and Chromium runs every logout on both, with JavaScript on and off.
//
// `npm run test:e2e`. Needs the built plugin (`npm run build`: the codemod runs dist/) and Chromium at
// /usr/bin/chromium. UPDATE_SCREENSHOTS=1 also writes docs/e2e-before.png and docs/e2e-after.png.
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters } from "node:util";
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request, type Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.ts";
import { childEnv, children, commonAncestor, freePort, killGroup, spawnGroup, stopAll, waitForExit, waitForServer } from "./processes.ts";
import { createScratchApp, REPO_ROOT, type ScratchApp } from "./scratch-app.ts";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const APP_SOURCE = path.join(REPO_ROOT, "tests/e2e/app-before");
const NEXT_BIN = path.join(REPO_ROOT, "node_modules/next/dist/bin/next");
const JSCODESHIFT_BIN = path.join(REPO_ROOT, "node_modules/jscodeshift/bin/jscodeshift.js");
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1";

const SET_UP_TIMEOUT = 300_000;
const SCENARIO_TIMEOUT = 60_000;

/** Every route of the app that logs out: nothing may request one before the user asks to log out. */
const LOGOUT_PATHS = ["/signout", "/logout", "/logout-relative", "/logout-post"];

interface Logout {
  /** The page, after logging in, that offers it. */
  page: "/" | "/settings";
  /** The link's or button's text. */
  control: string;
  role: "link" | "button";
  /** The request it sends. */
  method: "GET" | "POST";
  path: string;
}

const LOGOUTS = {
  prefetchedLink: { page: "/", control: "Log out", role: "link", method: "GET", path: "/signout" },
  linkWithoutPrefetch: { page: "/settings", control: "Sign out", role: "link", method: "GET", path: "/signout" },
  seedHandler: { page: "/settings", control: "Log out (seed article)", role: "link", method: "GET", path: "/logout" },
  relativeRedirect: { page: "/settings", control: "Log out (relative redirect)", role: "link", method: "GET", path: "/logout-relative" },
  postForm: { page: "/settings", control: "Log out (POST)", role: "button", method: "POST", path: "/logout-post" },
  serverAction: { page: "/settings", control: "Log out (Server Action)", role: "button", method: "POST", path: "/settings" },
} as const satisfies Record<string, Logout>;

interface RunningApp {
  name: "before" | "after";
  scratch: ScratchApp;
  /** `http://localhost:<port>`: the host the session cookie is set on. */
  origin: string;
  log: string;
}

// Temp apps, removed in afterAll, or on exit if the run is cut short (Ctrl-C lets Vitest's worker exit).
const scratchApps: ScratchApp[] = [];
const cleanUpOnExit = () => {
  for (const child of children) killGroup(child, "SIGKILL");
  for (const app of scratchApps) app.remove();
};

/** The app's own files (no build output), as createScratchApp takes them. */
function readAppFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(APP_SOURCE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(APP_SOURCE, path.join(entry.parentPath, entry.name));
    if (/^(?:\.next|node_modules)\//.test(file) || file === "next-env.d.ts") continue;
    files[file] = readFileSync(path.join(APP_SOURCE, file), "utf8");
  }
  return files;
}

function createApp(): ScratchApp {
  const app = createScratchApp(readAppFiles(), {
    react: path.join(REPO_ROOT, "node_modules/react"),
    "react-dom": path.join(REPO_ROOT, "node_modules/react-dom"),
    "@types/node": path.join(REPO_ROOT, "node_modules/@types/node"),
  });
  // `next build` refuses a TypeScript app without @types/react, which this repository doesn't install. The app
  // skips the type check (next.config.mjs), so an empty stand-in satisfies the presence check without network.
  app.write("node_modules/@types/react/package.json", JSON.stringify({ name: "@types/react", version: "19.0.0", types: "index.d.ts" }));
  app.write("node_modules/@types/react/index.d.ts", "export {};\n");
  return app;
}

/**
 * The README's command, run in the app: `jscodeshift -t node_modules/eslint-plugin-next-logout/codemods/logout.ts
 * --extensions=tsx,ts,jsx,js app/`. Not the app's root: jscodeshift doesn't skip node_modules, whose links lead into
 * this repository.
 */
function runCodemod(dir: string): string {
  const transform = "node_modules/eslint-plugin-next-logout/codemods/logout.ts";
  const result = spawnSync(process.execPath, [JSCODESHIFT_BIN, "-t", transform, "--extensions=tsx,ts,jsx,js", "app/"], {
    cwd: dir,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`jscodeshift failed:\n${result.stdout}\n${result.stderr}`);
  // jscodeshift colours its summary when it sees CI=true.
  return stripVTControlCharacters(result.stdout);
}

/** configs.recommended through ESLint's Node API, with @typescript-eslint/parser; rule ids by file. */
async function lint(dir: string): Promise<Record<string, string[]>> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: [".next/", "node_modules/"] },
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ["**/*.ts"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } } },
      plugin.configs.recommended,
    ],
  });
  const findings: Record<string, string[]> = {};
  for (const result of await eslint.lintFiles(["**/*.{ts,tsx}"])) {
    if (result.messages.length === 0) continue;
    findings[path.relative(dir, result.filePath)] = result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`).sort();
  }
  return findings;
}

const pathnameOf = (url: string) => new URL(url).pathname;
const heading = (page: Page) => page.locator("h1").innerText();
const hasSession = async (context: BrowserContext) => (await context.cookies()).some((cookie) => cookie.name === "session");
const logoutRequests = (requests: readonly Request[]) =>
  requests.filter((request) => LOGOUT_PATHS.includes(pathnameOf(request.url()))).map((request) => `${request.method()} ${request.url()}`);
const control = (page: Page, logout: Logout): Locator => page.getByRole(logout.role, { name: logout.control, exact: true });

const CAPTION_STYLE = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:8px 12px;background:#222;color:#fff;font:14px/1.4 sans-serif";

/** With UPDATE_SCREENSHOTS=1: docs/<name>, with a caption and what the browser really has (URL, cookie) below the page. */
async function screenshot(page: Page, context: BrowserContext, name: string, caption: string): Promise<void> {
  if (!UPDATE_SCREENSHOTS) return;
  const facts = `URL ${pathnameOf(page.url())} · session cookie ${(await hasSession(context)) ? "still set" : "deleted"}`;
  const text = `${caption}\n${facts}`;
  // A string, as this project's TypeScript has no DOM types.
  await page.evaluate(
    `(() => { const note = document.createElement("p"); note.style.cssText = ${JSON.stringify(`${CAPTION_STYLE};white-space:pre-line`)}; note.textContent = ${JSON.stringify(text)}; document.body.append(note); })()`,
  );
  await page.screenshot({ path: path.join(REPO_ROOT, "docs", name) });
}

/** Waits until the page is quiet, then hovers the control, which a `<Link>` also prefetches on. */
async function settle(page: Page, logout: Logout): Promise<void> {
  await page.waitForLoadState("networkidle");
  await control(page, logout).hover();
  await sleep(1_000);
}

/** Clicks the logout control and returns the response to the request the logout sends. */
async function clickLogout(page: Page, logout: Logout): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((response) => pathnameOf(response.url()) === logout.path && response.request().method() === logout.method),
    control(page, logout).click(),
  ]);
  return response;
}

let browser: Browser;
const apps = {} as Record<RunningApp["name"], RunningApp>;
let codemodSummary = "";

interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the browser sent, from the login on. */
  requests: Request[];
}

/** Logs in by visiting /login (which sends the browser on to the logout's page), runs `body`, closes the context. */
async function withSession(app: RunningApp, javaScriptEnabled: boolean, logout: Logout, body: (session: Session) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 640, height: 320 } });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    context.on("request", (request) => requests.push(request));
    const loggedIn = await page.goto(`${app.origin}/login${logout.page === "/" ? "" : `?to=${logout.page}`}`);
    expect(loggedIn?.status()).toBe(200);
    expect(pathnameOf(page.url())).toBe(logout.page);
    // Rendered by the server for a request that carried the new session cookie.
    expect(await heading(page)).toBe("DASHBOARD");
    await body({ context, page, requests });
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  process.on("exit", cleanUpOnExit);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}`);
  if (!existsSync(path.join(REPO_ROOT, "dist/src/codemod/worker.js"))) throw new Error("Run `npm run build` first: the codemod runs dist/.");
  const started = performance.now();
  const timings: string[] = [];
  const lap = (what: string, since: number) => timings.push(`${what} ${((performance.now() - since) / 1000).toFixed(1)} s`);
  try {
    for (const name of ["before", "after"] as const) {
      const scratch = createApp();
      scratchApps.push(scratch);
      apps[name] = { name, scratch, origin: "", log: path.join(scratch.dir, "next.log") };
    }

    let since = performance.now();
    codemodSummary = runCodemod(apps.after.scratch.dir);
    lap("codemod", since);

    since = performance.now();
    const turbopackRoot = commonAncestor(realpathSync(tmpdir()), realpathSync(REPO_ROOT));
    await Promise.all(
      Object.values(apps).map((app) =>
        waitForExit(
          spawnGroup([NEXT_BIN, "build"], app.scratch.dir, childEnv({ CI: "1", NEXT_LOGOUT_E2E_TURBOPACK_ROOT: turbopackRoot }), app.log),
          `next build (${app.name})`,
          app.log,
        ),
      ),
    );
    lap("2 parallel next builds", since);

    since = performance.now();
    await Promise.all(
      Object.values(apps).map(async (app) => {
        const port = await freePort();
        app.origin = `http://localhost:${port}`;
        // The seed handler redirects to `${WEB_ADDRESS}/`.
        const server = spawnGroup([NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], app.scratch.dir, childEnv({ WEB_ADDRESS: app.origin }), app.log);
        await waitForServer(server, `http://127.0.0.1:${port}/`, app.log);
      }),
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    lap("servers and Chromium", since);
    lap("set-up", started);
    console.log(`e2e set-up: ${timings.join(", ")}`);
  } catch (error) {
    await teardown();
    throw error;
  }
}, SET_UP_TIMEOUT);

async function teardown(): Promise<void> {
  try {
    await browser?.close();
  } finally {
    await stopAll();
    for (const app of scratchApps) app.remove();
    process.off("exit", cleanUpOnExit);
  }
}

afterAll(teardown, SET_UP_TIMEOUT);

describe("the codemod and the rules on the app", () => {
  it("jscodeshift changes six files and fails on none", () => {
    expect(codemodSummary).toMatch(/^0 errors$/m);
    expect(codemodSummary).toMatch(/^6 ok$/m);
  });

  it("configs.recommended reports every defect before the codemod", async () => {
    expect(await lint(apps.before.scratch.dir)).toEqual({
      "app/@authenticated/page.tsx": ["next-logout/no-link-to-logout"],
      "app/@authenticated/settings/page.tsx": ["next-logout/no-link-to-logout"],
      "app/logout/route.ts": ["next-logout/no-sync-cookies"],
      "app/logout-post/route.ts": ["next-logout/require-logout-no-store", "next-logout/require-logout-revalidate", "next-logout/require-logout-see-other"],
      "app/logout-relative/route.ts": ["next-logout/no-relative-redirect", "next-logout/require-logout-no-store", "next-logout/require-logout-revalidate"],
      "app/signout/route.ts": ["next-logout/require-logout-no-store", "next-logout/require-logout-revalidate"],
    });
  });

  it("configs.recommended reports nothing after it", async () => {
    expect(await lint(apps.after.scratch.dir)).toEqual({});
  });
});

describe.each([
  { javaScriptEnabled: true, label: "on" },
  { javaScriptEnabled: false, label: "off" },
])("JavaScript $label", ({ javaScriptEnabled }) => {
  describe("before the codemod: the bugs happen", () => {
    const before = () => apps.before;

    it(
      javaScriptEnabled
        ? "<Link> prefetches the GET logout: the dashboard logs the user out without a click"
        : "<Link> can't prefetch without JavaScript: the session survives the dashboard",
      async () => {
        const logout = LOGOUTS.prefetchedLink;
        await withSession(before(), javaScriptEnabled, logout, async ({ context, page, requests }) => {
          if (javaScriptEnabled) {
            await expect.poll(() => logoutRequests(requests), { timeout: 15_000 }).not.toEqual([]);
            const prefetch = requests.find((request) => pathnameOf(request.url()) === logout.path);
            expect(prefetch?.headers()["next-router-prefetch"]).toBe("1");
            await expect.poll(() => hasSession(context), { timeout: 15_000 }).toBe(false);
            await page.reload();
            expect(await heading(page)).toBe("GUEST");
          } else {
            await settle(page, logout);
            expect(logoutRequests(requests)).toEqual([]);
            expect(await hasSession(context)).toBe(true);
          }
        });
      },
      SCENARIO_TIMEOUT,
    );

    it(
      javaScriptEnabled
        ? "<Link prefetch={false}> navigates softly: the cookie is gone but DASHBOARD stays on screen"
        : "<Link prefetch={false}> is a plain link without JavaScript: the logout works",
      async () => {
        const logout = LOGOUTS.linkWithoutPrefetch;
        await withSession(before(), javaScriptEnabled, logout, async ({ context, page, requests }) => {
          await settle(page, logout);
          expect(logoutRequests(requests)).toEqual([]);
          const response = await clickLogout(page, logout);
          expect(response.status()).toBe(307);
          // The defect require-logout-no-store reports: nothing keeps the redirect out of caches.
          expect(response.headers()["cache-control"] ?? "").not.toContain("no-store");
          await page.waitForURL(`${before().origin}/`);
          await expect.poll(() => hasSession(context)).toBe(false);
          if (javaScriptEnabled) {
            expect(response.request().headers()["rsc"]).toBe("1");
            await page.waitForLoadState("networkidle");
            await sleep(500);
            expect(await heading(page)).toBe("DASHBOARD");
            await screenshot(page, context, "e2e-before.png", "Before the codemod: clicked “Sign out”, a <Link prefetch={false}> to the GET logout.");
            // Back, the Router Cache shows the page it rendered for the signed-in user.
            await page.goBack();
            await page.waitForURL(`${before().origin}/settings`);
            await sleep(500);
            expect(await heading(page)).toBe("DASHBOARD");
            expect(await hasSession(context)).toBe(false);
            // The server has logged the user out: only a full page load shows it.
            await page.reload();
          }
          expect(await heading(page)).toBe("GUEST");
        });
      },
      SCENARIO_TIMEOUT,
    );

    it("the seed article's handler answers 500 (sync cookies() on Next.js 16): the user stays logged in", async () => {
      const logout = LOGOUTS.seedHandler;
      await withSession(before(), javaScriptEnabled, logout, async ({ context, page }) => {
        const response = await clickLogout(page, logout);
        expect(response.status()).toBe(500);
        // An empty 500: Chromium shows its own error page.
        await page.waitForURL((url) => url.protocol === "chrome-error:");
        expect(await hasSession(context)).toBe(true);
        await page.goto(`${before().origin}/settings`);
        expect(await heading(page)).toBe("DASHBOARD");
      });
    }, SCENARIO_TIMEOUT);

    it("NextResponse.redirect(\"/\") answers 500: the user stays logged in", async () => {
      const logout = LOGOUTS.relativeRedirect;
      await withSession(before(), javaScriptEnabled, logout, async ({ context, page }) => {
        const response = await clickLogout(page, logout);
        expect(response.status()).toBe(500);
        // An empty 500: Chromium shows its own error page.
        await page.waitForURL((url) => url.protocol === "chrome-error:");
        expect(await hasSession(context)).toBe(true);
        await page.goto(`${before().origin}/settings`);
        expect(await heading(page)).toBe("DASHBOARD");
      });
    }, SCENARIO_TIMEOUT);

    it("the POST logout's 307 makes the browser POST again, to /", async () => {
      const logout = LOGOUTS.postForm;
      await withSession(before(), javaScriptEnabled, logout, async ({ context, page }) => {
        const followed = page.waitForRequest((request) => pathnameOf(request.url()) === "/");
        const response = await clickLogout(page, logout);
        expect(response.status()).toBe(307);
        const second = await followed;
        expect(second.method()).toBe("POST");
        expect(second.redirectedFrom()?.url()).toBe(`${before().origin}/logout-post`);
        expect(await hasSession(context)).toBe(false);
      });
    }, SCENARIO_TIMEOUT);
  });

  describe("after the codemod: the bugs are gone", () => {
    const after = () => apps.after;

    it.each([
      ["the dashboard's logout link (was a prefetched <Link>)", LOGOUTS.prefetchedLink],
      ["the settings page's logout link (was <Link prefetch={false}>)", LOGOUTS.linkWithoutPrefetch],
      ["the seed article's handler", LOGOUTS.seedHandler],
      ["the handler that redirected to a path", LOGOUTS.relativeRedirect],
      ["the POST logout form", LOGOUTS.postForm],
    ])(
      "%s: nothing requests a logout before the click; the click logs out for good",
      async (_name, logout) => {
        await withSession(after(), javaScriptEnabled, logout, async ({ context, page, requests }) => {
          await settle(page, logout);
          expect(logoutRequests(requests)).toEqual([]);
          expect(await hasSession(context)).toBe(true);

          const followed = page.waitForRequest((request) => pathnameOf(request.url()) === "/");
          const response = await clickLogout(page, logout);
          expect(response.status()).toBe(logout.method === "POST" ? 303 : 307);
          expect(response.headers()["cache-control"]).toContain("no-store");
          // A full page load, not an RSC fetch, and a GET after the POST.
          expect(response.request().headers()["rsc"]).toBeUndefined();
          expect((await followed).method()).toBe("GET");
          await page.waitForURL(`${after().origin}/`);
          expect(await heading(page)).toBe("GUEST");
          expect(await hasSession(context)).toBe(false);
          if (javaScriptEnabled && logout === LOGOUTS.linkWithoutPrefetch) {
            await screenshot(page, context, "e2e-after.png", "After the codemod: clicked “Sign out”, now an <a> to the GET logout.");
          }

          await page.goBack();
          await page.waitForLoadState("load");
          expect(pathnameOf(page.url())).toBe(logout.page);
          expect(await heading(page)).toBe("GUEST");
        });
      },
      SCENARIO_TIMEOUT,
    );
  });

  describe.each(["before", "after"] as const)("the Server Action logout, %s the codemod", (name) => {
    it("shows the guest page and deletes the cookie; going back shows no DASHBOARD", async () => {
      const logout = LOGOUTS.serverAction;
      await withSession(apps[name], javaScriptEnabled, logout, async ({ context, page }) => {
        await clickLogout(page, logout);
        await page.waitForURL(`${apps[name].origin}/`);
        await page.locator("h1", { hasText: "GUEST" }).waitFor();
        expect(await hasSession(context)).toBe(false);
        await page.goBack();
        await page.waitForLoadState("load");
        expect(pathnameOf(page.url())).toBe(logout.page);
        expect(await heading(page)).toBe("GUEST");
      });
    }, SCENARIO_TIMEOUT);
  });
});

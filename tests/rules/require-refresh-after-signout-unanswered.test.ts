import rule from "../../rules/require-refresh-after-signout.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// Nothing at all after a client sign-out, inside the signed-in UI: a click handler of a "use client" component
// whose last effect is a request that ends the session, and that never navigates, refreshes or loads a page.
const filename = fixtureFile("server-actions", "components/account-menu.tsx");

const CLIENT = '"use client";\n';
const ROUTER = 'import { useRouter } from "next/navigation";\n';

/** A menu whose `handleLogout` runs `body` and is the button's `onClick`; `hook` is the component's first line. */
function menu(body: readonly string[], { header = CLIENT + ROUTER, hook = "const router = useRouter();", prop = "onClick={handleLogout}" } = {}): string {
  return (
    `${header}export function AccountMenu() {\n  ${hook}\n  async function handleLogout() {\n${body.map((line) => `    ${line}\n`).join("")}  }\n` +
    `  return <button ${prop}>Log out</button>;\n}\n`
  );
}

const LOGOUT_FETCH = 'await fetch("/api/auth/logout", { method: "POST" });';
const bareFetch = menu([LOGOUT_FETCH]);
const withoutRouter = menu([LOGOUT_FETCH], { header: CLIENT, hook: "const [open, setOpen] = useState(false);" });
const insideTry = menu(["try {", `  ${LOGOUT_FETCH}`, "} catch (error) {", "  console.error(error);", "}"]);
const inlineArrow = `${CLIENT}export function LogoutButton() {\n  return <button onClick={() => fetch("/api/logout", { method: "POST" })}>Log out</button>;\n}\n`;

/** The report on the sign-out at `line`, columns `column`–`endColumn`, with `suggestion` (or none) after it. */
function unanswered(line: number, column: number, endColumn: number, signOut: string, suggestion?: { call: string; output: string }) {
  return [
    {
      messageId: "signOutWithoutRefresh" as const,
      data: { signOut },
      line,
      column,
      endLine: line,
      endColumn,
      suggestions: suggestion ? [{ messageId: "suggestRefreshAfterSignOut" as const, data: { call: suggestion.call }, output: suggestion.output }] : [],
    },
  ];
}

ruleTester.run("require-refresh-after-signout: nothing after a sign-out in the signed-in UI", rule, {
  valid: withEspree([
    { name: "router.refresh() after it", filename, code: menu([LOGOUT_FETCH, "router.refresh();"]) },
    { name: "a full page load after it", filename, code: menu([LOGOUT_FETCH, 'window.location.href = "/login";']) },
    { name: "state updated after it", filename, code: menu([LOGOUT_FETCH, "setUser(null);"], { hook: "const [user, setUser] = useState(null);" }) },
    { name: "a callback prop after it", filename, code: menu([LOGOUT_FETCH, "onSignedOut?.();"]) },
    { name: "its response read", filename, code: menu(['const response = await fetch("/api/auth/logout", { method: "POST" });', "return response.ok;"]) },
    { name: "chained with .then()", filename, code: menu(['fetch("/api/auth/logout", { method: "POST" }).then(() => setOpen(false));']) },
    { name: "a module without 'use client'", filename, code: menu([LOGOUT_FETCH], { header: ROUTER }) },
    { name: "a request that is no sign-out", filename, code: menu(['await fetch("/api/cart", { method: "DELETE" });']) },
    {
      name: "a library sign-out: its listeners (onAuthStateChange, useSession) may answer it in another file",
      filename,
      code: menu(["await supabase.auth.signOut();"]),
    },
    { name: "a function that is no event handler, such as a mutation's mutationFn", filename, code: `${CLIENT}export const logoutMutation = {\n  mutationFn: async () => {\n    ${LOGOUT_FETCH}\n  },\n  onSettled: () => window.location.reload(),\n};\n` },
    { name: "a handler also passed elsewhere", filename, code: menu([LOGOUT_FETCH], { prop: "onClick={handleLogout} data-x={run(handleLogout)}" }) },
    { name: "on a link, whose own click navigates", filename, code: menu([LOGOUT_FETCH], { prop: 'href="/login" onClick={handleLogout}' }) },
    { name: "a form's onSubmit, which submits the form unless prevented", filename, code: menu([LOGOUT_FETCH], { prop: "onSubmit={handleLogout}" }) },
    { name: "a finally block that runs after it", filename, code: menu(["try {", `  ${LOGOUT_FETCH}`, "} finally {", "  setBusy(false);", "}"]) },
    { name: "a navigation before it", filename, code: menu(['router.push("/bye");', LOGOUT_FETCH]) },
    {
      name: "a component's own callback prop, which it may await and follow with a navigation",
      filename,
      code: `${CLIENT}export function AccountMenu() {\n  async function handleLogout() {\n    ${LOGOUT_FETCH}\n  }\n  return <ConfirmDialog title="Log out?" onConfirm={handleLogout} />;\n}\n`,
    },
    {
      name: "an exported handler: another module may navigate after calling it",
      filename,
      code: `${CLIENT}export async function handleLogout() {\n  ${LOGOUT_FETCH}\n}\nexport function LogoutButton() {\n  return <button onClick={handleLogout}>Log out</button>;\n}\n`,
    },
  ]),
  invalid: withEspree([
    {
      name: "an awaited logout fetch, the handler's last effect: router.refresh() after it",
      filename,
      code: bareFetch,
      errors: unanswered(6, 11, 56, "fetch", { call: "router.refresh()", output: menu([LOGOUT_FETCH, "router.refresh();"]) }),
    },
    {
      name: "without a router in the module: a reload after it",
      filename,
      code: withoutRouter,
      errors: unanswered(5, 11, 56, "fetch", { call: "window.location.reload()", output: menu([LOGOUT_FETCH, "window.location.reload();"], { header: CLIENT, hook: "const [open, setOpen] = useState(false);" }) }),
    },
    {
      name: "inside a try whose catch only runs on failure",
      filename,
      code: insideTry,
      errors: unanswered(7, 13, 58, "fetch", {
        call: "router.refresh()",
        output: menu(["try {", `  ${LOGOUT_FETCH}`, "  router.refresh();", "} catch (error) {", "  console.error(error);", "}"]),
      }),
    },
    { name: "an inline arrow's whole body, not awaited: no suggestion", filename, code: inlineArrow, errors: unanswered(3, 33, 73, "fetch") },
    {
      name: "a handler called from an inline arrow's body",
      filename,
      code: menu([LOGOUT_FETCH], { prop: "onClick={() => handleLogout()}" }),
      errors: unanswered(6, 11, 56, "fetch", { call: "router.refresh()", output: menu([LOGOUT_FETCH, "router.refresh();"], { prop: "onClick={() => handleLogout()}" }) }),
    },
    {
      name: "an inline handler with a block body",
      filename,
      code: `${CLIENT}export function LogoutButton() {\n  return (\n    <button\n      onClick={async () => {\n        await fetch("/logout", { method: "POST" });\n      }}\n    >\n      Log out\n    </button>\n  );\n}\n`,
      errors: unanswered(6, 15, 51, "fetch", {
        call: "window.location.reload()",
        output: `${CLIENT}export function LogoutButton() {\n  return (\n    <button\n      onClick={async () => {\n        await fetch("/logout", { method: "POST" });\n        window.location.reload();\n      }}\n    >\n      Log out\n    </button>\n  );\n}\n`,
      }),
    },
    {
      name: "a useCallback handler, given to onSelect",
      filename,
      code: `${CLIENT}${ROUTER}export function UserMenu() {\n  const router = useRouter();\n  const signOut = useCallback(async () => {\n    await fetch("/api/auth/sign-out", { method: "POST" });\n  }, []);\n  return <MenuItem onSelect={signOut}>Sign out</MenuItem>;\n}\n`,
      errors: unanswered(6, 11, 58, "fetch", {
        call: "router.refresh()",
        output: `${CLIENT}${ROUTER}export function UserMenu() {\n  const router = useRouter();\n  const signOut = useCallback(async () => {\n    await fetch("/api/auth/sign-out", { method: "POST" });\n    router.refresh();\n  }, []);\n  return <MenuItem onSelect={signOut}>Sign out</MenuItem>;\n}\n`,
      }),
    },
    {
      name: "an axios POST to a logout path",
      filename,
      code: menu(['await axios.post("/api/logout");'], { header: `${CLIENT}${ROUTER}import axios from "axios";\n` }),
      errors: unanswered(7, 11, 36, "axios.post", {
        call: "router.refresh()",
        output: menu(['await axios.post("/api/logout");', "router.refresh();"], { header: `${CLIENT}${ROUTER}import axios from "axios";\n` }),
      }),
    },
  ]),
});

import type { InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds, type Options } from "../../rules/no-client-cookie-deletion.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// The suggestion keeps the order of effects: every call that ran before the cookie deletions and the soft
// navigation still runs, awaited, before the full page load starts.
const filename = fixtureFile("no-app", "components/user-menu.tsx");
const NAVIGATE = 'window.location.replace("/logout");';
const IMPORTS = '"use client";\nimport Cookies from "js-cookie";\nimport { useRouter } from "next/navigation";\nimport { signOut, track } from "@/lib/auth";\n';

/** A menu whose `handleLogout` runs `body`, one line each, indented by four. */
function menu(body: readonly string[], imports = IMPORTS): string {
  return (
    `${imports}export function Menu() {\n  const router = useRouter();\n  async function handleLogout() {\n` +
    body.map((line) => `    ${line}\n`).join("") +
    "  }\n  return <button onClick={handleLogout}>Log out</button>;\n}\n"
  );
}

/** With the names the `if` tests read: a flag, the session, a confirmation and a counter. */
const IMPORTS_WITH_FLAG = IMPORTS.replace(
  'import { signOut, track } from "@/lib/auth";\n',
  'import { signOut, track, flag, session, confirmLeave } from "@/lib/auth";\nlet attempts = 0;\n',
);

/** The fixed menu: without the router and the js-cookie import once nothing uses them. */
function fixedMenu(body: readonly string[], { keepsRouter = false, imports = IMPORTS } = {}): string {
  const code = menu(body, imports.replace('import Cookies from "js-cookie";\n', ""));
  return keepsRouter ? code : code.replace('import { useRouter } from "next/navigation";\n', "").replace("  const router = useRouter();\n", "");
}

function deletion(cookie: string, line: number, suggestion: string | null, column = 5) {
  return {
    messageId: "clientCookieDeletion" as const,
    data: { what: `Deleting \`${cookie}\` with \`Cookies.remove()\``, logoutPath: "/logout" },
    line,
    column,
    endLine: line,
    endColumn: column + 'Cookies.remove("")'.length + cookie.length,
    suggestions: suggestion === null ? [] : [{ messageId: "suggestLogoutFunctionNavigation" as const, output: suggestion }],
  };
}

ruleTester.run("no-client-cookie-deletion: the order of effects", rule, {
  valid: [],
  invalid: withEspree<InvalidTestCase<MessageIds, Options>>([
    {
      name: "a sign-out between the deletion and the push still runs, awaited, before the navigation",
      filename,
      code: menu(['Cookies.remove("session");', "await signOut();", 'router.push("/login");']),
      errors: [deletion("session", 8, fixedMenu(["await signOut();", NAVIGATE]))],
    },
    {
      name: "a sign-out after the only deletion runs before the navigation",
      filename,
      code: menu(['Cookies.remove("session");', "await signOut();"]),
      errors: [deletion("session", 8, fixedMenu(["await signOut();", NAVIGATE], { keepsRouter: true }))],
    },
    {
      name: "calls after the push move above the navigation; a final return stays last",
      filename,
      code: menu(['Cookies.remove("session");', 'router.push("/login");', 'track("logout");', "return;"]),
      errors: [deletion("session", 8, fixedMenu(['track("logout");', NAVIGATE, "return;"]))],
    },
    {
      name: "no suggestion when a statement after it could branch",
      filename,
      code: menu(['Cookies.remove("session");', "if (await signOut()) return;", 'router.push("/login");']),
      errors: [deletion("session", 8, null)],
    },
    {
      name: "no suggestion for a deletion in an if block when a call follows the block",
      filename,
      code: menu(["if (await signOut()) {", '  Cookies.remove("session");', "}", 'track("logout");']),
      errors: [deletion("session", 9, null, 7)],
    },
    {
      name: "no suggestion in a loop, which would navigate again",
      filename,
      code: menu(['for (const name of ["session", "theme"]) {', "  Cookies.remove(name);", "}"]),
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting a cookie with `Cookies.remove()`", logoutPath: "/logout" },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: "a deletion in one branch leaves the other branch's navigation alone",
      filename,
      code: menu([
        "if (await signOut()) {",
        '  Cookies.remove("session");',
        '  router.push("/login");',
        "} else {",
        '  router.push("/error");',
        "}",
      ]),
      errors: [
        {
          ...deletion("session", 9, null, 7),
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: fixedMenu(["if (await signOut()) {", `  ${NAVIGATE}`, "} else {", '  router.push("/error");', "}"], { keepsRouter: true }),
            },
          ],
        },
      ],
    },
    {
      name: "an if that held only a removed push goes with it when its test only reads a value (and the unused import)",
      filename,
      code: menu(["if (flag) {", '  router.push("/goodbye");', "}", 'Cookies.remove("session");', 'router.push("/login");'], IMPORTS_WITH_FLAG),
      errors: [deletion("session", 12, fixedMenu([NAVIGATE], { imports: IMPORTS_WITH_FLAG.replace(" flag,", "") }))],
    },
    {
      name: "a property read as the test, and an if that only held such an if, go too",
      filename,
      code: menu(["if (session.user) {", "  if (!flag) {", '    router.replace("/");', "  }", "}", 'Cookies.remove("session");', 'router.push("/login");'], IMPORTS_WITH_FLAG),
      errors: [deletion("session", 14, fixedMenu([NAVIGATE], { imports: IMPORTS_WITH_FLAG.replace(" flag, session,", "") }))],
    },
    {
      name: "a call as the test stays, as a statement, awaited",
      filename,
      code: menu(["if (await confirmLeave()) {", '  router.push("/goodbye");', "}", 'Cookies.remove("session");', 'router.push("/login");'], IMPORTS_WITH_FLAG),
      errors: [deletion("session", 12, fixedMenu(["await confirmLeave();", NAVIGATE], { imports: IMPORTS_WITH_FLAG }))],
    },
    {
      name: "any other test with an effect keeps its if, with the empty block",
      filename,
      code: menu(["if (attempts++ > 0) {", '  router.push("/goodbye");', "}", 'Cookies.remove("session");', 'router.push("/login");'], IMPORTS_WITH_FLAG),
      errors: [deletion("session", 12, fixedMenu(["if (attempts++ > 0) {", "}", NAVIGATE], { imports: IMPORTS_WITH_FLAG }))],
    },
    {
      name: "an if whose block keeps a statement stays as it is",
      filename,
      code: menu(["if (flag) {", '  track("leave");', '  router.push("/goodbye");', "}", 'Cookies.remove("session");', 'router.push("/login");'], IMPORTS_WITH_FLAG),
      errors: [deletion("session", 13, fixedMenu(["if (flag) {", '  track("leave");', "}", NAVIGATE], { imports: IMPORTS_WITH_FLAG }))],
    },
    {
      name: "a deletion in a finally block, with the push after the try statement",
      filename,
      code: menu(["try {", "  await signOut();", "} finally {", '  Cookies.remove("session");', "}", 'router.push("/login");']),
      errors: [
        {
          ...deletion("session", 11, null, 7),
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: fixedMenu(["try {", "  await signOut();", "} finally {", "}", NAVIGATE]),
            },
          ],
        },
      ],
    },
  ]),
});

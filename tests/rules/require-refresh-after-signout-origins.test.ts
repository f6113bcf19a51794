import rule from "../../rules/require-refresh-after-signout.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";
import { reportedPush } from "./signout-reports.ts";

// Which sign-outs refresh or navigate by themselves: Server Actions, Clerk, next-auth with its redirect.
const filename = fixtureFile("server-actions", "components/sign-out-button.tsx");

const ROUTER = '"use client";\nimport { useRouter } from "next/navigation";\n';

/** A sign-out button: `imports`, then a component whose click handler runs `body`, one line each, indented by four. */
function button(imports: string, body: readonly string[], hook = "const router = useRouter();"): string {
  return (
    `${ROUTER}${imports}export function SignOutButton() {\n  ${hook}\n  async function handleSignOut() {\n` +
    body.map((line) => `    ${line}\n`).join("") +
    "  }\n  return <button onClick={handleSignOut}>Sign out</button>;\n}\n"
  );
}

/** A menu that receives its sign-out as the prop `signOut`, and a page of this file that passes it `value`. */
function menuWithProp(imports: string, value: string, declarations = ""): string {
  return (
    `${ROUTER}${imports}${declarations}` +
    "function Menu({ signOut }) {\n  const router = useRouter();\n  async function handleSignOut() {\n" +
    '    await signOut();\n    router.push("/");\n  }\n  return <button onClick={handleSignOut}>Sign out</button>;\n}\n' +
    `export function Header() {\n  return <Menu signOut={${value}} />;\n}\n`
  );
}

const CLERK = 'import { useAuth, useClerk } from "@clerk/nextjs";\n';
const NEXT_AUTH = 'import { signOut } from "next-auth/react";\n';
const FIREBASE = 'import { getAuth, signOut } from "firebase/auth";\n';

const notAnAction = button('import { signOut } from "../lib/auth-client";\n', ["await signOut();", 'router.push("/login");']);
const missingModule = button('import { signOut } from "../lib/missing";\n', ["await signOut();", 'router.push("/login");']);
const lookalikeClerk = button('import { useClerk } from "@/hooks/use-clerk";\n', ["await signOut();", 'router.push("/login");'], "const router = useRouter();\n  const { signOut } = useClerk();");
const nextAuthWithoutRedirect = button(NEXT_AUTH, ['await signOut({ redirect: false, callbackUrl: "/login" });', 'router.push("/login");']);
const firebase = button(FIREBASE, ["await signOut(getAuth());", 'router.push("/login");']);
const propNotAnAction = `${ROUTER}function Menu({ signOut }) {\n  const router = useRouter();\n  async function handleSignOut() {\n    await signOut();\n    router.push("/login");\n  }\n  return <button onClick={handleSignOut}>Sign out</button>;\n}\nexport function Header({ onSignOut }) {\n  return <Menu signOut={onSignOut} />;\n}\n`;

const REDIRECT = '"use client";\nimport { redirect } from "next/navigation";\nimport { authClient } from "@/lib/auth-client";\n';
/** A client sign-out button whose click handler runs `body`. */
function redirectButton(body: readonly string[], header = REDIRECT): string {
  return `${header}export function SignOutButton() {\n  async function handleSignOut() {\n${body.map((line) => `    ${line}\n`).join("")}  }\n  return <button onClick={handleSignOut}>Sign out</button>;\n}\n`;
}

ruleTester.run("require-refresh-after-signout: redirect() after a client sign-out", rule, {
  valid: withEspree([
    {
      name: "redirect() after Auth.js's signOut in a Server Action module",
      filename,
      code: '"use server";\nimport { redirect } from "next/navigation";\nimport { signOut } from "@/auth";\nexport async function logout() {\n  await signOut({ redirect: false });\n  redirect("/login");\n}\n',
    },
    {
      name: "redirect() while rendering, after no sign-out",
      filename,
      code: '"use client";\nimport { redirect } from "next/navigation";\nexport function Guard({ user }) {\n  if (!user) redirect("/login");\n  return null;\n}\n',
    },
    {
      name: "window.location.replace() after the sign-out",
      filename,
      code: redirectButton(["await authClient.signOut();", 'window.location.replace("/login");']),
    },
  ]),
  invalid: withEspree([
    {
      name: "redirect() in a click handler after better-auth's signOut",
      filename,
      code: redirectButton(["await authClient.signOut();", 'redirect("/login");']),
      errors: [
        {
          messageId: "redirectAfterSignOut",
          data: { signOut: "authClient.signOut" },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 23,
          suggestions: [
            {
              messageId: "suggestFullPageLoad",
              output: redirectButton(["await authClient.signOut();", 'window.location.replace("/login");'], REDIRECT.replace('import { redirect } from "next/navigation";\n', "")),
            },
          ],
        },
      ],
    },
    {
      name: "a redirect() whose target is known only at run time gets no suggestion",
      filename,
      code: redirectButton(["await authClient.signOut();", "redirect(next);"]),
      errors: [{ messageId: "redirectAfterSignOut", data: { signOut: "authClient.signOut" }, line: 7, column: 5, endLine: 7, endColumn: 19, suggestions: [] }],
    },
  ]),
});

const API = 'import { api } from "@/lib/api";\n';
const axiosInstance = button(API, ['await api.post("/auth/logout");', 'router.push("/login");']);
const kyDelete = button('import ky from "ky";\n', ['await ky.delete("/api/session/logout");', 'router.push("/login");']);
const ofetchCall = button('import { ofetch } from "ofetch";\n', ['await ofetch("/api/logout", { method: "POST" });', 'router.push("/login");']);
const HELPER = 'import { authClient } from "@/lib/auth-client";\nasync function logout() {\n  await authClient.signOut();\n}\n';
const helperCall = button(HELPER, ["await logout();", 'router.push("/login");']);

ruleTester.run("require-refresh-after-signout: sign-outs that don't say signOut", rule, {
  valid: withEspree([
    { name: "a client instance's request to a path that is no logout", filename, code: button(API, ['await api.post("/profile");', 'router.push("/profile");']) },
    {
      name: "a global's delete() of a logout path is no request",
      filename,
      code: button("", ['await caches.delete("/api/logout");', 'router.push("/login");']),
    },
    {
      name: "a helper that loads a page itself",
      filename,
      code: button('import { authClient } from "@/lib/auth-client";\nasync function logout() {\n  await authClient.signOut();\n  window.location.replace("/login");\n}\n', [
        "await logout();",
        'router.push("/login");',
      ]),
    },
    {
      name: "a helper that does not sign out",
      filename,
      code: button("async function save() {\n  await fetch(\"/api/profile\");\n}\n", ["await save();", 'router.push("/profile");']),
    },
  ]),
  invalid: withEspree([
    { name: "a configured axios instance's post to /auth/logout", filename, code: axiosInstance, errors: reportedPush(axiosInstance, "api.post", 8) },
    { name: "ky's delete of a logout path", filename, code: kyDelete, errors: reportedPush(kyDelete, "ky.delete", 8) },
    { name: "ofetch of a logout path", filename, code: ofetchCall, errors: reportedPush(ofetchCall, "ofetch", 8) },
    { name: "a helper of this file that signs out", filename, code: helperCall, errors: reportedPush(helperCall, "logout", 11) },
  ]),
});

ruleTester.run("require-refresh-after-signout: sign-outs that refresh or navigate by themselves", rule, {
  valid: withEspree([
    {
      name: "a Server Action imported from a relative 'use server' module",
      filename,
      code: button('import { signOut } from "../app/actions";\n', ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "a Server Action imported through the @/ alias, with its extension",
      filename,
      code: button('import { signOut } from "@/app/actions.ts";\n', ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "a Server Action from src/ through the @/ alias, its directive after comments and another directive",
      filename,
      code: button('import { signOut } from "@/lib/session-actions";\n', ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "a Server Action passed as a destructured prop",
      filename,
      code: menuWithProp('import { signOut as signOutAction } from "@/app/actions";\n', "signOutAction"),
    },
    {
      name: "a Server Action declared with 'use server' in this file and passed as a prop",
      filename,
      code: menuWithProp("", "endSession", 'async function endSession() {\n  "use server";\n  (await cookies()).delete("session");\n}\n'),
    },
    {
      name: "a Server Action on the props object",
      filename,
      code:
        `${ROUTER}import { signOut as signOutAction } from "../app/actions";\n` +
        'function Menu(props) {\n  const router = useRouter();\n  return <button onClick={async () => {\n    await props.signOut();\n    router.push("/");\n  }}>Sign out</button>;\n}\n' +
        "export function Header() {\n  return <Menu signOut={signOutAction} />;\n}\n",
    },
    {
      name: "Clerk's useClerk().signOut(): ClerkProvider refreshes the router",
      filename,
      code: button(CLERK, ["await useClerk().signOut();", 'router.push("/login");']),
    },
    {
      name: "Clerk's signOut destructured from useClerk()",
      filename,
      code: button(CLERK, ["await signOut();", 'router.push("/login");'], "const router = useRouter();\n  const { signOut } = useClerk();"),
    },
    {
      name: "Clerk's signOut destructured from useAuth()",
      filename,
      code: button(CLERK, ["await signOut();", 'router.push("/login");'], "const router = useRouter();\n  const { signOut } = useAuth();"),
    },
    {
      name: "Clerk's signOut on the object useClerk() returns",
      filename,
      code: button(CLERK, ["await clerk.signOut();", 'router.push("/login");'], "const router = useRouter();\n  const clerk = useClerk();"),
    },
    {
      name: "next-auth's signOut() with its default redirect",
      filename,
      code: button(NEXT_AUTH, ["await signOut();", 'router.push("/login");']),
    },
    {
      name: "next-auth's signOut with a callbackUrl",
      filename,
      code: button(NEXT_AUTH, ['await signOut({ callbackUrl: "/login" });', 'router.push("/login");']),
    },
    {
      name: "Auth.js's signOut with redirectTo",
      filename,
      code: button(NEXT_AUTH, ['await signOut({ redirectTo: "/login" });', 'router.push("/login");']),
    },
    {
      name: "a sign-out followed by window.location.assign",
      filename,
      code: button('import { authClient } from "@/lib/auth-client";\n', ["await authClient.signOut();", 'window.location.assign("/login");']),
    },
  ]),
  invalid: withEspree([
    {
      name: "a signOut imported from a module without 'use server'",
      filename,
      code: notAnAction,
      errors: reportedPush(notAnAction, "signOut", 8),
    },
    {
      name: "a signOut imported from a file that does not exist",
      filename,
      code: missingModule,
      errors: reportedPush(missingModule, "signOut", 8),
    },
    {
      name: "a prop whose value this file does not know",
      filename,
      code: propNotAnAction,
      errors: reportedPush(propNotAnAction, "signOut", 7),
    },
    {
      name: "a useClerk() that is not Clerk's",
      filename,
      code: lookalikeClerk,
      errors: reportedPush(lookalikeClerk, "signOut", 9),
    },
    {
      name: "next-auth's signOut({ redirect: false }) with a callbackUrl",
      filename,
      code: nextAuthWithoutRedirect,
      errors: reportedPush(nextAuthWithoutRedirect, "signOut", 8),
    },
    {
      name: "Firebase's signOut(auth)",
      filename,
      code: firebase,
      errors: reportedPush(firebase, "signOut", 8),
    },
  ]),
});

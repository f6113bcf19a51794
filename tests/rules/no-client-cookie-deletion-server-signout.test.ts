import rule from "../../rules/no-client-cookie-deletion.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

// Server-only sign-outs imported into a "use client" module, where they can't run.
const filename = fixtureFile("server-actions", "components/account-menu.tsx");
const CLIENT = '"use client";\n';

function serverSignOut(name: string, source: string, line: number, column: number, endColumn: number) {
  return { messageId: "serverSignOutInClient" as const, data: { name, source, logoutPath: "/logout" }, line, column, endLine: line, endColumn };
}

ruleTester.run("no-client-cookie-deletion: server-only sign-outs in client modules", rule, {
  valid: withEspree([
    { name: "next-auth/react's signOut is the client one", filename, code: `${CLIENT}import { signOut } from "next-auth/react";\nexport const out = () => signOut();\n` },
    {
      name: "an auth module that is a 'use server' module exports Server Actions",
      filename,
      code: `${CLIENT}import { signOut } from "@/server/auth";\nexport const out = () => signOut();\n`,
    },
    {
      name: "a module named auth that is no Auth.js config",
      filename,
      code: `${CLIENT}import { signOut } from "@/lib/auth";\nexport const out = () => signOut();\n`,
    },
    {
      name: "the same imports in server code",
      filename: fixtureFile("server-actions", "app/actions/logout.ts"),
      code: 'import { signOut } from "@workos-inc/authkit-nextjs";\nimport { getIronSession } from "iron-session";\nexport async function GET() {\n  await signOut();\n}\n',
    },
    {
      name: "better-auth's client signOut",
      filename,
      code: `${CLIENT}import { authClient } from "@/lib/auth-client";\nexport const out = () => authClient.signOut();\n`,
    },
  ]).concat([
    {
      name: "a type-only import (TypeScript only)",
      filename,
      code: `${CLIENT}import type { getIronSession } from "iron-session";\nexport type Get = typeof getIronSession;\n`,
    },
  ]),
  invalid: withEspree([
    {
      name: "WorkOS AuthKit's signOut",
      filename,
      code: `${CLIENT}import { signOut } from "@workos-inc/authkit-nextjs";\nexport const out = () => signOut();\n`,
      errors: [serverSignOut("signOut", "@workos-inc/authkit-nextjs", 2, 10, 17)],
    },
    {
      name: "Auth.js's server signOut from the app's auth.ts",
      filename,
      code: `${CLIENT}import { auth, signOut as logOut } from "../auth";\nexport const out = () => logOut();\n`,
      errors: [serverSignOut("signOut", "../auth", 2, 16, 33)],
    },
    {
      name: "Auth.js's server signOut through the @/ alias",
      filename,
      code: `${CLIENT}import { signOut } from "@/auth";\nexport const out = () => signOut();\n`,
      errors: [serverSignOut("signOut", "@/auth", 2, 10, 17)],
    },
    {
      name: "iron-session's getIronSession",
      filename,
      code: `${CLIENT}import { getIronSession } from "iron-session";\nexport const read = (store) => getIronSession(store, options);\n`,
      errors: [serverSignOut("getIronSession", "iron-session", 2, 10, 24)],
    },
    {
      name: "better-auth's auth.api.signOut on the server instance",
      filename,
      code: `${CLIENT}import { auth } from "@/lib/auth";\nexport async function logout(headers) {\n  await auth.api.signOut({ headers });\n}\n`,
      errors: [serverSignOut("auth.api.signOut", "@/lib/auth", 4, 9, 38)],
    },
  ]),
});

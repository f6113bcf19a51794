import rule from "../../rules/no-signout-during-render.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

const page = fixtureFile("app-router", "app/logout/page.tsx");
const layout = fixtureFile("app-router", "app/(app)/layout.tsx");
const template = fixtureFile("app-router", "app/(app)/template.tsx");

/**
 * The error on the `occurrence`-th `snippet` of `code` (1-based), at its exact line and columns: the tests name
 * what they underline instead of counting columns.
 */
function reported(code: string, snippet: string, callee: string, kind: string, occurrence = 1) {
  let index = -1;
  for (let count = 0; count < occurrence; count++) index = code.indexOf(snippet, index + 1);
  if (index < 0) throw new Error(`${snippet} is not in the code`);
  const before = code.slice(0, index).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { messageId: "signOutDuringRender" as const, data: { callee, kind }, line, column, endLine: line, endColumn: column + snippet.length };
}

const AUTH_JS_PAGE = `import { signOut } from "@/auth";
import { redirect } from "next/navigation";

export default async function LogoutPage() {
  await signOut();
  redirect("/");
}
`;

const LAYOUT_DELETION = `import { cookies } from "next/headers";
import { getUser } from "@/lib/user";

export default async function AppLayout({ children }) {
  const user = await getUser();
  if (!user) {
    (await cookies()).delete("session");
  }
  return <main>{children}</main>;
}
`;

const IRON_SESSION_PAGE = `import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionOptions } from "@/lib/session";

export default async function LogoutPage() {
  const session = await getIronSession(await cookies(), sessionOptions);
  session.destroy();
  redirect("/login");
}
`;

const SUPABASE_LAYOUT = `import { createClient } from "@/utils/supabase/server";

export default async function AppLayout({ children }) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user?.email_confirmed_at) await supabase.auth.signOut();
  return <>{children}</>;
}
`;

const WORKOS_TEMPLATE = `import { signOut, withAuth } from "@workos-inc/authkit-nextjs";

export default async function Template({ children }) {
  const { user } = await withAuth();
  if (user?.locked) await signOut({ returnTo: "/locked" });
  return children;
}
`;

const BETTER_AUTH_PAGE = `import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export default async function SignOutPage() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
`;

const RENDERED_COMPONENT = `import { signOut } from "@/auth";

async function EndSession() {
  await signOut({ redirect: false });
  return <p>Signed out.</p>;
}

export default function LogoutPage() {
  return (
    <section>
      <EndSession />
    </section>
  );
}
`;

const CALLED_HELPER = `import { cookies } from "next/headers";
import { redirect } from "next/navigation";

async function endSession() {
  const jar = await cookies();
  jar.delete("session");
}

export default async function LogoutPage() {
  await endSession();
  redirect("/login");
}
`;

const ACTION_CALLED_DURING_RENDER = `import { signOut } from "@/auth";

async function logout() {
  "use server";
  await signOut({ redirectTo: "/" });
}

export default async function LogoutPage() {
  await logout();
  return null;
}
`;

const EXPORTED_BY_NAME = `import { cookies } from "next/headers";

const LogoutPage = async () => {
  (await cookies()).set("session", "", { maxAge: 0 });
  return <p>Bye</p>;
};

export { LogoutPage as default };
`;

const METADATA = `import { cookies } from "next/headers";

export async function generateMetadata() {
  const jar = await cookies();
  jar.delete("auth-token");
  return { title: "Signed out" };
}

export default function Page() {
  return <p>Signed out</p>;
}
`;

const HELPER_THROUGH_HELPER = `import { signOut } from "@/auth";

const clearSession = () => signOut({ redirect: false });
async function finish() {
  await clearSession();
}

export default async function Page() {
  await finish();
  return null;
}
`;

const LONG_CALLEE = `import { createSupabaseServerClientForRequest } from "@/lib/supabase";

export default async function AppLayout({ children }) {
  await (await createSupabaseServerClientForRequest())
    .auth.signOut();
  return children;
}
`;

ruleTester.run("no-signout-during-render", rule, {
  valid: withEspree([
    {
      name: "an inline Server Action in a form's action runs on submit, not while the page renders",
      filename: page,
      code: `import { signOut } from "@/auth";

export default function LogoutPage() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/" });
      }}
    >
      <button>Log out</button>
    </form>
  );
}
`,
    },
    {
      name: "a Server Action declared in the page and passed to a form, never called",
      filename: page,
      code: `import { cookies } from "next/headers";

export default async function LogoutPage() {
  async function logout() {
    "use server";
    (await cookies()).delete("session");
  }
  return <form action={logout}><button>Log out</button></form>;
}
`,
    },
    {
      name: "a 'use server' module is no render file",
      filename: fixtureFile("app-router", "app/actions.ts"),
      code: `"use server";
import { signOut } from "@/auth";

export async function logout() {
  await signOut();
}
`,
    },
    {
      name: "a route handler may delete cookies",
      filename: fixtureFile("app-router", "app/logout/route.ts"),
      code: `import { cookies } from "next/headers";

export async function POST() {
  (await cookies()).delete("session");
  return new Response(null, { status: 204 });
}
`,
    },
    {
      name: "middleware may delete cookies",
      filename: fixtureFile("app-router", "middleware.ts"),
      code: `import { NextResponse } from "next/server";

export default function middleware() {
  const response = NextResponse.next();
  response.cookies.delete("session");
  return response;
}
`,
    },
    {
      name: "a 'use client' page signs out in the browser, from an event handler",
      filename: page,
      code: `"use client";
import { signOut } from "next-auth/react";

export default function LogoutPage() {
  return <button onClick={() => signOut()}>Log out</button>;
}
`,
    },
    {
      name: "a helper in lib/ is not known to run during render",
      filename: fixtureFile("app-router", "lib/session.ts"),
      code: `import { cookies } from "next/headers";

export async function endSession() {
  (await cookies()).delete("session");
}
`,
    },
    {
      name: "a page calling another module's helper: its body is out of sight",
      filename: page,
      code: `import { endSession } from "@/lib/session";

export default async function LogoutPage() {
  await endSession();
  return null;
}
`,
    },
    {
      name: "reading the session cookie while rendering",
      filename: layout,
      code: `import { cookies } from "next/headers";

export default async function AppLayout({ children }) {
  const session = (await cookies()).get("session");
  return session ? children : null;
}
`,
    },
    {
      name: "a cookie that is no session cookie",
      filename: layout,
      code: `import { cookies } from "next/headers";

export default async function AppLayout({ children }) {
  (await cookies()).delete("theme");
  return children;
}
`,
    },
    {
      name: "Lucia's invalidateSession only deletes a database row",
      filename: page,
      code: `import { lucia } from "@/lib/lucia";

export default async function LogoutPage({ params }) {
  await lucia.invalidateSession(params.id);
  return null;
}
`,
    },
    {
      name: "a Server Action passed to a client component",
      filename: layout,
      code: `import { signOut } from "@/auth";
import { UserMenu } from "./user-menu";

export default function AppLayout({ children }) {
  async function logout() {
    "use server";
    await signOut();
  }
  return <UserMenu onLogout={logout}>{children}</UserMenu>;
}
`,
    },
    {
      name: "a same-file component that no render function renders",
      filename: page,
      code: `import { signOut } from "@/auth";

async function Unused() {
  await signOut();
  return null;
}

export default function Page() {
  return <p>Hello</p>;
}
`,
    },
    {
      name: "a Pages Router page is no App Router render file",
      filename: fixtureFile("app-router", "pages/logout.tsx"),
      code: AUTH_JS_PAGE,
    },
    {
      name: "error.tsx is a client component",
      filename: fixtureFile("app-router", "app/error.tsx"),
      code: AUTH_JS_PAGE,
    },
  ]),
  invalid: withEspree([
    {
      name: "Auth.js's server signOut in app/logout/page.tsx",
      filename: page,
      code: AUTH_JS_PAGE,
      errors: [reported(AUTH_JS_PAGE, "signOut()", "signOut", "page")],
    },
    {
      name: "a layout deleting the session cookie",
      filename: layout,
      code: LAYOUT_DELETION,
      errors: [reported(LAYOUT_DELETION, '(await cookies()).delete("session")', "(await cookies()).delete", "layout")],
    },
    {
      name: "iron-session's destroy in a page",
      filename: page,
      code: IRON_SESSION_PAGE,
      errors: [reported(IRON_SESSION_PAGE, "session.destroy()", "session.destroy", "page")],
    },
    {
      name: "Supabase's server client signOut in a layout: the cookie write is swallowed",
      filename: layout,
      code: SUPABASE_LAYOUT,
      errors: [reported(SUPABASE_LAYOUT, "supabase.auth.signOut()", "supabase.auth.signOut", "layout")],
    },
    {
      name: "WorkOS AuthKit's signOut in a template",
      filename: template,
      code: WORKOS_TEMPLATE,
      errors: [reported(WORKOS_TEMPLATE, 'signOut({ returnTo: "/locked" })', "signOut", "template")],
    },
    {
      name: "better-auth's auth.api.signOut in a page",
      filename: page,
      code: BETTER_AUTH_PAGE,
      errors: [reported(BETTER_AUTH_PAGE, "auth.api.signOut({ headers: await headers() })", "auth.api.signOut", "page")],
    },
    {
      name: "an async Server Component the page renders",
      filename: page,
      code: RENDERED_COMPONENT,
      errors: [reported(RENDERED_COMPONENT, "signOut({ redirect: false })", "signOut", "page")],
    },
    {
      name: "a same-file helper the page calls, reported at the call",
      filename: page,
      code: CALLED_HELPER,
      errors: [reported(CALLED_HELPER, "endSession()", "endSession", "page", 2)],
    },
    {
      name: "a Server Action called while the page renders is a plain function call",
      filename: page,
      code: ACTION_CALLED_DURING_RENDER,
      errors: [reported(ACTION_CALLED_DURING_RENDER, "logout()", "logout", "page", 2)],
    },
    {
      name: "a default export by name, expiring the cookie with set",
      filename: page,
      code: EXPORTED_BY_NAME,
      errors: [reported(EXPORTED_BY_NAME, '(await cookies()).set("session", "", { maxAge: 0 })', "(await cookies()).set", "page")],
    },
    {
      name: "generateMetadata renders too",
      filename: fixtureFile("app-router", "app/signed-out/page.tsx"),
      code: METADATA,
      errors: [reported(METADATA, 'jar.delete("auth-token")', "jar.delete", "page")],
    },
    {
      name: "a helper that calls a helper that signs out",
      filename: fixtureFile("app-router", "src/app/(auth)/sign-out/default.tsx"),
      code: HELPER_THROUGH_HELPER,
      errors: [reported(HELPER_THROUGH_HELPER, "finish()", "finish", "page", 2)],
    },
    {
      name: "a callee over two lines and 40 characters is named by its last name",
      filename: layout,
      code: LONG_CALLEE,
      errors: [{ messageId: "signOutDuringRender", data: { callee: "signOut", kind: "layout" }, line: 4, column: 9, endLine: 5, endColumn: 20 }],
    },
    {
      name: "not-found.tsx is a page to the reader",
      filename: fixtureFile("app-router", "app/not-found.tsx"),
      code: AUTH_JS_PAGE,
      errors: [reported(AUTH_JS_PAGE, "signOut()", "signOut", "page")],
    },
  ]),
});

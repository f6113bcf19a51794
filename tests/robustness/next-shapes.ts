// Next.js shaped files and syntax edge cases for the corpus test: every route-handler export form, server
// actions, client components, and syntax the rules must walk past without throwing.
export const NEXT_SHAPED_FILES: Record<string, string> = {
  "app/logout/route.ts": `import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
export async function GET(request: NextRequest) { (await cookies()).delete("session"); return NextResponse.redirect(new URL("/", request.url)); }
export const POST = async (request: Request) => Response.redirect("/login", 303);
const handler = function (request: Request) { cookies().delete("sid"); return new Response(null, { status: 302, headers: { Location: "/" } }); };
export { handler as DELETE, handler as PATCH };
export { OPTIONS } from "./shared";
export const { HEAD } = { HEAD: () => new Response(null) };
`,
  "app/api/auth/[...nextauth]/route.ts": `import { handlers } from "@/auth";
export const { GET, POST } = handlers;
`,
  "app/api/session/route.js": `export async function DELETE(req) {
  const res = new Response(null, { headers: { "Set-Cookie": "session=; Max-Age=0" } });
  res.headers.append("Set-Cookie", \`token=; Expires=\${new Date(0).toUTCString()}\`);
  return res;
}
export default function notAHandler() {}
`,
  "src/app/(auth)/sign-out/route.tsx": `import { NextResponse } from "next/server";
export const GET = (async (req) => { const r = NextResponse.redirect(new URL("/", req.url)); r.cookies.delete("__Secure-session"); return r; }) satisfies (r: Request) => Promise<Response>;
`,
  "app/actions.ts": `"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
export async function logout() { cookies().delete("session"); revalidatePath("/"); redirect("/"); }
export const signOut = async () => { const jar = await cookies(); jar.set("auth", "", { maxAge: 0 }); };
`,
  "components/menu.tsx": `"use client";
import Link from "next/link";
import * as Nav from "next/navigation";
import Cookies from "js-cookie";
import { signOut } from "next-auth/react";
export function Menu({ items, ...props }: { items: string[] }) {
  const router = Nav.useRouter();
  const { push } = router;
  const handleLogout = async () => { await signOut({ redirect: false }); Cookies.remove("session"); push("/login"); };
  return (
    <nav {...props}>
      {items.map((item) => <Link key={item} href={\`/\${item}\`} {...props}>{item}</Link>)}
      <Link href={{ pathname: "/logout", query: { next: "/" } }} prefetch={false}>Log out</Link>
      <button onClick={() => router?.push?.("/logout")}>Sign out</button>
      <button onClick={handleLogout} aria-label={"Log out"} />
    </nav>
  );
}
`,
  "components/generic.tsx": `const identity = <T,>(value: T) => value;
export const Box = <T extends object,>({ value }: { value: T }) => <div>{JSON.stringify(identity(value))}</div>;
export const Svg = () => <svg><svg:rect width="1" height="1" /></svg>;
export const Member = ({ UI }: { UI: { Link: (p: { href: string }) => null } }) => <UI.Link href="/logout" />;
export const Spread = (p: Record<string, unknown>) => <a {...p} href={p.href as string} />;
`,
  "lib/edge-cases.ts": `function sealed<T extends { new (...args: any[]): {} }>(constructor: T) { return constructor; }
@sealed
class Session { @sealed static x = 1; #secret = "s"; get secret() { return this.#secret; } }
enum Method { GET = "GET", POST = "POST" }
namespace Auth { export const logout = "/logout"; }
declare module "next-auth" { interface Session { id: string } }
const config = { logout: "/logout" } satisfies Record<string, string>;
const key = "logout";
const value = (config as Record<string, string>)[key] ?? config?.["logout"];
const cast = <string>value;
export { Session, Method, Auth, cast };
`,
  "lib/legacy.cts": `import fs = require("fs");
const cookieName = "session";
export = { fs, cookieName, clear: () => { document.cookie = cookieName + "=; max-age=0"; } };
`,
  "lib/types.d.ts": `declare global { interface Window { cookieStore: { delete(name: string): Promise<void> } } }
export type Handler = (request: Request) => Promise<Response>;
export declare function logout(): Promise<void>;
`,
  "lib/module.mjs": `export const remove = (name) => globalThis.cookieStore?.delete(name);
export default async function* gen() { yield* [1, 2]; for await (const x of gen()) { label: { break label; } } }
`,
};

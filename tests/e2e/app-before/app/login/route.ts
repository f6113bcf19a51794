import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

// GET /login signs in: it sets the HttpOnly session cookie and sends the browser on, to `?to=` (a local path) or `/`.
export async function GET(request: NextRequest) {
  (await cookies()).set("session", crypto.randomUUID(), { httpOnly: true, sameSite: "lax", path: "/" });
  const to = request.nextUrl.searchParams.get("to");
  const destination = to?.startsWith("/") && !to.startsWith("//") ? to : "/";
  return NextResponse.redirect(new URL(destination, request.url), { status: 303 });
}

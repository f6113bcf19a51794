import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  (await cookies()).set("my-app-session", crypto.randomUUID(), { httpOnly: true, sameSite: "lax", path: "/" });
  return NextResponse.redirect(new URL("/", request.url), { status: 303 });
}

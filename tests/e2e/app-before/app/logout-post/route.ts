import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

// A logout form posts here. NextResponse.redirect() defaults to 307, which makes the browser post again, to `/`.
export async function POST(request: NextRequest) {
  (await cookies()).delete("session");
  return NextResponse.redirect(new URL("/", request.url));
}

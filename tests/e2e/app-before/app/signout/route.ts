import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

// A working GET logout: it deletes the cookie and redirects to an absolute URL. Anything that fetches it logs out.
export async function GET(request: NextRequest) {
  (await cookies()).delete("session");
  return NextResponse.redirect(new URL("/", request.url));
}

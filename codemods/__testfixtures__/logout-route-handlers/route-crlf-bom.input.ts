// Saved on Windows: CRLF line endings and a UTF-8 byte order mark, which the fixes must keep.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  cookies().delete("session");
  return NextResponse.redirect(new URL("/login", request.url), {
    status: 303,
    headers: {
      "Clear-Site-Data": '"cookies"',
    },
  });
}

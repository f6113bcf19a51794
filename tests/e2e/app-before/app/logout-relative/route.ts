import { cookies } from "next/headers";
import { NextResponse } from "next/server";

// A logout that redirects to a path: NextResponse.redirect() needs an absolute URL.
export async function GET() {
  (await cookies()).delete("session");
  return NextResponse.redirect("/");
}

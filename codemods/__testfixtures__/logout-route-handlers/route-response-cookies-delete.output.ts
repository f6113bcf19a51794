import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  revalidatePath("/", "layout");
  const response = NextResponse.redirect(new URL("/login", request.url), { headers: { "Cache-Control": "no-store" } });
  response.cookies.delete("session");
  return response;
}

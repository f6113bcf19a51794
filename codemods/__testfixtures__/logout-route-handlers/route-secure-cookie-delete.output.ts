import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  const cookieStore = await cookies();
  cookieStore.delete({ name: "__Secure-session", path: "/", secure: true });
  revalidatePath("/", "layout");
  return NextResponse.redirect(new URL("/", request.url), {
    headers: { "Cache-Control": "no-store" },
  });
}

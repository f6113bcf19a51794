import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  (await cookies()).delete("session");
  revalidatePath("/", "layout");
  return NextResponse.redirect(new URL("/", request.url), {
    headers: { "Cache-Control": "no-store" },
    status: 303,
  });
}

import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { revalidatePath } from "next/cache";

export const GET = async (request: NextRequest) => {
  revalidatePath("/", "layout");
  (await cookies()).delete("session");
  return NextResponse.redirect(new URL("/login", request.url), { headers: { "Cache-Control": "no-store" } });
};

export const POST = async (request: NextRequest) => NextResponse.redirect(new URL("/login", request.url), { headers: { "Cache-Control": "no-store" }, status: 303 });

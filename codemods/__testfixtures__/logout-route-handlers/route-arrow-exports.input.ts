import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export const GET = async (request: NextRequest) => {
  cookies().delete("session");
  return NextResponse.redirect(new URL("/login", request.url));
};

export const POST = async (request: NextRequest) => NextResponse.redirect(new URL("/login", request.url));

/**
 * Logout endpoint, called with fetch() from the account menu.
 *
 * Copyright (c) Example Corp. Licensed under the MIT license.
 */
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";

export async function POST() {
  revalidatePath("/", "layout");
  (await cookies()).delete("session");
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

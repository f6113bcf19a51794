/**
 * Logout endpoint, called with fetch() from the account menu.
 *
 * Copyright (c) Example Corp. Licensed under the MIT license.
 */
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST() {
  (await cookies()).delete("session");
  return NextResponse.json({ ok: true });
}

"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// A Server Action logout: POST only, and Next.js renders every layout anew after it changes a cookie.
export async function logout() {
  (await cookies()).delete("session");
  redirect("/");
}

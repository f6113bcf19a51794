"use client";

import { useRouter } from "next/navigation";

export function LogoutButton() {
  const router = useRouter();
  return (
    <button type="button" onClick={() => router.push("/logout")}>
      Log out
    </button>
  );
}

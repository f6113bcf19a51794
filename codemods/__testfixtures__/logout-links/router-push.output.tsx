"use client";

import { useRouter } from "next/navigation";

export function LogoutButton() {
  const router = useRouter();
  return (
    <button type="button" onClick={() => window.location.replace("/logout")}>
      Log out
    </button>
  );
}

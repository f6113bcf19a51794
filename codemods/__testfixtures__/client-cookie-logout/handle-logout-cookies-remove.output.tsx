"use client";

import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function AccountActions() {
  const router = useRouter();

  function handleLogout() {
    window.location.replace("/logout");
  }

  return (
    <button type="button" onClick={handleLogout}>
      Log out
    </button>
  );
}

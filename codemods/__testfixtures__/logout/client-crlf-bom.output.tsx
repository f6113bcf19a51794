"use client";

// Saved on Windows: CRLF line endings and a UTF-8 byte order mark, which the fixes must keep.
import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function AccountMenu() {
  const router = useRouter();

  async function handleLogout() {
    window.location.assign("/logout");
  }

  return (
    <nav>
      <a href="/logout">
        Log out
      </a>
      <button type="button" onClick={handleLogout}>
        Sign out here
      </button>
    </nav>
  );
}

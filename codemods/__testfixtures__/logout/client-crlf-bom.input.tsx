"use client";

// Saved on Windows: CRLF line endings and a UTF-8 byte order mark, which the fixes must keep.
import Cookies from "js-cookie";
import Link from "next/link";
import { useRouter } from "next/navigation";

export function AccountMenu() {
  const router = useRouter();

  async function handleLogout() {
    Cookies.remove("session");
    Cookies.remove("profile");
    router.push("/login");
  }

  return (
    <nav>
      <Link href="/logout" prefetch={false}>
        Log out
      </Link>
      <button type="button" onClick={handleLogout}>
        Sign out here
      </button>
    </nav>
  );
}

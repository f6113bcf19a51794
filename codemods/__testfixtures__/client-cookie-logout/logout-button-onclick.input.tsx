"use client";

import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function Toolbar() {
  const router = useRouter();
  return (
    <div role="toolbar">
      <button
        type="button"
        onClick={() => {
          Cookies.remove("access_token");
          Cookies.remove("refresh_token");
          router.replace("/");
        }}
      >
        Log out
      </button>
    </div>
  );
}

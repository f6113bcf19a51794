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
          window.location.replace("/logout");
        }}
      >
        Log out
      </button>
    </div>
  );
}

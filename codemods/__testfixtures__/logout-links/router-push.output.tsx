"use client";

export function LogoutButton() {
  return (
    <button type="button" onClick={() => window.location.replace("/logout")}>
      Log out
    </button>
  );
}

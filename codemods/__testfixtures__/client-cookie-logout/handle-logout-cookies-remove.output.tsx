"use client";

export function AccountActions() {
  function handleLogout() {
    window.location.replace("/logout");
  }

  return (
    <button type="button" onClick={handleLogout}>
      Log out
    </button>
  );
}

"use client";

// Saved on Windows: CRLF line endings and a UTF-8 byte order mark, which the fixes must keep.

export function AccountMenu() {
  async function handleLogout() {
    window.location.replace("/logout");
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

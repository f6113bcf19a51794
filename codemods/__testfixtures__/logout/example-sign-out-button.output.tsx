"use client";

// A client-only sign-out: the HttpOnly session cookie survives it, and the soft push keeps the signed-in layout.
export function SignOutButton() {
  async function handleSignOut() {
    await fetch("/api/auth/logout", { method: "POST" });
    window.location.replace("/logout");
  }

  return <button onClick={handleSignOut}>Sign out</button>;
}

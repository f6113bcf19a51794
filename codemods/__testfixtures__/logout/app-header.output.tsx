"use client";

import Link from "next/link";

export function AppHeader({ user }: { user: { name: string } | null }) {
  const handleSignOut = async () => {
    await fetch("/api/session", { method: "DELETE" });
    window.location.replace("/logout");
  };

  return (
    <header>
      <Link href="/">Home</Link>
      {user ? (
        <>
          <Link href="/account">{user.name}</Link>
          <a href="/logout">Log out</a>
          <button type="button" onClick={() => window.location.replace("/logout?everywhere=1")}>
            Log out everywhere
          </button>
          <button type="button" onClick={handleSignOut}>
            Sign out
          </button>
        </>
      ) : (
        <Link href="/login">Log in</Link>
      )}
    </header>
  );
}

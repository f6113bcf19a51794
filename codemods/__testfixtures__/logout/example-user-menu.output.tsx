"use client";

import NextLink from "next/link";

const ROUTES = { settings: "/settings", logout: "/logout" } as const;

export function UserMenu() {
  return (
    <details>
      <summary>Account</summary>
      <NextLink href={ROUTES.settings}>Settings</NextLink>
      {/* prefetch={false} stops the prefetch, but the click is still a soft navigation. */}
      <a href="/logout">
        Sign out
      </a>
      <button type="button" onClick={() => window.location.replace(ROUTES.logout)}>
        Sign out (button)
      </button>
    </details>
  );
}

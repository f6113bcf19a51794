"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";

const ROUTES = { settings: "/settings", logout: "/logout" } as const;

export function UserMenu() {
  const router = useRouter();
  return (
    <details>
      <summary>Account</summary>
      <NextLink href={ROUTES.settings}>Settings</NextLink>
      {/* prefetch={false} stops the prefetch, but the click is still a soft navigation. */}
      <NextLink href={{ pathname: ROUTES.logout }} prefetch={false}>
        Sign out
      </NextLink>
      <button type="button" onClick={() => router.push(ROUTES.logout)}>
        Sign out (button)
      </button>
    </details>
  );
}

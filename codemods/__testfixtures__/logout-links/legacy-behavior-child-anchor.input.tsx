import Link from "next/link";

export function SignOutLink() {
  return (
    <Link href="/api/auth/signout" legacyBehavior passHref>
      <a className="text-sm underline">Sign out</a>
    </Link>
  );
}

import Link from "next/link";

// Ordinary navigation: nothing here is a logout, so nothing is reported.
export function Nav() {
  return (
    <nav>
      <Link href="/">Home</Link>
      <Link href={{ pathname: "/settings", query: { tab: "profile" } }}>Settings</Link>
      <Link href="/blog/why-we-logout-idle-users">Blog</Link>
      <a href="https://status.example.com">Status</a>
    </nav>
  );
}

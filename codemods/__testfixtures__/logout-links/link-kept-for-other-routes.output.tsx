import Link from "next/link";

export function Sidebar() {
  return (
    <aside>
      <Link href="/dashboard">Dashboard</Link>
      <Link href="/settings/profile">Profile</Link>
      <a href="/logout">Log out</a>
    </aside>
  );
}

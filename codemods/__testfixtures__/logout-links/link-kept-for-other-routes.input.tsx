import Link from "next/link";

export function Sidebar() {
  return (
    <aside>
      <Link href="/dashboard">Dashboard</Link>
      <Link href="/settings/profile">Profile</Link>
      <Link href="/logout">Log out</Link>
    </aside>
  );
}

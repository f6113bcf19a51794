import Link from "next/link";

export default function Dashboard() {
  return (
    <main>
      <h1>DASHBOARD</h1>
      <ul>
        <li>
          <Link href="/settings">Settings</Link>
        </li>
        <li>
          {/* A <Link> here is prefetched as soon as the dashboard renders: the prefetch runs the GET handler. */}
          <Link href="/signout">Log out</Link>
        </li>
      </ul>
    </main>
  );
}

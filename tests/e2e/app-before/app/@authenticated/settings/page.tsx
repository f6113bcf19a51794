import Link from "next/link";
import { logout } from "../../actions";

export default function Settings() {
  return (
    <main>
      <h1>DASHBOARD</h1>
      <h2>Settings</h2>
      <ul>
        <li>
          {/* A <Link> without prefetch still navigates softly: the root layout is not rendered again. */}
          <Link prefetch={false} href="/signout">
            Sign out
          </Link>
        </li>
        <li>
          <a href="/logout">Log out (seed article)</a>
        </li>
        <li>
          <a href="/logout-relative">Log out (relative redirect)</a>
        </li>
        <li>
          <form method="post" action="/logout-post">
            <button type="submit">Log out (POST)</button>
          </form>
        </li>
        <li>
          <form action={logout}>
            <button type="submit">Log out (Server Action)</button>
          </form>
        </li>
      </ul>
    </main>
  );
}

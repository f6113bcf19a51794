import { Nav } from "../../components/nav";
import { UserMenu } from "../../components/user-menu";

export default function Dashboard() {
  return (
    <main>
      <Nav />
      <h1>DASHBOARD</h1>
      {/* Prefetched as soon as the dashboard renders: the user is logged out without a click. */}
      <a href="/logout">Log out</a>
      <UserMenu />
    </main>
  );
}

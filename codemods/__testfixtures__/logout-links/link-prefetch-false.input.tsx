import Link from "next/link";

export function AccountMenu() {
  return (
    <nav className="account-menu">
      <Link href="/logout" prefetch={false} className="menu-item">
        Log out
      </Link>
    </nav>
  );
}

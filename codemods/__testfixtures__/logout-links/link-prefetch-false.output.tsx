export function AccountMenu() {
  return (
    <nav className="account-menu">
      <a href="/logout" className="menu-item">
        Log out
      </a>
    </nav>
  );
}

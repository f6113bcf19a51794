export function Header({ user }: { user: { name: string } }) {
  return (
    <header>
      <span>{user.name}</span>
      <a href="/logout">Log out</a>
    </header>
  );
}

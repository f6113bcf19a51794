import NextLink from "next/link";

export function Header({ user }: { user: { name: string } }) {
  return (
    <header>
      <span>{user.name}</span>
      <NextLink href="/logout">Log out</NextLink>
    </header>
  );
}

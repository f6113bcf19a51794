export function SignOutLink() {
  return (
    <a href="/api/auth/signout" className="text-sm underline">Sign out</a>
  );
}

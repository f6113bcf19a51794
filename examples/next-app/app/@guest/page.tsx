import Link from "next/link";

export default function Landing() {
  return (
    <main>
      <h1>GUEST</h1>
      <Link href="/login">Log in</Link>
    </main>
  );
}

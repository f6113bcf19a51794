import Link from "next/link";
import { useRouter } from "next/navigation";

export function Footer() {
  const router = useRouter();
  return (
    <footer>
      <Link href="/about">About</Link>
      <Link href={{ pathname: "/blog", query: { tag: "logout-ux" } }}>Blog</Link>
      <button type="button" onClick={() => router.push("/login")}>
        Log in
      </button>
    </footer>
  );
}

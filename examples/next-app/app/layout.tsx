import { cookies } from "next/headers";
import type { ReactNode } from "react";

// The seed article's set-up: the root layout picks a parallel-route slot by session.
export default async function RootLayout({
  authenticated,
  guest,
}: Readonly<{ authenticated: ReactNode; guest: ReactNode }>) {
  const session = (await cookies()).get("my-app-session");
  return (
    <html lang="en">
      <body>{session ? authenticated : guest}</body>
    </html>
  );
}

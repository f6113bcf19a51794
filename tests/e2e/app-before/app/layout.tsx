import { cookies } from "next/headers";
import type { ReactNode } from "react";

// The seed article's set-up: the root layout reads the HttpOnly session cookie and picks a parallel-route slot.
export default async function RootLayout({
  children,
  authenticated,
  guest,
}: Readonly<{ children: ReactNode; authenticated: ReactNode; guest: ReactNode }>) {
  const session = (await cookies()).get("session");
  return (
    <html lang="en">
      <body>
        {children}
        {session ? authenticated : guest}
      </body>
    </html>
  );
}

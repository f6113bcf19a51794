// Route handlers both codemod runners are tested on: the CLI in-process, and jscodeshift as users run it.
// The seed article's handler without Cache-Control: on Next 16 the codemod awaits cookies() and adds no-store.
export const SEED_STYLE_ROUTE = `import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

const WEB_ADDRESS = process.env.NEXT_PUBLIC_WEB_ADDRESS;
const cookieName = "my-app-session";

export async function GET() {
  revalidatePath("/", "layout");
  const destination = \`\${WEB_ADDRESS}/\`;
  cookies().delete(cookieName);
  return NextResponse.redirect(destination, {
    headers: {
      "Clear-Site-Data": \`"*"\`,
    },
  });
}
`;

// Everything recommended asks for; only the strict config's Clear-Site-Data is missing.
export const ROUTE_WITHOUT_CLEAR_SITE_DATA = `import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function GET(request: Request) {
  revalidatePath("/", "layout");
  (await cookies()).delete("session");
  return NextResponse.redirect(new URL("/", request.url), { status: 303, headers: { "Cache-Control": "no-store" } });
}
`;

// The parser stops at the ";" on line 4.
export const BROKEN_ROUTE = `import { cookies } from "next/headers";

export async function GET() {
  const x = ;
  cookies().delete("session");
}
`;

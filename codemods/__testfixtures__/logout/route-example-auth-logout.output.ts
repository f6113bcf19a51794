import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

const WEB_ADDRESS = process.env.NEXT_PUBLIC_WEB_ADDRESS;
const cookieName = "my-app-session";

// The seed article's handler, as written.
export async function GET() {
  revalidatePath("/", "layout");
  const destination = `${WEB_ADDRESS}/`;
  // cookies() is a Promise on Next 16: this line throws at run time.
  (await cookies()).delete(cookieName);
  return NextResponse.redirect(destination, {
    headers: {
      "Clear-Site-Data": `"*"`,
      "Cache-Control": "no-store",
    },
  });
}

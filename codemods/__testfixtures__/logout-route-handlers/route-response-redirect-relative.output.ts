import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";

export async function POST(request: Request) {
  (await cookies()).delete("session");
  revalidatePath("/", "layout");
  return Response.redirect(new URL('/login', request.url), 303);
}

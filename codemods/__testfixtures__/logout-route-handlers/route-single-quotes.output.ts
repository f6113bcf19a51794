// A logout route in single quotes without semicolons: what the fixes add must read the same.
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { revalidatePath } from 'next/cache'

export async function POST(request: Request) {
  revalidatePath('/', 'layout')
  const store = await cookies()
  store.delete({ name: '__Secure-session', path: '/', secure: true })
  return NextResponse.redirect(new URL('/login', request.url), {
    status: 303,
    headers: {
      'Clear-Site-Data': '"cookies"',
      'Cache-Control': 'no-store',
    },
  })
}

export async function GET() {
  revalidatePath('/', 'layout');
  (await cookies()).delete('session')
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}

// A logout route in single quotes without semicolons: what the fixes add must read the same.
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const store = await cookies()
  store.delete('__Secure-session')
  return NextResponse.redirect(new URL('/login', request.url), {
    status: 303,
    headers: {
      'Clear-Site-Data': '"cookies"',
    },
  })
}

export function GET() {
  cookies().delete('session')
  return new Response(null, { status: 204 })
}

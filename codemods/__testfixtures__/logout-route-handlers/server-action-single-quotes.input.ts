'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

export function signOut() {
  cookies().delete('session')
  redirect('/login')
}

export async function switchAccount(formData: FormData) {
  cookies().set('account', String(formData.get('account')))
  redirect('/')
}

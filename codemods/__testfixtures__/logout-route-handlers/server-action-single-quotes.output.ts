'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

export async function signOut() {
  (await cookies()).delete('session')
  redirect('/login')
}

export async function switchAccount(formData: FormData) {
  (await cookies()).set('account', String(formData.get('account')))
  redirect('/')
}

/** Where to go after signing in (`?next=`): a path of this app only, never another origin, never sign-in again. */
export function safeNextPath(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

// Rules for addresses that come from outside (stored URLs, the ?next= of the sign-in page).

/** Whether a URL from outside may become a clickable link: http(s) only, never javascript:, data: or the like. */
export function isWebUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Only a path of this app is a place to return to after signing in: never another origin
 * (`//host`, `/\host`, a scheme), nothing with whitespace or control characters a browser
 * would drop, and not the sign-in page itself.
 */
export function safeReturnPath(value: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  if (!value || !/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(value)) return '/';
  return value === '/sign-in' || value.startsWith('/sign-in?') || value.startsWith('/sign-in/') ? '/' : value;
}

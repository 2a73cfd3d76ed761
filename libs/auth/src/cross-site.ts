/**
 * Whether a request comes from another site's page, by what the browser says of it:
 * `Sec-Fetch-Site` (cross-site, or same-site from a sibling host) when sent, else an
 * `Origin` whose host is not the request's own. Origins listed in CORS_ORIGIN are
 * trusted. A request with neither header (a command-line client, an old browser) is not
 * refused here: without a session cookie to ride on, it can only sign in as itself.
 */
export function isCrossSite(
  headers: { origin?: string; host?: string; 'sec-fetch-site'?: string },
  trustedOrigins: readonly string[],
): boolean {
  const origin = headers.origin && headers.origin !== 'null' ? headers.origin : undefined;
  if (origin && trustedOrigins.includes(origin)) return false;
  const site = headers['sec-fetch-site'];
  if (site) return site !== 'same-origin' && site !== 'none';
  if (headers.origin === 'null') return true;
  if (!origin) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

/**
 * Whether the browser vouches that a request comes from a page of this very origin: `Sec-Fetch-Site: same-origin`
 * when it sends that header, else an `Origin` whose host is the request's own. Unlike isCrossSite, a request that
 * says neither is not believed, and CORS_ORIGIN's origins are not this origin. A page cannot forge either header,
 * so for a session this proves what the CSRF token proves where a page (Bull Board's) cannot send the token.
 */
export function isSameOrigin(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string }): boolean {
  const site = headers['sec-fetch-site'];
  if (site) return site === 'same-origin';
  if (!headers.origin || headers.origin === 'null' || !headers.host) return false;
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}

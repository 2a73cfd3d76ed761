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

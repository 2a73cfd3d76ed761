import { createHash } from 'node:crypto';

/**
 * The idempotency key of an article's content: SHA-256 over the body with Unicode
 * normalised (NFC) and whitespace collapsed, so re-wrapped or re-indented copies of
 * the same text count as the same article.
 */
export function contentHash(body: string): string {
  const normalised = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/i;

/**
 * The form a URL is stored and compared in: lower-case host, no fragment, no default
 * port, no tracking parameters, remaining parameters sorted, no trailing slash.
 */
export function normaliseUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  if ((url.protocol === 'https:' && url.port === '443') || (url.protocol === 'http:' && url.port === '80')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAMS.test(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

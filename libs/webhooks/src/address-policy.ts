import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Which addresses a webhook may reach: public unicast only. Everything a request from
 * inside the network could abuse (loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast, documentation, benchmarking and reserved ranges) is
 * refused, in IPv4 and IPv6, including IPv4 addresses embedded in IPv6 (IPv4-mapped
 * `::ffff:a.b.c.d`, the NAT64 well-known prefix `64:ff9b::/96`, 6to4 `2002::/16`),
 * whose embedded address is judged by the IPv4 rules.
 */

type Range = readonly [network: string, prefix: number, reason: string];

const IPV4_REFUSED: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified ("this network", RFC 791)'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (RFC 3927)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'reserved for IETF protocol assignments (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, 'reserved (former 6to4 relay anycast)'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (240/4, including the broadcast address)'],
];

/** Inside global unicast (2000::/3), the parts that are not public. Anything outside 2000::/3 is refused too. */
const IPV6_REFUSED: readonly Range[] = [
  ['2001::', 23, 'reserved for IETF protocol assignments (RFC 2928, including Teredo and benchmarking)'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['3fff::', 20, 'documentation (RFC 9637)'],
];

/** Named IPv6 ranges outside 2000::/3, for a precise reason (the rest is "reserved"). */
const IPV6_NAMED: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use NAT64 (RFC 8215)'],
  ['100::', 64, 'discard-only (RFC 6666)'],
  ['fc00::', 7, 'unique-local (RFC 4193)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

function blockList(type: 'ipv4' | 'ipv6', ranges: readonly Range[]): Array<[BlockList, string]> {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return [list, reason];
  });
}

const ipv4Lists = blockList('ipv4', IPV4_REFUSED);
const ipv6Lists = blockList('ipv6', IPV6_REFUSED);
const ipv6NamedLists = blockList('ipv6', IPV6_NAMED);
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');

export type AddressClassification =
  { address: string; family: 4 | 6; refused: false } | { address: string; family: 4 | 6; refused: true; reason: string };

/**
 * Judges one IP address (no host names). A string that is not an IP address is refused.
 * Zone ids (`fe80::1%eth0`) are ignored for the judgement.
 */
export function classifyAddress(input: string): AddressClassification {
  const address = stripBrackets(input).split('%')[0]!;
  if (isIPv4(address)) {
    const reason = ipv4Lists.find(([list]) => list.check(address, 'ipv4'))?.[1];
    return reason ? { address, family: 4, refused: true, reason } : { address, family: 4, refused: false };
  }
  if (!isIPv6(address)) return { address, family: 4, refused: true, reason: 'not an IP address' };

  const embedded = embeddedIPv4(address);
  if (embedded) {
    const inner = classifyAddress(embedded.ipv4);
    return inner.refused
      ? { address, family: 6, refused: true, reason: `${embedded.kind} of ${embedded.ipv4}: ${inner.reason}` }
      : { address, family: 6, refused: false };
  }
  const named = ipv6NamedLists.find(([list]) => list.check(address, 'ipv6'))?.[1];
  if (named) return { address, family: 6, refused: true, reason: named };
  if (!globalUnicast.check(address, 'ipv6')) {
    return { address, family: 6, refused: true, reason: 'reserved (outside IPv6 global unicast 2000::/3)' };
  }
  const reason = ipv6Lists.find(([list]) => list.check(address, 'ipv6'))?.[1];
  return reason ? { address, family: 6, refused: true, reason } : { address, family: 6, refused: false };
}

/** The IPv4 address an IPv6 address carries, for the forms that route to it: IPv4-mapped, NAT64, 6to4
 * (the deprecated IPv4-compatible `::a.b.c.d` is outside 2000::/3 and refused as reserved). */
function embeddedIPv4(address: string): { kind: string; ipv4: string } | null {
  const words = ipv6Words(address);
  const zero = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  const ipv4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  if (zero(0, 5) && words[5] === 0xffff) return { kind: 'IPv4-mapped address', ipv4: ipv4(words[6]!, words[7]!) };
  if (words[0] === 0x64 && words[1] === 0xff9b && zero(2, 6)) return { kind: 'NAT64 address', ipv4: ipv4(words[6]!, words[7]!) };
  if (words[0] === 0x2002) return { kind: '6to4 address', ipv4: ipv4(words[1]!, words[2]!) };
  return null;
}

/** The eight 16-bit words of a valid IPv6 address (with `::` expanded and a trailing dotted quad converted). */
function ipv6Words(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((word) => parseInt(word, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Resolves a host name to every address it has (as `dns.lookup` with `all: true` does). */
export type HostLookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface WebhookUrlPolicy {
  /** Accept `http://` (WEBHOOK_ALLOW_HTTP); otherwise `https` only. */
  allowHttp: boolean;
  /** Host names or literal addresses (as written in the URL, lower case, IPv6 with or without brackets) exempt from the address rules. */
  allowedHosts: readonly string[];
  /** Defaults to the system resolver; tests inject their own. */
  lookup?: HostLookup;
}

export type WebhookUrlCheck =
  | {
      ok: true;
      url: URL;
      /** The host as written in the URL (lower case, no brackets, no trailing dot). */
      hostname: string;
      /** Every address the host resolved to, each checked: connect to one of these, never resolve again (DNS rebinding). */
      addresses: Array<{ address: string; family: 4 | 6 }>;
      /** The host is in WEBHOOK_ALLOWED_HOSTS, so its addresses were not judged. */
      allowListed: boolean;
    }
  | { ok: false; reason: string };

/**
 * Decides whether a webhook may be sent to `rawUrl` now: the scheme, then every address
 * the host resolves to. One refused address refuses the URL (a name with a public and
 * a private address could be steered to either). Called when a subscription is saved
 * and again before every attempt.
 */
export async function checkWebhookUrl(rawUrl: string, policy: WebhookUrlPolicy): Promise<WebhookUrlCheck> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'is not a valid absolute URL' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    return {
      ok: false,
      reason: policy.allowHttp ? 'must use http or https' : `must use https (${url.protocol.replace(/:$/, '')} is refused)`,
    };
  }
  const hostname = stripBrackets(url.hostname.toLowerCase()).replace(/\.$/, '');
  if (!hostname) return { ok: false, reason: 'has no host' };
  const allowed = new Set(policy.allowedHosts.map((host) => stripBrackets(host.trim().toLowerCase()).replace(/\.$/, '')));
  const allowListed = allowed.has(hostname);

  let resolved: Array<{ address: string; family: number }>;
  if (isIPv4(hostname) || isIPv6(hostname)) {
    resolved = [{ address: hostname, family: isIPv4(hostname) ? 4 : 6 }];
  } else {
    try {
      resolved = await (policy.lookup ?? systemLookup)(hostname);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { ok: false, reason: `host ${hostname} could not be resolved${code ? ` (${code})` : ''}` };
    }
    if (resolved.length === 0) return { ok: false, reason: `host ${hostname} has no address` };
  }

  const addresses: Array<{ address: string; family: 4 | 6 }> = [];
  for (const { address } of resolved) {
    const judged = classifyAddress(address);
    if (judged.refused && !allowListed) {
      const via = judged.address === hostname ? '' : ` (${hostname} resolves to ${judged.address})`;
      return { ok: false, reason: `address ${judged.address} is ${judged.reason}${via}; only public addresses are allowed` };
    }
    addresses.push({ address: judged.address, family: judged.family });
  }
  return { ok: true, url, hostname, addresses, allowListed };
}

import { checkWebhookUrl, classifyAddress, HostLookup } from './address-policy';

const lookupOf =
  (table: Record<string, string[]>): HostLookup =>
  async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.99', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.0.8', 'IETF'],
    ['240.1.2.3', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'IPv4-mapped address of 127.0.0.1: loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped address of 127.0.0.1: loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::10.0.0.1', 'NAT64 address of 10.0.0.1: private'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 address of 169.254.169.254: link-local'],
    ['2002:7f00:1::', '6to4 address of 127.0.0.1: loopback'],
    ['2002:c0a8:0101::1', '6to4 address of 192.168.1.1'],
    ['::127.0.0.1', 'reserved'],
    ['100::1', 'discard'],
    ['2001::1', 'IETF'],
    ['4000::1', 'reserved'],
    ['not-an-ip', 'not an IP address'],
  ])('refuses %s (%s)', (address, reason) => {
    const judged = classifyAddress(address);
    expect(judged.refused).toBe(true);
    expect(judged.refused && judged.reason).toContain(reason);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('accepts the public address %s', (address) => {
    expect(classifyAddress(address).refused).toBe(false);
  });
});

describe('checkWebhookUrl', () => {
  const strict = {
    allowHttp: false,
    allowedHosts: [],
    lookup: lookupOf({ 'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] }),
  };

  it('accepts https to a public host and returns every checked address to connect to', async () => {
    const check = await checkWebhookUrl('https://hooks.example.com/factdesk?x=1', strict);
    expect(check).toMatchObject({
      ok: true,
      hostname: 'hooks.example.com',
      allowListed: false,
      addresses: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
  });

  it('refuses http unless allowed, and any other scheme', async () => {
    expect(await checkWebhookUrl('http://hooks.example.com/', strict)).toEqual({ ok: false, reason: 'must use https (http is refused)' });
    expect(await checkWebhookUrl('http://hooks.example.com/', { ...strict, allowHttp: true })).toMatchObject({ ok: true });
    expect(await checkWebhookUrl('ftp://hooks.example.com/', { ...strict, allowHttp: true })).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('not a url', strict)).toMatchObject({ ok: false, reason: 'is not a valid absolute URL' });
  });

  it.each([
    ['https://10.0.0.1/', 'address 10.0.0.1 is private'],
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://[::1]/', 'address ::1 is loopback'],
    ['https://[::ffff:127.0.0.1]/', 'IPv4-mapped address of 127.0.0.1: loopback'],
    ['https://2130706433/', 'address 127.0.0.1 is loopback'], // the WHATWG URL parser reads a bare number as IPv4
    ['https://0x7f.1/', 'loopback'],
  ])('refuses %s', async (url, reason) => {
    const check = await checkWebhookUrl(url, strict);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain(reason);
  });

  it('refuses a name when any one of its addresses is refused (so it cannot be steered to it)', async () => {
    const lookup = lookupOf({ localhost: ['127.0.0.1', '::1'], 'mixed.example': ['93.184.215.14', '10.1.1.1'] });
    expect(await checkWebhookUrl('https://localhost:8443/', { ...strict, lookup })).toEqual({
      ok: false,
      reason: 'address 127.0.0.1 is loopback (localhost resolves to 127.0.0.1); only public addresses are allowed',
    });
    const mixed = await checkWebhookUrl('https://mixed.example/', { ...strict, lookup });
    expect(!mixed.ok && mixed.reason).toContain('10.1.1.1 is private');
  });

  it('lets an allow-listed host (as written) through, but not another name resolving to the same address', async () => {
    const lookup = lookupOf({ 'receiver.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] });
    const policy = { allowHttp: true, allowedHosts: ['127.0.0.1', 'Receiver.test', '[::1]'], lookup };
    expect(await checkWebhookUrl('http://127.0.0.1:4000/hook', policy)).toMatchObject({
      ok: true,
      allowListed: true,
      addresses: [{ address: '127.0.0.1', family: 4 }],
    });
    expect(await checkWebhookUrl('http://[::1]:4000/hook', policy)).toMatchObject({ ok: true, addresses: [{ address: '::1', family: 6 }] });
    expect(await checkWebhookUrl('http://receiver.test./hook', policy)).toMatchObject({ ok: true, hostname: 'receiver.test' });
    expect(await checkWebhookUrl('http://other.test/hook', policy)).toMatchObject({ ok: false });
  });

  it('refuses a host that does not resolve, naming the resolver error', async () => {
    expect(await checkWebhookUrl('https://nowhere.invalid/', strict)).toEqual({
      ok: false,
      reason: 'host nowhere.invalid could not be resolved (ENOTFOUND)',
    });
  });
});

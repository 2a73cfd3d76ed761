import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('counts an IPv4-mapped address as its IPv4 address, and an IPv6 host by its /64', () => {
    expect(clientAddress({ ip: '::ffff:10.0.0.2' })).toBe('10.0.0.2');
    expect(clientAddress({ ip: '2001:db8::1' })).toBe(clientAddress({ ip: '2001:db8::ffff:2' }));
    expect(clientAddress({ ip: '2001:db8:0:1::1' })).not.toBe(clientAddress({ ip: '2001:db8::1' }));
    expect(clientAddress({})).toBe('unknown');
  });
});

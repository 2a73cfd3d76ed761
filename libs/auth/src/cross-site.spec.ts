import { isCrossSite, isSameOrigin } from './cross-site';

describe('isCrossSite', () => {
  const host = 'factdesk.example:3000';

  it('believes Sec-Fetch-Site: same-origin and none pass, same-site and cross-site do not', () => {
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-origin' }, [])).toBe(false);
    expect(isCrossSite({ host, 'sec-fetch-site': 'none' }, [])).toBe(false);
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-site' }, [])).toBe(true);
    expect(isCrossSite({ host, 'sec-fetch-site': 'cross-site' }, [])).toBe(true);
  });

  it('compares Origin with the request’s host when the browser sends no Sec-Fetch-Site', () => {
    expect(isCrossSite({ host, origin: 'http://factdesk.example:3000' }, [])).toBe(false);
    expect(isCrossSite({ host, origin: 'https://evil.example' }, [])).toBe(true);
    expect(isCrossSite({ host, origin: 'http://factdesk.example:3001' }, [])).toBe(true);
    expect(isCrossSite({ host, origin: 'null' }, [])).toBe(true);
    expect(isCrossSite({ host, origin: 'not a url' }, [])).toBe(true);
  });

  it('trusts the origins of CORS_ORIGIN, and lets a request with neither header through', () => {
    expect(isCrossSite({ host, origin: 'https://app.example', 'sec-fetch-site': 'cross-site' }, ['https://app.example'])).toBe(false);
    expect(isCrossSite({ host }, [])).toBe(false);
  });
});

describe('isSameOrigin', () => {
  const host = 'factdesk.example:3000';

  it('believes only Sec-Fetch-Site: same-origin when the browser sends it', () => {
    expect(isSameOrigin({ host, 'sec-fetch-site': 'same-origin' })).toBe(true);
    for (const site of ['same-site', 'cross-site', 'none']) expect(isSameOrigin({ host, 'sec-fetch-site': site })).toBe(false);
    expect(isSameOrigin({ host, origin: 'http://factdesk.example:3000', 'sec-fetch-site': 'cross-site' })).toBe(false);
  });

  it('else needs an Origin with the request’s own host; a request with neither header is not same-origin', () => {
    expect(isSameOrigin({ host, origin: 'http://factdesk.example:3000' })).toBe(true);
    expect(isSameOrigin({ host, origin: 'https://evil.example' })).toBe(false);
    expect(isSameOrigin({ host, origin: 'http://sub.factdesk.example:3000' })).toBe(false);
    expect(isSameOrigin({ host, origin: 'null' })).toBe(false);
    expect(isSameOrigin({ host, origin: 'not a url' })).toBe(false);
    expect(isSameOrigin({ host })).toBe(false);
    expect(isSameOrigin({ origin: 'http://factdesk.example:3000' })).toBe(false);
  });
});

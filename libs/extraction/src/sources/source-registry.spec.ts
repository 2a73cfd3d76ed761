import { SOURCE_KINDS, type SourceRecord } from './source';
import { createSourceRegistry, defaultSourceRegistry, findSourceMentions, resolveSource } from './source-registry';
import { normaliseName } from './name-words';

describe('resolveSource', () => {
  it.each([
    ['Russia’s Defense Ministry', 'russian-ministry-of-defence'],
    ["Russia's Defence Ministry", 'russian-ministry-of-defence'],
    ['Russian Defense Ministry', 'russian-ministry-of-defence'],
    ['the Russian military', 'russian-ministry-of-defence'],
    ['Russian Ministry of Defence', 'russian-ministry-of-defence'],
    ['RUSSIAN MINISTRY OF DEFENSE', 'russian-ministry-of-defence'],
    ['the German foreign ministry', 'german-federal-foreign-office'],
    ['Russian Reconciliation Center', 'russian-centre-for-reconciliation-in-syria'],
    ['Syria Reconciliation Center', 'russian-centre-for-reconciliation-in-syria'],
    ['Russian-run Syria Reconciliation Center', 'russian-centre-for-reconciliation-in-syria'],
    ['Russian Reconciliation Centre', 'russian-centre-for-reconciliation-in-syria'],
    ['RIA news agency', 'ria-novosti'],
    ['Spiegel Online', 'der-spiegel'],
    ['Reuters', 'reuters'],
    ['U.S. State Department', 'us-department-of-state'],
    ['the Pentagon', 'us-department-of-defense'],
    ['Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights'],
    ['Medecins Sans Frontieres', 'medecins-sans-frontieres'],
    ['Maria Zakharova', 'maria-zakharova'],
    ['Konashenkov', 'igor-konashenkov'],
    ['WHO', 'world-health-organization'],
  ])('%s → %s', (name, id) => {
    expect(resolveSource(name)?.id).toBe(id);
  });

  it('returns the canonical name, kind and country', () => {
    expect(resolveSource('Russian Defense Ministry')).toEqual({
      id: 'russian-ministry-of-defence',
      name: 'Russian Ministry of Defence',
      kind: 'military',
      country: 'RU',
    });
    expect(resolveSource('the German foreign ministry')).toMatchObject({
      name: 'German Federal Foreign Office',
      kind: 'government',
      country: 'DE',
    });
    expect(resolveSource('Syria Reconciliation Center')).toMatchObject({
      name: 'Russian Centre for Reconciliation in Syria',
      kind: 'military',
    });
    expect(resolveSource('UN')).toMatchObject({ kind: 'intergovernmental', country: null });
  });

  it('does not resolve generic, unknown or lower-case acronym names', () => {
    expect(resolveSource('Foreign Ministry')).toBeNull();
    expect(resolveSource('the ministry')).toBeNull();
    expect(resolveSource('who')).toBeNull();
    expect(resolveSource('')).toBeNull();
    expect(resolveSource(42 as unknown as string)).toBeNull();
  });
});

describe('findSourceMentions', () => {
  it('finds the longest alias, on word boundaries, with exact spans', () => {
    const text = 'The Russian-run Syria Reconciliation Center and the UN Security Council met; the WHO said who knows. Unicorns.';
    const mentions = findSourceMentions(text);
    expect(mentions.map((mention) => [mention.text, mention.source.id])).toEqual([
      ['Russian-run Syria Reconciliation Center', 'russian-centre-for-reconciliation-in-syria'],
      ['UN Security Council', 'un-security-council'],
      ['WHO', 'world-health-organization'],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('keeps lower-case words inside an alias but never starts one on them', () => {
    const mentions = findSourceMentions('a spokeswoman for the German foreign ministry; the russian military');
    expect(mentions.map((mention) => mention.text)).toEqual(['German foreign ministry']);
  });

  it('does not run across punctuation', () => {
    expect(findSourceMentions('Russian, Defense Ministry').map((mention) => mention.text)).toEqual([]);
  });
});

describe('createSourceRegistry', () => {
  const extra: SourceRecord = {
    id: 'kharkiv-regional-administration',
    name: 'Kharkiv Regional Military Administration',
    kind: 'government',
    country: 'UA',
    aliases: ['Kharkiv regional administration'],
  };

  it('adds sources at run time without changing the default registry', () => {
    const registry = createSourceRegistry([extra]);
    expect(registry.resolve('the Kharkiv regional administration')?.id).toBe(extra.id);
    expect(registry.findMentions('said the Kharkiv Regional Military Administration.').map((mention) => mention.source.id)).toEqual([
      extra.id,
    ]);
    expect(registry.resolve('Reuters')?.id).toBe('reuters');
    expect(resolveSource('Kharkiv regional administration')).toBeNull();
  });

  it('lets an extra record replace a curated one with the same id', () => {
    const registry = createSourceRegistry([
      { id: 'reuters', name: 'Reuters', kind: 'media', country: 'GB', aliases: ['Thomson Reuters Foundation'] },
    ]);
    expect(registry.get('reuters')?.aliases).toEqual(['Thomson Reuters Foundation']);
    expect(registry.resolve('Thomson Reuters Foundation')?.id).toBe('reuters');
  });

  it.each([
    [{ ...extra, id: 'Not A Slug' }, /id must be a lower-case slug/],
    [{ ...extra, name: ' ' }, /name must be a non-empty string/],
    [{ ...extra, kind: 'blog' }, /kind must be one of/],
    [{ ...extra, country: 'Ukraine' }, /country must be an ISO/],
    [{ ...extra, aliases: 'x' }, /aliases must be an array/],
    [null, /must be an object/],
  ])('rejects a malformed record with a clear message (%#)', (record, message) => {
    expect(() => createSourceRegistry([record as unknown as SourceRecord])).toThrow(message);
  });
});

describe('sources.json', () => {
  const records = defaultSourceRegistry.records;

  it('has at least 150 well-formed sources of every kind', () => {
    expect(records.length).toBeGreaterThanOrEqual(150);
    for (const kind of SOURCE_KINDS) expect(records.some((record) => record.kind === kind)).toBe(true);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('links people to organisations that exist', () => {
    for (const person of records.filter((record) => record.organisation)) {
      expect(defaultSourceRegistry.get(person.organisation!)).toBeDefined();
    }
  });

  it('never gives one alias to two sources', () => {
    const owner = new Map<string, string>();
    for (const record of records) {
      for (const alias of [record.name, ...record.aliases]) {
        const key = normaliseName(alias);
        expect([key, owner.get(key) ?? record.id]).toEqual([key, record.id]);
        owner.set(key, record.id);
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract, type ExtractionResult } from '../extract';

/**
 * Golden tests of the whole engine: claim by claim, what a fact-checker would see.
 * A change that moves any of these lines is a change in behaviour: look at it before updating.
 */
const read = (path: string) => readFileSync(resolve(__dirname, path), 'utf8');
const fixture = read('../../../../../shared/fixtures/aleppo-2016-12.txt');

type Row = [
  textStart: string,
  type: string,
  speaker: string | null,
  role: string | null,
  organisation: string | null,
  outlet: string | null,
  source: string | null,
];

function rows(result: ExtractionResult): Row[] {
  return result.claims.map((claim) => {
    const a = claim.attribution;
    return [claim.text.slice(0, 40), claim.type, a.speaker, a.role, a.organisation, a.outlet, a.source?.id ?? null];
  });
}

describe('golden: the Aleppo fixture', () => {
  const result = extract(fixture);

  it('gives every claim its span, type, speaker, role, organisation, outlet and source', () => {
    for (const claim of result.claims) expect(fixture.slice(claim.start, claim.end)).toBe(claim.text);
    expect(rows(result)).toEqual<Row[]>([
      [
        'Moscow hopes to resolve the situation in',
        'prediction',
        'Mikhail Bogdanov',
        'Deputy Foreign Minister',
        'Russian Ministry of Foreign Affairs',
        null,
        'russian-ministry-of-foreign-affairs',
      ],
      [
        '“We are hoping for this, yes, indeed.',
        'quote',
        'Mikhail Bogdanov',
        'Deputy Foreign Minister',
        'Russian Ministry of Foreign Affairs',
        'RIA news agency',
        'russian-ministry-of-foreign-affairs',
      ],
      [
        'We need to force these terrorists out th',
        'quote',
        'Mikhail Bogdanov',
        'Deputy Foreign Minister',
        'Russian Ministry of Foreign Affairs',
        'RIA news agency',
        'russian-ministry-of-foreign-affairs',
      ],
      [
        'It’s a common task,” Bogdanov said on We',
        'quote',
        'Mikhail Bogdanov',
        'Deputy Foreign Minister',
        'Russian Ministry of Foreign Affairs',
        'RIA news agency',
        'russian-ministry-of-foreign-affairs',
      ],
      ['The high-ranking diplomat had been asked', 'prediction', null, null, null, null, null],
      [
        'This week brought a breakthrough for the',
        'statistic',
        null,
        null,
        'Russia’s Defense Ministry',
        null,
        'russian-ministry-of-defence',
      ],
      [
        '“The most important thing is that over 8',
        'statistic',
        'Igor Konashenkov',
        'spokesman',
        'Russian Defense Ministry',
        null,
        'russian-ministry-of-defence',
      ],
      [
        'Many of them at long last were able to g',
        'quote',
        'Igor Konashenkov',
        'spokesman',
        'Russian Defense Ministry',
        null,
        'russian-ministry-of-defence',
      ],
      [
        'Those Syrians had been serving as human ',
        'quote',
        'Igor Konashenkov',
        'spokesman',
        'Russian Defense Ministry',
        null,
        'russian-ministry-of-defence',
      ],
      ['At the same time, Moscow has pointed out', 'statistic', null, null, 'Moscow', null, 'government-of-russia'],
      [
        '“Most of the humanitarian aid is going t',
        'quote',
        'Maria Zakharova',
        'spokesperson',
        'Foreign Ministry',
        null,
        'russian-ministry-of-foreign-affairs',
      ],
      [
        'On Monday, the Russian-run Syria Reconci',
        'statistic',
        null,
        null,
        'Russian-run Syria Reconciliation Center',
        null,
        'russian-centre-for-reconciliation-in-syria',
      ],
      [
        '“Over the past 24 hours, 507 fighters ch',
        'statistic',
        null,
        null,
        'Russian-run Syria Reconciliation Center',
        null,
        'russian-centre-for-reconciliation-in-syria',
      ],
      [
        'In accordance with the Syrian president’',
        'statistic',
        null,
        null,
        'Russian-run Syria Reconciliation Center',
        null,
        'russian-centre-for-reconciliation-in-syria',
      ],
      [
        '3,179 people, including 1,519 children –',
        'statistic',
        null,
        null,
        'Russian Reconciliation Center',
        null,
        'russian-centre-for-reconciliation-in-syria',
      ],
      ['This week, Damascus stepped up its siege', 'event', null, null, null, null, null],
      ['The Syrian Army is targeting Al-Nusra Fr', 'event', null, null, null, null, null],
      ['The operation put a strain on the abilit', 'event', null, null, null, null, null],
      ['Previously, some of the terrorist groups', 'event', null, null, null, null, null],
      [
        'Despite the recent military success, the',
        'event',
        'Norbert Röttgen',
        'head',
        'German Parliament’s Foreign Affairs Committee',
        'Spiegel Online',
        'bundestag',
      ],
      [
        'The German politicians cited damage alle',
        'causal',
        'Norbert Röttgen',
        'head',
        'German Parliament’s Foreign Affairs Committee',
        'Spiegel Online',
        'bundestag',
      ],
      [
        'Damascus and “its supporters, above all ',
        'causal',
        null,
        'spokeswoman',
        'German foreign ministry',
        'Reuters',
        'german-federal-foreign-office',
      ],
      ['The strikes, according to the Russian mi', 'event', null, null, 'Russian military', null, 'russian-ministry-of-defence'],
    ]);
  });

  it('proposes exactly the two conflicts between the German and the Russian accounts', () => {
    const conflicts = result.conflicts.map((conflict) => ({
      sides: conflict.sides.map((side) => ({
        source: side.sourceId,
        claims: side.claimIndexes.map((i) => result.claims[i]!.text.slice(0, 30)),
      })),
      about: conflict.about,
    }));
    expect(conflicts).toEqual([
      {
        about: 'RU',
        sides: [
          { source: 'german-federal-foreign-office', claims: ['Damascus and “its supporters, '] },
          { source: 'russian-ministry-of-defence', claims: ['This week brought a breakthrou'] },
        ],
      },
      {
        about: 'RU',
        sides: [
          { source: 'bundestag', claims: ['The German politicians cited d'] },
          { source: 'russian-ministry-of-defence', claims: ['The strikes, according to the '] },
        ],
      },
    ]);
    for (const conflict of result.conflicts)
      expect(conflict.reason).toMatch(/accuses Russia: ".*", while Russian Ministry of Defence says otherwise: ".*"/);
  });

  it('normalises the quantities a checker will verify', () => {
    const quantities = result.claims.flatMap((claim) => claim.quantities);
    const find = (text: string) => quantities.find((quantity) => quantity.text.includes(text));
    expect(find('3,179')).toMatchObject({ value: 3179, counted: 'people', approximate: false });
    expect(find('80,000')).toMatchObject({ value: 80000, counted: 'Syrians', bound: 'at-least' });
    expect(find('200,000')).toMatchObject({ value: 200000, bound: 'at-least' });
    expect(find('one percent')).toMatchObject({ value: 1, unit: 'percent' });
    expect(find('24 hours')).toMatchObject({ kind: 'duration', value: 24 });
    expect(find('mid-October')).toMatchObject({ kind: 'date', date: { month: 10, part: 'mid' } });
  });
});

describe('golden: texts in other shapes', () => {
  it('a wire report: organisations, outlets and a pronoun resolved', () => {
    expect(rows(extract(read('texts/wire-report.txt')))).toEqual<Row[]>([
      ['At least 1,200 people were killed in fig', 'statistic', null, null, 'United Nations', null, 'united-nations'],
      [
        'The U.N. Office for the Coordination of ',
        'statistic',
        null,
        null,
        'U.N. Office for the Coordination of Humanitarian Affairs',
        null,
        'un-office-for-the-coordination-of-humanitarian-affairs',
      ],
      [
        '“Hospitals in Saada are operating at thr',
        'statistic',
        'Amal Haddad',
        expect.any(String),
        'World Health Organization',
        null,
        'world-health-organization',
      ],
      [
        '“We are running out of fuel for the gene',
        'quote',
        'Amal Haddad',
        expect.any(String),
        'World Health Organization',
        null,
        'world-health-organization',
      ],
      [
        'The Saudi-led coalition denied striking ',
        'event',
        'Turki al-Malki',
        expect.any(String),
        'Saudi-led coalition',
        'SPA',
        'saudi-led-coalition',
      ],
      [
        'He said the coalition’s jets had hit onl',
        'event',
        'Turki al-Malki',
        expect.any(String),
        'Saudi-led coalition',
        'SPA',
        'saudi-led-coalition',
      ],
      ['Aid groups say the blockade of Hodeidah ', 'statistic', null, null, 'Aid groups', null, null],
    ]);
  });

  it('an interview: the interviewee speaks, the questions are not his claims', () => {
    const claims = extract(read('texts/interview.txt')).claims;
    const byBerg = claims.filter((claim) => claim.attribution.speaker === 'Jonas Berg');
    expect(byBerg.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Prices rose by 104 percent'), expect.stringContaining('Exports fell by 8 percent')]),
    );
    // A label ("Q:", "Berg:") is attribution, not claim text: the claim's span starts after it.
    expect(claims.filter((claim) => /^(?:Q|Berg)\s*:/.test(claim.text))).toEqual([]);
    expect(byBerg.find((claim) => claim.text.startsWith('Prices rose'))?.text).toBe('Prices rose by 104 percent in the south');
    const questions = claims.filter((claim) => claim.attribution.role === 'interviewer');
    expect(questions.map((claim) => claim.text)).toEqual([
      'Electricity prices doubled last year.',
      'Who is to blame?',
      'Will households get more support?',
    ]);
    expect(questions.every((claim) => claim.attribution.speaker !== 'Jonas Berg')).toBe(true);
    // A claim the question reports is its source's, also an unnamed group's.
    expect(claims.find((claim) => claim.text.startsWith('Critics say'))?.attribution).toMatchObject({ speaker: null, role: 'Critics' });
    expect(claims.find((claim) => claim.text.includes('Exports fell'))).toMatchObject({ checkWorthy: true, type: 'statistic' });
  });

  it('an opinion piece: few checkable claims, none pinned on anyone', () => {
    const claims = extract(read('texts/opinion.txt')).claims;
    expect(claims.every((claim) => claim.attribution.method === 'unattributed')).toBe(true);
    // The writer's own years in the city beside an opinion of the buses is an unimportant factual sentence in the
    // ClaimBuster sense, not a claim to check: the figure about the council is.
    expect(claims.filter((claim) => claim.checkWorthy).map((claim) => claim.text.slice(0, 30))).toEqual(['The council cut the bus budget']);
  });
});

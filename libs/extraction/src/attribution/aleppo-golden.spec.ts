import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution, AttributionMethod } from './attribution';

const FIXTURE = readFileSync(join(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8');

const MFA = 'russian-ministry-of-foreign-affairs';
const MOD = 'russian-ministry-of-defence';
const CENTRE = 'russian-centre-for-reconciliation-in-syria';

type Row = [
  speaker: string | null,
  role: string | null,
  organisation: string | null,
  outlet: string | null,
  source: string | null,
  method: AttributionMethod,
];

const BOGDANOV_QUOTE: Row = [
  'Mikhail Bogdanov',
  'Deputy Foreign Minister',
  'Russian Ministry of Foreign Affairs',
  'RIA news agency',
  MFA,
  'direct-quote',
];
const KONASHENKOV: Row = ['Igor Konashenkov', 'spokesman', 'Russian Defense Ministry', null, MOD, 'direct-quote'];
const THE_STATEMENT: Row = [null, null, 'Russian-run Syria Reconciliation Center', null, CENTRE, 'back-reference'];
const AUTHOR: Row = [null, null, null, null, null, 'unattributed'];
const ROTTGEN = ['Norbert Röttgen', 'head', 'German Parliament’s Foreign Affairs Committee', 'Spiegel Online', 'bundestag'] as const;

/** One row per sentence of the fixture: speaker, role, organisation, outlet, source id, method. */
const GOLDEN: Row[] = [
  /*  0 */ ['Mikhail Bogdanov', 'Deputy Foreign Minister', 'Russian Ministry of Foreign Affairs', null, MFA, 'according-to'],
  /*  1 */ BOGDANOV_QUOTE,
  /*  2 */ BOGDANOV_QUOTE,
  /*  3 */ BOGDANOV_QUOTE,
  /*  4 */ AUTHOR, // "The high-ranking diplomat had been asked if …": about Bogdanov, not said by him
  /*  5 */ [null, null, 'Russia’s Defense Ministry', null, MOD, 'according-to'],
  /*  6 */ KONASHENKOV,
  /*  7 */ KONASHENKOV,
  /*  8 */ KONASHENKOV,
  /*  9 */ [null, null, 'Moscow', null, 'government-of-russia', 'reported-speech'],
  /* 10 */ ['Maria Zakharova', 'spokesperson', 'Foreign Ministry', null, MFA, 'direct-quote'],
  /* 11 */ [null, null, 'Russian-run Syria Reconciliation Center', null, CENTRE, 'reported-speech'],
  /* 12 */ THE_STATEMENT,
  /* 13 */ THE_STATEMENT,
  /* 14 */ [null, null, 'Russian Reconciliation Center', null, CENTRE, 'reported-speech'],
  /* 15 */ AUTHOR,
  /* 16 */ AUTHOR,
  /* 17 */ AUTHOR,
  /* 18 */ AUTHOR,
  /* 19 */ [...ROTTGEN, 'reported-speech'],
  /* 20 */ [...ROTTGEN, 'back-reference'],
  /* 21 */ [null, 'spokeswoman', 'German foreign ministry', 'Reuters', 'german-federal-foreign-office', 'direct-quote'],
  /* 22 */ [null, null, 'Russian military', null, MOD, 'according-to'],
];

function row(attribution: Attribution): Row {
  return [
    attribution.speaker,
    attribution.role,
    attribution.organisation,
    attribution.outlet,
    attribution.source?.id ?? null,
    attribution.method,
  ];
}

describe('attributeSentences on the Aleppo fixture', () => {
  const { sentences, quotes } = segmentText(FIXTURE);
  const attributions = attributeSentences(FIXTURE, sentences, quotes);
  const cueText = (i: number): string | undefined => {
    const cue = attributions[i]!.cue;
    return cue && FIXTURE.slice(cue.start, cue.end);
  };

  it('has one attribution per sentence', () => {
    expect(sentences).toHaveLength(GOLDEN.length);
    expect(attributions).toHaveLength(sentences.length);
  });

  it.each(GOLDEN.map((expected, i) => [i, expected] as const))('sentence %i', (i, expected) => {
    expect(row(attributions[i]!)).toEqual(expected);
  });

  it('keeps the rank apart from the role', () => {
    expect(attributions[6]).toMatchObject({ title: 'General', speakerSource: { id: 'igor-konashenkov', kind: 'person' } });
  });

  it('finds the cue of a multi-sentence quote at its end', () => {
    expect(cueText(1)).toBe('Bogdanov said');
    expect(attributions[1]!.outletCue && FIXTURE.slice(attributions[1]!.outletCue.start, attributions[1]!.outletCue.end)).toBe(
      'as quoted by RIA news agency',
    );
    expect(cueText(6)).toBe('Russian Defense Ministry spokesman General Igor Konashenkov said');
    expect(attributions[1]!.outletSource).toEqual({ id: 'ria-novosti', name: 'RIA Novosti', kind: 'media', country: 'RU' });
  });

  it('points back-references to the sentence they repeat', () => {
    expect(attributions[12]!.refersTo).toBe(11);
    expect(cueText(13)).toBe('the statement said');
    expect(attributions[20]!.refersTo).toBe(19);
  });

  it('keeps the second speaker of a joint statement', () => {
    for (const i of [19, 20]) {
      expect(attributions[i]!.coSpeakers).toEqual([
        { name: 'Franziska Brantner', role: 'politician', title: null, organisation: 'Green Party', source: null },
      ]);
    }
    expect(attributions[19]!.outletSource?.id).toBe('der-spiegel');
  });

  it('leaves the author’s sentences entirely empty', () => {
    for (const i of [4, 15, 16, 17, 18]) {
      expect(attributions[i]).toEqual({
        speaker: null,
        role: null,
        title: null,
        organisation: null,
        outlet: null,
        source: null,
        speakerSource: null,
        outletSource: null,
        coSpeakers: [],
        method: 'unattributed',
      });
    }
  });
});

import type { SourceRef } from '../sources/source';
import type { LabelCue } from './interview';

/**
 * How the speaker of a sentence was found:
 * - `direct-quote`: a named speaker of a direct quote (every sentence of a
 *   multi-sentence quote gets the attribution found at its end or start);
 * - `reported-speech`: "X said (that) …", "…, X noted on Monday", "X called on …";
 * - `according-to`: "according to X", "as quoted by X", "citing X";
 * - `noun-phrase`: a common-noun subject of a speech verb naming nobody and pointing to no one
 *   earlier, read from its part-of-speech chunk: "the regional water authority said" (the
 *   organisation as written), "a harbour pilot said", "residents interviewed at the market said" (a role);
 * - `back-reference`: "the statement said", "the ministry said", "the opposition lawmakers cited …":
 *   the speaker of an earlier sentence (`refersTo`);
 * - `pronoun`: "he said", "she added": the nearest earlier speaker who fits;
 * - `continued-quote`: a quote with no attribution right after a sentence
 *   attributed to someone (news style for a speaker who goes on talking);
 * - `interview`: a paragraph labelled "Q:" / "A:" / "Berg:";
 * - `unattributed`: the author's own statement; every other field is null.
 */
export type AttributionMethod =
  | 'direct-quote'
  | 'reported-speech'
  | 'according-to'
  | 'noun-phrase'
  | 'back-reference'
  | 'pronoun'
  | 'continued-quote'
  | 'interview'
  | 'unattributed';

/** One person a sentence is attributed to. */
export interface AttributedSpeaker {
  /** Full name as first given in the article ("Oskar Dahl" even where the sentence says "Dahl"). */
  name: string;
  /** What they are, as written: "spokesman", "Deputy Foreign Minister", "head". */
  role: string | null;
  /** Rank or honorific written before the name: "General", "Dr", "Col". */
  title: string | null;
  /** The organisation as written ("Norwegian Defense Ministry"), or the canonical name when only derived. */
  organisation: string | null;
  /** Canonical source of the organisation, else of the person when they are a known source. */
  source: SourceRef | null;
}

/** Who a sentence is attributed to. All strings are as written in the article unless noted. */
export interface Attribution {
  speaker: string | null;
  role: string | null;
  title: string | null;
  organisation: string | null;
  /** The outlet it came through: "Kestrel news agency", "Tagesblick Online", "Reuters". */
  outlet: string | null;
  /** Canonical source of the organisation, else of the speaker (a known person), else null. */
  source: SourceRef | null;
  /** The speaker as a known source (kind `person`), when they are one. */
  speakerSource: SourceRef | null;
  outletSource: SourceRef | null;
  /** Further speakers of the same statement ("Weidner and … Sommer called on …"); empty when there is one. */
  coSpeakers: AttributedSpeaker[];
  method: AttributionMethod;
  /**
   * How sure the engine is of this attribution, 0..1 (absent on `unattributed` sentences, which
   * carry no attribution at all): a clause naming the speaker in the sentence itself ranks highest,
   * a pronoun or definite description resolved to an earlier sentence lower. See `confidenceOf`.
   */
  confidence?: number;
  /** `interview` only: how the turn's label was read ("Q:", a name, "NAME, POST:", an office, none, a turn carried on). */
  labelCue?: LabelCue;
  /** Span of the speaker's attribution clause in the article (it may lie in another sentence of the same quote). */
  cue?: { start: number; end: number };
  /**
   * Span of the interview label opening the sentence ("**Ines:**", "[Chair]", "Q:") when a clause inside the turn
   * attributes it instead ("Q: The board says …", "A: Our treasurer, Hal Brandt, put it best: …"); an `interview`
   * attribution's label is its `cue`.
   */
  label?: { start: number; end: number };
  /**
   * The sentence is an interviewer's question reporting someone ("Q: The federation says the ward is closed."):
   * attributed to them, but what it restates is asked about, not asserted.
   */
  asked?: true;
  /** Span of the outlet's clause ("as quoted by Kestrel news agency", "Tagesblick Online reported") when it is a clause of its own. */
  outletCue?: { start: number; end: number };
  /** Index of the sentence whose attribution this one repeats (back-reference, pronoun, continued quote). */
  refersTo?: number;
}

export function unattributed(): Attribution {
  return {
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
  };
}

/** Base confidence of each way of finding a speaker (`unattributed` carries none). */
const METHOD_CONFIDENCE: Record<Exclude<AttributionMethod, 'unattributed'>, number> = {
  'direct-quote': 0.95,
  'reported-speech': 0.9,
  'according-to': 0.9,
  interview: 0.9,
  'noun-phrase': 0.8,
  'continued-quote': 0.8,
  'back-reference': 0.75,
  pronoun: 0.7,
};

/**
 * The confidence of an attribution: its method's base, less when it names only
 * a role ("a spokeswoman said": who exactly is unknown) or only an outlet.
 */
export function confidenceOf(attribution: Attribution): number | undefined {
  if (attribution.method === 'unattributed') return undefined;
  let confidence = METHOD_CONFIDENCE[attribution.method];
  if (attribution.speaker === null && attribution.organisation === null) confidence -= 0.2;
  return Math.round(confidence * 100) / 100;
}

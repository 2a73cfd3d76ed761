// Helpers for attribution specs: attribute a text as `extract` would, and summarise a sentence's attribution.
import { attributeSentences } from '../attribution/attribute-sentences';
import type { Attribution } from '../attribution/attribution';
import { segmentText } from '../sentence-splitter';

export function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation / outlet of one attribution */
export function row(attribution: Attribution | undefined): string {
  if (!attribution) return 'missing';
  return [attribution.speaker, attribution.organisation, attribution.outlet].map((value) => value ?? '-').join(' / ');
}

/** speaker / organisation / outlet of the last sentence */
export function lastWho(text: string): string {
  return row(attribute(text).pop());
}

/** speaker / organisation / outlet of each sentence */
export function rows(text: string): string[] {
  return attribute(text).map(row);
}

/** speaker / organisation / method of the sentence that holds `start`. */
export function rowWithMethodOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const attribution = attributions[sentences.findIndex((sentence) => sentence.text.includes(start))];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

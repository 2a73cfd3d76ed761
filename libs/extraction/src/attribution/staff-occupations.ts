// Occupations whose holders are a body's staff, told apart from lay people by WordNet's broader nouns for people
// (`conflicts/person-hypernyms.json`, built by `npm run build:person-hypernyms`): "Orderlies said", "Midwives said" of the body
// the story is on, where "Ramblers said", "Anglers said" or "Tenants said" speak for none.
import personHypernymsJson from '../conflicts/person-hypernyms.json';
import { normaliseName } from '../sources/name-words';

/**
 * The kind of body an occupation's holders work in as its staff: `care` (a hospital, a clinic, an ambulance service),
 * `service` (any body that runs a place or a service: a zoo's keepers, a pool's lifeguards, a museum's attendants) or
 * `police` (a force).
 */
export type StaffKind = 'care' | 'service' | 'police';

const PERSON_HYPERNYMS: Readonly<Record<string, string>> = personHypernymsJson;

/**
 * WordNet's broader nouns that make an occupation a body's staff, and the kind of body each works in. People under
 * "caregiver" or "paraprofessional" (a nurse, a surgeon, a pharmacist, a paramedic) care for others in a place of care;
 * under "protector", "attendant" or "custodian" (a guard, a keeper, a lifeguard, a guide, a caretaker) they serve a
 * place or the people in it; under "lawman" (a constable, a sheriff's deputy) they are a force's. Lay groups have none
 * of these above them: "commuter", "resident", "voter", "parent", "patient" (a sufferer), "skier" (an athlete),
 * "shopkeeper" (a businessperson), "historian" (a scholar), nor does a self-employed trade ("farmer"); the broad
 * "worker" and "employee" are left out too, for they hold workers who speak for themselves ("miners", "dockers").
 */
const KIND_OF_BROADER: ReadonlyArray<readonly [string, StaffKind]> = [
  ['lawman', 'police'],
  ['caregiver', 'care'],
  ['paraprofessional', 'care'],
  ['protector', 'service'],
  ['attendant', 'service'],
  ['custodian', 'service'],
];

/** Words of a body's name that make it a place of care, whose staff a nurse or a paramedic is ("health" alone names a department or an agency). */
const CARE_BODY_WORDS: ReadonlySet<string> = new Set([
  'hospital',
  'hospitals',
  'clinic',
  'clinics',
  'infirmary',
  'hospice',
  'ambulance',
  'paramedic',
  'medical',
  'surgery',
  'sanatorium',
]);

/** Words of a force's name. */
const POLICE_BODY_WORDS: ReadonlySet<string> = new Set(['police', 'constabulary', 'sheriff', 'sheriffs', 'garda', 'gendarmerie']);

/** Words of a body that hires no staff of a place: a party, a union, a body of members. */
const MEMBERS_BODY_WORDS: ReadonlySet<string> = new Set(['party', 'union', 'association', 'federation', 'alliance', 'coalition', 'league']);

/** The singular forms a written plural may have ("wardens" → warden, "firemen" → fireman, "nannies" → nanny, "coaches" → coach; "midwives" is read by the caller). */
function singularsOf(plural: string): string[] {
  if (plural.endsWith('men')) return [`${plural.slice(0, -3)}man`];
  if (!plural.endsWith('s') || plural.endsWith('ss')) return [];
  const forms = [plural.slice(0, -1)];
  if (plural.endsWith('ies')) forms.push(`${plural.slice(0, -3)}y`);
  if (plural.endsWith('es')) forms.push(plural.slice(0, -2));
  return forms;
}

/**
 * The kind of body whose staff the people a plural names are (`KIND_OF_BROADER`), from the first sense WordNet gives its
 * singular: "wardens", "lifeguards" → service; "midwives", "paramedics" → care; "constables" → police; null for lay
 * people ("commuters", "residents", "anglers") and for a word that is no plural of a noun for people.
 */
export function staffKindOfPlural(plural: string): StaffKind | null {
  const lower = plural.toLowerCase();
  const singulars = [...singularsOf(lower), ...(lower.endsWith('ves') ? [`${lower.slice(0, -3)}fe`, `${lower.slice(0, -3)}f`] : [])];
  for (const singular of singulars) {
    if (!Object.hasOwn(PERSON_HYPERNYMS, singular)) continue;
    const broader = (PERSON_HYPERNYMS[singular] as string).split(' ');
    for (const [noun, kind] of KIND_OF_BROADER) if (broader.includes(noun)) return kind;
    return null;
  }
  return null;
}

/** Whether a body's name fits the kind of body an occupation's staff work in: a place of care for `care`, a force for `police`, any body but one of members for `service`. */
export function bodyEmploysStaffOf(kind: StaffKind, organisation: string): boolean {
  const words = normaliseName(organisation).split(' ');
  if (kind === 'care') return words.some((word) => CARE_BODY_WORDS.has(word));
  if (kind === 'police') return words.some((word) => POLICE_BODY_WORDS.has(word));
  return !words.some((word) => MEMBERS_BODY_WORDS.has(word));
}

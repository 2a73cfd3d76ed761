/** What kind of actor or publisher a source is. */
export const SOURCE_KINDS = ['government', 'military', 'media', 'ngo', 'intergovernmental', 'person'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

export type Gender = 'female' | 'male';

/**
 * A normalised actor or publisher as stored in sources.json (or added at run
 * time, e.g. from the database). `aliases` are the other ways articles name it;
 * the canonical `name` is always an alias too.
 */
export interface SourceRecord {
  /** Stable slug, e.g. "russian-ministry-of-defence". */
  id: string;
  name: string;
  kind: SourceKind;
  /** ISO 3166-1 alpha-2 code, or null for international bodies. */
  country: string | null;
  aliases: readonly string[];
  /** People only: the source id of the organisation they speak for. */
  organisation?: string;
  /** People only: their usual role, used when an article does not give one. Left out when it changes often. */
  role?: string;
  /** People only: lets "he said" / "she said" find them. */
  gender?: Gender;
}

/** The part of a source that travels with a claim. */
export interface SourceRef {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
}

/** A source named in a text: `text === fullText.slice(start, end)`. */
export interface SourceMention {
  text: string;
  start: number;
  end: number;
  source: SourceRef;
}

export function toSourceRef(record: SourceRecord): SourceRef {
  return { id: record.id, name: record.name, kind: record.kind, country: record.country };
}

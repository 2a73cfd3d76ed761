export const ENTITY_TYPES = ['person', 'organisation', 'place'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named person, organisation or place in an article: `text === article.slice(start, end)`. */
export interface Entity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The known source this name stands for (organisations and people in sources.json). */
  sourceId?: string;
  /** ISO 3166-1 alpha-2 code when known: the place's country, the organisation's or person's nationality. */
  country?: string;
  /**
   * Places only: the source id of the government the name can stand for
   * ("Kyiv has pointed out…" → government-of-ukraine). Set for capitals and
   * countries whose government is a known source; whether this mention is
   * used that way is for the reader (attribution) to decide.
   */
  metonymFor?: string;
}

// Attribution: who each sentence of an article is attributed to.
export { attributeSentences } from './attribute-sentences';
export type { AttributeOptions } from './attribute-sentences';
export { confidenceOf, unattributed } from './attribution';
export type { AttributedSpeaker, Attribution, AttributionMethod } from './attribution';

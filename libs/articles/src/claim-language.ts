import { ClaimState } from '@factdesk/database';

/** The language an article is taken to be in: what the engine detected, or what the submitter declared when the engine was unsure. */
export function articleLanguage(declared: string | null, detected: string | null): string | null {
  return detected ?? declared;
}

/**
 * Whether claims in `language` go to the review queue. A region does not matter
 * (`pt-BR` counts as `pt`); an article whose language nobody knows is queued, as before
 * languages were checked, rather than hidden from every reviewer.
 */
export function isLanguageSupported(language: string | null, supported: readonly string[]): boolean {
  if (!language) return true;
  return supported.includes(language.split('-')[0]!.toLowerCase());
}

/** Where a freshly extracted claim starts: queued if check-worthy, unless its language is not supported. */
export function initialClaimState(checkWorthy: boolean, languageSupported: boolean): ClaimState {
  if (!languageSupported) return ClaimState.UnsupportedLanguage;
  return checkWorthy ? ClaimState.Ready : ClaimState.NotCheckworthy;
}

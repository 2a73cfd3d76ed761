import { ClaimState } from '@factdesk/database';
import { articleLanguage, initialClaimState, isLanguageSupported } from './claim-language';

describe('claim language', () => {
  it('takes the detected language, and the declared one only when detection was unsure', () => {
    expect(articleLanguage('en', 'de')).toBe('de');
    expect(articleLanguage('de', null)).toBe('de');
    expect(articleLanguage(null, null)).toBeNull();
  });

  it('compares languages without their region, and queues an article whose language nobody knows', () => {
    expect(isLanguageSupported('en', ['en'])).toBe(true);
    expect(isLanguageSupported('pt-BR', ['en', 'pt'])).toBe(true);
    expect(isLanguageSupported('de', ['en'])).toBe(false);
    expect(isLanguageSupported(null, ['en'])).toBe(true);
  });

  it('keeps every claim of an unsupported language out of the queue, check-worthy or not', () => {
    expect(initialClaimState(true, true)).toBe(ClaimState.Ready);
    expect(initialClaimState(false, true)).toBe(ClaimState.NotCheckworthy);
    expect(initialClaimState(true, false)).toBe(ClaimState.UnsupportedLanguage);
    expect(initialClaimState(false, false)).toBe(ClaimState.UnsupportedLanguage);
  });
});

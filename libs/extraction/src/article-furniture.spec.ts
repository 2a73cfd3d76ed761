import { isArticleFurniture } from './article-furniture';

describe('isArticleFurniture', () => {
  it('reads credits, contact lines, greetings and calls to subscribe as furniture', () => {
    for (const line of [
      'Reporting by Marta Okoye; editing by Lise Brandvold',
      '(Additional reporting by Tomas Reyes)',
      'Photo: Jan Vos/Westwire',
      'Press enquiries: press@example.org',
      'Good morning and welcome to our live coverage.',
      'Subscribe to our evening newsletter.',
      '© 2026 Example Media. All rights reserved.',
      'By Ilse Marrow, Health Correspondent',
      'By Pavel Osei and Hana Kirr',
      'By Ruth Anne Delacroix',
      'ALL RIGHTS RESERVED',
      'For the full report write to desk.team+tips@wire.example.net today.',
    ]) {
      expect(isArticleFurniture(line)).toBe(true);
    }
  });

  it('leaves claims alone, including ones that mention reporting, photos or contact', () => {
    for (const line of [
      'The ministry said 40 people were reported missing.',
      'Police released a photo of the suspect on Tuesday.',
      'The agency lost contact with the vessel at 4 a.m.',
      'By Tuesday, 40 people had fled the valley.',
      'By March the reservoir was a third full.',
      'By Friday Evening News standards, the turnout of 3,000 was low.',
      'The union said all rights of the workers were reserved for a later hearing.',
      'The @handle of the ministry posted the figures.',
    ]) {
      expect(isArticleFurniture(line)).toBe(false);
    }
  });
});

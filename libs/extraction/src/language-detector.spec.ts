import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from './language-detector';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/aleppo-2016-12.txt');

describe('detectLanguage', () => {
  it('detects English on the fixture', () => {
    expect(detectLanguage(readFileSync(FIXTURE, 'utf8'))).toBe('en');
  });

  it.each([
    [
      'de',
      'Die Bundesregierung hat sich nicht zu der Lage in Aleppo geäußert, sagte ein Sprecher auf Nachfrage. Es wird mit einer Entscheidung im Dezember gerechnet, die auch für die Hilfe wichtig ist.',
    ],
    [
      'fr',
      'Le ministère a indiqué que la situation dans la ville est très difficile pour les civils et que les convois sont bloqués depuis une semaine avec plus de mille personnes.',
    ],
    [
      'es',
      'El gobierno ha dicho que la situación en la ciudad es muy difícil para los civiles y que no hay ayuda para las familias que se quedaron en el este.',
    ],
    [
      'ru',
      'Министерство обороны сообщило, что в городе не было боев, и что все жители были эвакуированы по гуманитарным коридорам, как и было обещано.',
    ],
  ])('detects %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['ar', 'قالت وزارة الدفاع الروسية إن أكثر من ثلاثة آلاف مدني غادروا الأحياء الشرقية من مدينة حلب خلال الساعات الماضية.'],
    ['zh', '俄罗斯国防部表示，过去二十四小时内，已有三千一百七十九名平民离开阿勒颇东部地区。'],
    ['ja', 'ロシア国防省は、過去24時間にアレッポ東部から3179人の民間人が退避したと発表した。'],
    ['el', 'Το υπουργείο Άμυνας της Ρωσίας ανακοίνωσε ότι χιλιάδες άμαχοι εγκατέλειψαν το ανατολικό Χαλέπι.'],
  ])('detects %s by its script', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('does not take an English text quoting a few words of Arabic for Arabic', () => {
    expect(detectLanguage(`${readFileSync(FIXTURE, 'utf8').slice(0, 1500)} The banner read "حلب".`)).toBe('en');
  });

  it('returns null when there is too little to go on', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Aleppo, Syria')).toBeNull();
    expect(detectLanguage('3,179 / 80,000 / 24')).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findUnstorableText, nonTextReason } from './text-quality';

/** Deterministic "random" bytes, so a failure can be reproduced. */
function pseudoRandomBytes(length: number, seed = 12345): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const ARTICLES: Record<string, string> = {
  en: readFileSync(resolve(__dirname, '../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8'),
  de: `Das Auswärtige Amt in Berlin hat Damaskus, Moskau und Teheran für das Leid der Zivilbevölkerung in Aleppo verantwortlich gemacht.
Nach Angaben der Vereinten Nationen haben in den vergangenen 24 Stunden mehr als 3.000 Menschen die östlichen Stadtteile verlassen.
„Die Lage ist katastrophal“, sagte ein Sprecher des Ministeriums am Mittwoch vor Journalisten.`,
  ru: `Министерство обороны России заявило, что за последние сутки из восточных районов Алеппо вышли 3179 мирных жителей.
По словам официального представителя ведомства Игоря Конашенкова, авиаудары по городу были прекращены ещё в середине октября.
«Все гражданские лица, которые хотели покинуть город, были освобождены», — сказал он.`,
  ar: `قالت وزارة الدفاع الروسية إن أكثر من ثلاثة آلاف مدني غادروا الأحياء الشرقية من مدينة حلب خلال الساعات الأربع والعشرين الماضية.
وأضاف المتحدث باسم الوزارة أن الغارات الجوية على المدينة توقفت منذ منتصف تشرين الأول، وأن جميع المدنيين الذين أرادوا المغادرة قد خرجوا.`,
  zh: `俄罗斯国防部表示，过去二十四小时内，已有三千一百七十九名平民离开阿勒颇东部地区。国防部发言人科纳申科夫说，对该市的空袭早在十月中旬就已停止。
德国外交部则指责大马士革、莫斯科和德黑兰应对阿勒颇平民所受的苦难负责。联合国表示，数以万计的平民仍被困在城中。`,
};

describe('nonTextReason', () => {
  it.each(Object.entries(ARTICLES))('passes a real article in %s', (_language, text) => {
    expect(nonTextReason(text)).toBeNull();
  });

  it('passes short texts, whatever they hold', () => {
    expect(nonTextReason('Yes.')).toBeNull();
    expect(nonTextReason('')).toBeNull();
    expect(nonTextReason('\u0001\u0002 ok')).toBeNull();
  });

  it('passes an article that quotes a URL, a hash and a few mis-decoded characters', () => {
    const text = `${ARTICLES.en!.slice(0, 2000)}\nSource: https://example.org/news/2016/12/07/aleppo-evacuation-continues-3179-civilians?id=9f86d081884c7d65\nCaf\uFFFD au lait.`;
    expect(nonTextReason(text)).toBeNull();
  });

  it('refuses random bytes read as UTF-8, saying how much of it is not text', () => {
    const reason = nonTextReason(pseudoRandomBytes(20_000).toString('utf8'));
    expect(reason).toMatch(/^does not look like text: \d+% of characters are control or replacement characters$/);
    expect(Number(/(\d+)%/.exec(reason!)![1])).toBeGreaterThan(30);
  });

  it('refuses random bytes read as Latin-1', () => {
    expect(nonTextReason(pseudoRandomBytes(20_000, 7).toString('latin1'))).toMatch(/control or replacement characters/);
  });

  it('refuses a base64 blob, wrapped in lines or not, and a hex dump', () => {
    const bytes = pseudoRandomBytes(6000, 99);
    const base64 = bytes.toString('base64');
    expect(nonTextReason(base64)).toMatch(/^does not look like text: \d+% of it is long runs of letters and digits without spaces/);
    expect(nonTextReason(base64.replace(/(.{76})/g, '$1\n'))).toMatch(/base64 or hex/);
    expect(nonTextReason(bytes.toString('hex'))).toMatch(/base64 or hex/);
  });
});

describe('findUnstorableText', () => {
  it('names every field holding a NUL character, at any depth', () => {
    const found = findUnstorableText({ title: 'A\u0000B', sides: [{ excerpt: 'fine' }, { excerpt: 'bad\u0000' }], reach: 1 }, 'body');
    expect(found).toEqual([
      { field: 'body.title', problem: 'nul_character', message: 'body.title contains a NUL character' },
      { field: 'body.sides[1].excerpt', problem: 'nul_character', message: 'body.sides[1].excerpt contains a NUL character' },
    ]);
  });

  it('names a key holding a NUL character, and a bare value', () => {
    expect(findUnstorableText({ 'ti\u0000tle': 'x' }, 'body').map((f) => f.field)).toEqual(['body.ti\\0tle']);
    expect(findUnstorableText('x\u0000', 'params.id')).toEqual([
      { field: 'params.id', problem: 'nul_character', message: 'params.id contains a NUL character' },
    ]);
  });

  it('reports binary with NULs in it as not text, not as a stray NUL', () => {
    const [found] = findUnstorableText({ body: pseudoRandomBytes(4000).toString('latin1') }, '');
    expect(found).toMatchObject({ field: 'body', problem: 'not_text' });
    expect(found!.message).toMatch(/^body does not look like text: \d+% of characters are control or replacement characters$/);
  });

  it('finds nothing in clean input', () => {
    expect(findUnstorableText({ title: 'Aleppo', tags: ['a', 'b'], n: 3, nested: { ok: null } }, 'body')).toEqual([]);
  });
});

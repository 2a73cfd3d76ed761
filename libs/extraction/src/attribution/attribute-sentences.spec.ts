import { segmentText } from '../sentence-splitter';
import { createSourceRegistry } from '../sources/source-registry';
import { findEntities } from '../entities/find-entities';
import { attributeSentences, type AttributeOptions } from './attribute-sentences';
import type { Attribution } from './attribution';
import { growthOnFourfoldInput, LINEAR_GROWTH_LIMIT } from '../testing/growth';

function attribute(text: string, options?: AttributeOptions): { sentences: string[]; attributions: Attribution[] } {
  const { sentences, quotes } = segmentText(text);
  return { sentences: sentences.map((sentence) => sentence.text), attributions: attributeSentences(text, sentences, quotes, options) };
}

/** speaker | role | organisation | outlet | source id | method, for compact tables. */
function summary(attribution: Attribution): string {
  const { speaker, role, organisation, outlet, source, method } = attribution;
  return [speaker, role, organisation, outlet, source?.id ?? null, method].map((value) => value ?? '-').join(' | ');
}

describe('a wire report with "according to" and outlet chains', () => {
  const text = [
    'KYIV (AP) — Russian forces fired 40 missiles at Ukrainian cities overnight, killing at least 12 people, according to Ukraine’s air force.',
    'According to the Ukrainian Defence Ministry, 35 of the missiles were shot down over Kharkiv and Odesa.',
    'The ministry added that two hospitals had been damaged.',
    'Interior Minister Ihor Klymenko told Interfax-Ukraine that rescue work was continuing.',
    'Moscow denied targeting civilians, the TASS news agency reported, citing Kremlin spokesman Dmitry Peskov.',
    'Peskov said the strikes were a response to attacks on Russian territory.',
    'The strikes caused power cuts in three regions, Reuters reported.',
    '“We are deeply alarmed,” said Volker Türk, the UN High Commissioner for Human Rights. “Civilians must never be a target.”',
  ].join('\n');
  const { attributions } = attribute(text);

  it('attributes every sentence', () => {
    expect(attributions.map(summary)).toEqual([
      '- | - | Ukraine’s air force | - | ukrainian-ministry-of-defence | according-to',
      '- | - | Ukrainian Defence Ministry | - | ukrainian-ministry-of-defence | according-to',
      '- | - | Ukrainian Defence Ministry | - | ukrainian-ministry-of-defence | back-reference',
      'Ihor Klymenko | Interior Minister | Ministry of Interior | Interfax-Ukraine | - | reported-speech',
      'Dmitry Peskov | spokesman | Kremlin | TASS news agency | government-of-russia | according-to',
      'Dmitry Peskov | spokesman | Kremlin | - | government-of-russia | reported-speech',
      '- | - | - | Reuters | - | reported-speech',
      'Volker Türk | - | UN High Commissioner for Human Rights | - | un-human-rights-office | direct-quote',
      'Volker Türk | - | UN High Commissioner for Human Rights | - | un-human-rights-office | continued-quote',
    ]);
  });

  it('keeps the outlet apart from the speaker, with both clauses', () => {
    const peskov = attributions[4]!;
    expect(peskov.speakerSource?.id).toBe('dmitry-peskov');
    expect(peskov.outletSource).toMatchObject({ id: 'tass', kind: 'media', country: 'RU' });
    expect(text.slice(peskov.cue!.start, peskov.cue!.end)).toBe('citing Kremlin spokesman Dmitry Peskov');
    expect(text.slice(peskov.outletCue!.start, peskov.outletCue!.end)).toBe('the TASS news agency reported');
    expect(attributions[6]!.cue).toBeUndefined();
  });
});

describe('an interview with a named interviewee', () => {
  const text = [
    'Anna Petrova, the director of the Kharkiv Regional Hospital, has worked through two winters of war. She spoke to Deutsche Welle in March.',
    'DW: How many patients do you treat each day?',
    'Petrova: About 300 on a normal day. After a strike it can be more than 1,000.',
    'DW: Do you have enough medicine?',
    'Petrova: We lack insulin and antibiotics. Deliveries fell by half this year, according to the WHO.',
    'She said the hospital’s generator had failed three times since January.',
    '“Without power, we cannot operate,” she added.',
  ].join('\n');
  const { attributions } = attribute(text);
  const petrova = 'Anna Petrova | director | Kharkiv Regional Hospital | - | - | ';

  it('gives labelled answers (even their "according to") and later pronouns to the interviewee, questions to the interviewer', () => {
    expect(attributions.map(summary)).toEqual([
      '- | - | - | - | - | unattributed',
      `Anna Petrova | director | Kharkiv Regional Hospital | Deutsche Welle | - | pronoun`,
      '- | interviewer | - | DW | - | interview',
      `${petrova}interview`,
      `${petrova}interview`,
      '- | interviewer | - | DW | - | interview',
      `${petrova}interview`,
      `${petrova}interview`,
      `${petrova}pronoun`,
      `${petrova}pronoun`,
    ]);
  });
});

describe('an opinion piece', () => {
  const text = [
    'Our schools are failing a generation of children.',
    'I taught maths for thirty years, and class sizes have never been this large.',
    'Ministers like to say that spending per pupil is at a record high.',
    'The truth is that inflation has eaten most of the increase.',
    'We should stop pretending otherwise.',
    'In 2019 the government promised 20,000 new teachers; fewer than 5,000 have been hired.',
  ].join('\n');

  it('leaves the author’s claims unattributed rather than guessing', () => {
    expect(attribute(text).attributions.map((attribution) => attribution.method)).toEqual(Array(6).fill('unattributed'));
  });
});

describe('pronouns and back-references', () => {
  it('gives "she" and "he" to the nearest earlier speaker of that gender', () => {
    const { attributions } = attribute(
      'Maria Zakharova said the talks had failed. Igor Konashenkov said the strikes had stopped. She added that aid was blocked. He added that 500 fighters had surrendered.',
    );
    expect(attributions.map((attribution) => [attribution.speaker, attribution.method, attribution.refersTo])).toEqual([
      ['Maria Zakharova', 'reported-speech', undefined],
      ['Igor Konashenkov', 'reported-speech', undefined],
      ['Maria Zakharova', 'pronoun', 0],
      ['Igor Konashenkov', 'pronoun', 1],
    ]);
  });

  it('gives "the ministry" to the nearest ministry, not the nearest speaker', () => {
    const { attributions } = attribute(
      'The Russian Defence Ministry reported 40 strikes on Monday. Amnesty International said civilians were hit. The ministry said none of the strikes hit homes.',
    );
    expect(attributions[2]).toMatchObject({ organisation: 'Russian Defence Ministry', method: 'back-reference', refersTo: 0 });
  });

  it('gives "the diplomat" to a foreign minister rather than a defence minister', () => {
    const { attributions } = attribute(
      'Lavrov said the talks would go on. Shoigu said the offensive was over. The diplomat added that a ceasefire was close.',
    );
    expect(attributions[2]).toMatchObject({ speaker: 'Sergey Lavrov', role: 'Foreign Minister', method: 'back-reference', refersTo: 0 });
  });

  it('gives "she" to the person just named when nobody has spoken yet', () => {
    const { attributions } = attribute('Anna Petrova runs the hospital. She said it had no power.');
    expect(attributions[1]).toMatchObject({ speaker: 'Anna Petrova', method: 'pronoun', refersTo: 0 });
  });

  it('leaves a reference to nobody unattributed, but keeps an unnamed role', () => {
    const { attributions } = attribute('It said the plan had failed. The spokesman said it had not.');
    expect(attributions[0]!.method).toBe('unattributed');
    expect(attributions[1]).toMatchObject({ speaker: null, role: 'spokesman', method: 'noun-phrase' });
  });
});

describe('speaker phrases', () => {
  it.each([
    ['Officials said the bridge was closed.', '- | Officials | - | - | - | noun-phrase'],
    ['The bridge was closed, officials in Kyiv said on Sunday.', '- | officials | Kyiv | - | government-of-ukraine | reported-speech'],
    [
      'A senior US official, who asked not to be named, told CNN that 300 troops would leave.',
      '- | official | US | CNN | united-states-government | reported-speech',
    ],
    [
      'John Smith, a spokesman for the Norwegian Refugee Council, said 2,000 families had fled.',
      'John Smith | spokesman | Norwegian Refugee Council | - | norwegian-refugee-council | reported-speech',
    ],
    ['Turkey and Russia agreed a ceasefire, according to a report by Al Jazeera.', '- | - | - | Al Jazeera | - | according-to'],
    ['Speaking to reporters in Geneva, the UN envoy said the talks were over.', '- | envoy | UN | - | united-nations | reported-speech'],
    [
      'Russia denied the strike, Turkish President Recep Tayyip Erdogan said.',
      'Recep Tayyip Erdogan | President | Turkish Government | - | turkish-government | reported-speech',
    ],
  ])('%s', (text, expected) => {
    expect(summary(attribute(text).attributions[0]!)).toBe(expected);
  });

  it('does not take passives or nouns for speech', () => {
    const { attributions } = attribute('The report was noted by few. The claims were denied. Its reports said nothing.');
    expect(attributions.map((attribution) => attribution.method)).toEqual(['unattributed', 'unattributed', 'unattributed']);
  });

  it('names the full name of a speaker first given with a role', () => {
    const { attributions } = attribute('Deputy Minister Jonas Berg visited Oslo. “Prices will fall,” Berg said.');
    expect(attributions[1]).toMatchObject({ speaker: 'Jonas Berg', role: 'Deputy Minister', method: 'direct-quote' });
  });
});

describe('attributeSentences', () => {
  it('uses the registry and entities it is given', () => {
    const registry = createSourceRegistry([{ id: 'acme-daily', name: 'Acme Daily', kind: 'media', country: 'US', aliases: [] }]);
    const text = 'Prices rose by 5 percent, Acme Daily reported.';
    const { sentences, quotes } = segmentText(text);
    const entities = findEntities(text, sentences, { registry });
    const [attribution] = attributeSentences(text, sentences, quotes, { registry, entities });
    expect(attribution).toMatchObject({ outlet: 'Acme Daily', outletSource: { id: 'acme-daily' }, method: 'reported-speech' });
  });

  it('never throws on odd input', () => {
    expect(attributeSentences('', [], [])).toEqual([]);
    expect(attributeSentences(null as unknown as string, null as unknown as [], [])).toEqual([]);
    const text = 'said said. according to according to. “ he said ” , , ,';
    const { sentences } = segmentText(text);
    expect(attributeSentences(text, sentences, null as unknown as [])).toHaveLength(sentences.length);
  });

  it('stays linear on long and hostile text', () => {
    const attributeRepeated = (times: number): void => {
      const text = 'Aa Bb said that Cc Dd, according to Ee Ff of the Gg Ministry, who told Hh. “He said,” she said. '.repeat(times);
      const { sentences, quotes } = segmentText(text);
      expect(attributeSentences(text, sentences, quotes)).toHaveLength(sentences.length);
    };
    expect(growthOnFourfoldInput(attributeRepeated, 500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});

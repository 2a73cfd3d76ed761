// A name's type from the evidence the article gives: how it refers back to the name, a company's legal form, a first
// name before a surname the text uses alone. Invented names and sentences.
import type { Entity } from './entity';
import { findEntities } from './find-entities';

function typesOf(text: string, name: string): string[] {
  return findEntities(text)
    .filter((entity: Entity) => entity.text === name)
    .map((entity) => entity.type);
}

describe('a company legal form', () => {
  it('closes an organisation name, and what it is "of" is where it is registered', () => {
    const text = 'The fine went to Kallstrom Frakt GmbH of Lubeck, which runs 900 lorries. Orvala Kuljetus Oy was fined too.';
    const entities = findEntities(text);
    expect(entities.find((entity) => entity.text === 'Kallstrom Frakt GmbH')?.type).toBe('organisation');
    expect(entities.find((entity) => entity.text === 'Lubeck')?.type).toBe('place');
    expect(typesOf(text, 'Orvala Kuljetus Oy')).toEqual(['organisation']);
  });

  it('is read through the slash of "A/S"', () => {
    expect(typesOf('Danish rival Tegnholt Kulde A/S said it had hired 40 drivers.', 'Tegnholt Kulde A/S')).toEqual(['organisation']);
  });

  it('is matched as written: "As" opening a sentence is no legal form', () => {
    expect(typesOf('Greta Wennerholm said prices rose. As Wennerholm put it, nobody won.', 'Wennerholm')).toEqual(['person']);
  });
});

describe('how the article refers back to a name', () => {
  it('"its" after the verb of saying makes a lone name a thing', () => {
    expect(typesOf('Tollvakt said its officers had seized 9,000 litres.', 'Tollvakt')).toEqual(['organisation']);
  });

  it('"It said" opening the next sentence makes the subject of the last one a thing', () => {
    const text = 'Brisk Haulwise confirmed the figure on Monday. It said the lorries had been sold.';
    expect(typesOf(text, 'Brisk Haulwise')).toEqual(['organisation']);
  });

  it('"The firm said" opening the next sentence does the same', () => {
    const text = 'Kerrow Agri was not prosecuted. The firm said its driver had followed the map.';
    expect(typesOf(text, 'Kerrow Agri')).toEqual(['organisation']);
  });

  it('"she" after the verb of saying keeps it a person, at every mention', () => {
    const text = 'Tollvakt said she had seized 9,000 litres. Tollvakt said its officers were tired.';
    expect(typesOf(text, 'Tollvakt')).toEqual(['person', 'person']);
  });

  it('a first name of the larger list keeps a name a person whatever the next sentence opens with', () => {
    expect(typesOf('Olivia Brandwick welcomed the report. It said the ward would stay open.', 'Olivia Brandwick')).toEqual(['person']);
  });

  it('a name after a person\'s name and "of" is her firm', () => {
    const text = 'The trustee, Marit Velsen of Velsen Storm Advocaten, said the debts were large.';
    expect(typesOf(text, 'Velsen Storm Advocaten')).toEqual(['organisation']);
  });

  it('a name told or speaking after "the" is no person', () => {
    expect(typesOf('"It is over," she told the Harbour Lantern.', 'Harbour Lantern')).toEqual(['organisation']);
    // ("on the River Wenna say": after a preposition, "the" opens no speaker)
    expect(typesOf('Anglers on the River Wenna say fish have died.', 'River Wenna')).not.toContain('organisation');
  });

  it('a word of another language written in lower case elsewhere is a common noun, no person', () => {
    const text = 'Politsei said a man had been arrested. He had helped politsei with their inquiries.';
    expect(typesOf(text, 'Politsei')).toEqual(['organisation']);
  });
});

describe('a lone word that is also the surname of a person named in full', () => {
  it("is the firm when the words after it say so and a firm's name opens with it", () => {
    const text =
      'The largest fine went to Marrak Spedition GmbH. Marrak said it would appeal. ' +
      'Chief executive Jonas Marrak said the fine was unfair. Marrak said he would fight it.';
    expect(typesOf(text, 'Marrak')).toEqual(['organisation', 'person']);
    // ("Jonas Marrak" does not end in the firm's short name)
    expect(typesOf(text, 'Jonas Marrak')).toEqual(['person']);
  });

  it('is a shop named after its owner when written as a possessive that owns nothing', () => {
    const text =
      "Pellow's, which has three shops, is hiring. Managing director Tom Pellow said sales rose. Pellow's said it would open a fourth.";
    const types = findEntities(text)
      .filter((entity) => entity.text === 'Pellow')
      .map((entity) => entity.type);
    expect(types).toEqual(['organisation', 'organisation']);
  });

  it('stays the person without such words', () => {
    const text = 'Verrick Holdings bought the site. Chief executive Anna Verrick said costs rose. Verrick said the deal was good.';
    expect(typesOf(text, 'Verrick')).toEqual(['person']);
  });
});

describe('a place that is also a first name', () => {
  it('is a first name before a surname the text uses alone', () => {
    const text = "said the association's chair, Sofia Lindqvarn. Lindqvarn said members had paid too much.";
    expect(typesOf(text, 'Sofia Lindqvarn')).toEqual(['person']);
  });

  it('stays a place otherwise', () => {
    expect(typesOf('The talks were held in Sofia on Monday.', 'Sofia')).toEqual(['place']);
  });
});

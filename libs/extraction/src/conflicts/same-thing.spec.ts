import { synonymOf } from '../matching/synonyms';
import { broaderNouns, HAPPENINGS, kindKeys, kindOfOneAnother, nounForms, NOT_IN_WORDNET_GROUPS, sameThingOf } from './same-thing';

describe('sameThingOf: one word for one thing', () => {
  it('reads synonyms through the WordNet groups claim matching uses', () => {
    expect(sameThingOf('shut')).toBe(sameThingOf('closed'));
    expect(sameThingOf('dwellings')).toBe('home');
    expect(sameThingOf('shops')).toBe(sameThingOf('stores'));
    expect(sameThingOf('households')).toBe(sameThingOf('families'));
  });

  it('reads a past form by its verb, a form in -ing as a word of its own first', () => {
    expect(sameThingOf('fired')).toBe(sameThingOf('fire'));
    expect(sameThingOf('leaked')).toBe('leak');
    // "dwelling" is a home, not a form of "dwell".
    expect(sameThingOf('dwelling')).toBe('home');
    expect(sameThingOf('building')).not.toBe(sameThingOf('built'));
  });

  it('reads a plural of people not made with an ending as its singular, a possessive too', () => {
    expect(sameThingOf('children')).toBe(sameThingOf('child'));
    expect(sameThingOf("children's")).toBe(sameThingOf('child'));
    expect(sameThingOf('women')).toBe(sameThingOf('woman') ?? 'woman');
    expect(sameThingOf('men')).toBe(sameThingOf('man') ?? 'man');
  });

  it('joins the few pairs the WordNet groups lack, and WordNet groups to them', () => {
    expect(sameThingOf('houses')).toBe('home');
    expect(sameThingOf('apartments')).toBe(sameThingOf('flats'));
    expect(sameThingOf('ships')).toBe(sameThingOf('vessels'));
    expect(sameThingOf('lorries')).toBe(sameThingOf('trucks'));
    expect(sameThingOf('patients')).toBe('case');
    expect(sameThingOf('walkout')).toBe('strike');
    expect(sameThingOf('stoppage')).toBe('strike');
    expect(sameThingOf('raid')).toBe('attack');
    // "bombardment" and "shelling" are one WordNet group, joined to the attacks.
    expect(sameThingOf('bombardment')).toBe('attack');
    expect(sameThingOf('shelling')).toBe('attack');
    expect(sameThingOf('spill')).toBe('leak');
    expect(sameThingOf('collisions')).toBe(sameThingOf('crashes'));
    expect(sameThingOf('sacked')).toBe(sameThingOf('dismissed'));
    expect(sameThingOf('seized')).toBe(sameThingOf('confiscated'));
    expect([...HAPPENINGS].every((head) => sameThingOf(head) === head)).toBe(true);
  });

  it('lists by hand only what the WordNet groups do not join', () => {
    for (const [word, head] of NOT_IN_WORDNET_GROUPS) {
      // A word listed is missing from its head's WordNet group (or joins a WordNet group to it: "barrage").
      // As sameThingOf reads them: as nouns (a group "strike" joins only as a verb, to impress, is no group of the noun).
      const group = synonymOf(word, false, true);
      if (group !== undefined && group === synonymOf(head)) throw new Error(`${word} is in ${head}'s WordNet group: drop it from the list`);
    }
  });

  it('has no word for words without synonyms, numbers or unknown names', () => {
    expect(sameThingOf('qwzx')).toBeUndefined();
    expect(sameThingOf('employees')).toBeUndefined();
  });
});

describe('kindOfOneAnother: one noun a kind of the other (WordNet, two links)', () => {
  it('reads kind-of links both ways, through synonyms and plurals in -ves', () => {
    expect(kindOfOneAnother('supermarket', 'store')).toBe(true);
    expect(kindOfOneAnother('store', 'supermarket')).toBe(true);
    expect(kindOfOneAnother('shop', 'supermarket')).toBe(true);
    expect(kindOfOneAnother('warehouse', 'depot')).toBe(true);
    expect(kindOfOneAnother('shopper', 'customer')).toBe(true);
    expect(kindOfOneAnother('midwive', 'nurse')).toBe(true);
  });

  it('is false for one word, for siblings and for unrelated nouns', () => {
    expect(kindOfOneAnother('store', 'store')).toBe(false);
    expect(kindOfOneAnother('midwife', 'consultant')).toBe(false);
    expect(kindOfOneAnother('pharmacist', 'midwife')).toBe(false);
    expect(kindOfOneAnother('job', 'worker')).toBe(false);
  });

  it('reads an animal under any broader noun, however far, and nothing else so far (branch pairing4)', () => {
    expect(kindOfOneAnother('goat', 'animal')).toBe(true);
    expect(kindOfOneAnother('animal', 'pony')).toBe(true);
    expect(kindOfOneAnother('sheep', 'mammal')).toBe(true);
    // Siblings stay two things.
    expect(kindOfOneAnother('goat', 'sheep')).toBe(false);
    expect(kindOfOneAnother('pony', 'goat')).toBe(false);
  });
});

describe("kindKeys: a word's keys in an index of kinds (branch speed36)", () => {
  it('keeps the forms some noun has above it, each once, and every broader noun as broaderNouns gives them', () => {
    // "supermarket" has "store" above it; "store" is its own form twice.
    expect(kindKeys('store').forms).toEqual(['store']);
    expect(kindKeys('store').above).toEqual(broaderNouns('store'));
    // "lorry" goes by "truck" too, which "vehicle" and others are above; only "truck" is ever above another noun.
    expect(nounForms('lorry')).toContain('lorry');
    expect(kindKeys('lorry').forms).toEqual(['truck']);
    expect(kindKeys('lorry').above).toContain('vehicle');
    // A crude singular in -ve is looked up in -fe too ("wive": "wife", which "spouse" is above).
    expect(kindKeys('wive').forms).toEqual(['wife']);
  });

  it('has no key for words no noun has above it and that have nothing above them', () => {
    for (const word of ['the', 'said', 'yesterday', 'qwzx']) expect(kindKeys(word)).toEqual({ forms: [], above: [] });
    // "trout" is below "fish" but nothing is below "trout": nothing above to look up by, only its own broader nouns.
    expect(kindKeys('trout').forms).toEqual([]);
    expect(kindKeys('trout').above).toContain('fish');
  });
});

describe('sameThingOf: forms in -ing (branch conflicts19)', () => {
  it('reads a form in -ing as its verb when the verb has no group, keeping the hand-listed happenings and nouns of their own', () => {
    // "is to leave" and "about him leaving" speak of one act: no group parts them ("leaving" is no departure here).
    expect(sameThingOf('leaving')).toBeUndefined();
    expect(sameThingOf('leave')).toBeUndefined();
    expect(sameThingOf('shelling')).toBe('attack');
    expect(sameThingOf('dwelling')).toBe('home');
  });
});

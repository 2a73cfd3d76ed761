import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / role / organisation / outlet / method */
function row(attribution: Attribution | undefined): string {
  if (!attribution) return 'missing';
  const { speaker, role, organisation, outlet, method } = attribution;
  return [speaker, role, organisation, outlet, method].map((value) => value ?? '-').join(' / ');
}

describe('speech verbs by part of speech and lemma', () => {
  it.each([
    ['The canal trust insists that 14 locks need repair.', '- / - / canal trust / - / noun-phrase'],
    ['Harbour pilot Ysolde Brannagh tweeted that the channel was closed.', 'Ysolde Brannagh / Harbour pilot / - / - / reported-speech'],
    // wink reads an "-s" form after a noun as a plural noun; what follows makes it the verb.
    ['The orchard board estimates 4,000 trees were lost.', '- / - / orchard board / - / noun-phrase'],
    ['The toll office claims that 9 percent of drivers never paid.', '- / - / toll office / - / noun-phrase'],
  ])('%s', (text, expected) => {
    expect(row(attribute(text)[0])).toBe(expected);
  });

  it('does not read a plural noun before a verb, or a noun after a possessive, as the speech verb', () => {
    // "reports" is the subject of "say", a document naming nobody: not a speaker, not a verb.
    expect(row(attribute('Local press reports say the quarry closed in May.')[0])).toBe('- / - / - / - / unattributed');
    const [attribution] = attribute("Dorrit Vanheim's claims that the quarry closed were never checked.");
    expect(attribution!.method).toBe('unattributed');
  });

  it('leaves negated and passive speech unattributed', () => {
    expect(row(attribute('Odalys Trevane did not say how many wells had failed.')[0])).toBe('- / - / - / - / unattributed');
    expect(row(attribute('Odalys Trevane was told that 30 wells had failed.')[0])).toBe('- / - / - / - / unattributed');
  });
});

describe('subject noun phrases chunked by part of speech', () => {
  it.each([
    // An organisation nobody registered, in lower-case words.
    ['Reservoirs fell to 31 percent, the upland drainage authority said.', '- / - / upland drainage authority / - / noun-phrase'],
    // A role no word list holds: the head noun has a person sense in WordNet.
    ['A lighthouse keeper said the beacon failed twice.', '- / lighthouse keeper / - / - / noun-phrase'],
    ['A fishmonger on Quay Row said prices had doubled.', '- / fishmonger / - / - / noun-phrase'],
    // A participle after the head: the noun before it speaks.
    ['Several tenants interviewed at the depot said rents rose by 20 percent.', '- / Several tenants / - / - / noun-phrase'],
    // A capitalised adjective opening the sentence (wink tags it a proper noun) stays part of the role.
    [
      'Retired ferryman Cosmo Ilunga-Berg said the crossing took an hour.',
      'Cosmo Ilunga-Berg / Retired ferryman / - / - / reported-speech',
    ],
    // A title before an unusual name.
    ['Dr. Ngaio Fairweather-Oduro warned that 12 clinics would close.', 'Ngaio Fairweather-Oduro / - / - / - / reported-speech'],
    // A place's possessive before an organisation noun: the whole phrase is the organisation.
    [
      "Brackwater's harbour committee estimated the repairs at 2 million crowns.",
      "- / - / Brackwater's harbour committee / - / noun-phrase",
    ],
  ])('%s', (text, expected) => {
    expect(row(attribute(text)[0])).toBe(expected);
  });

  it('reads an appositive name after a common noun no role list holds, and an age between commas', () => {
    expect(row(attribute('The lockkeeper at Fennick, Orsolya Tamm, said the gates were stuck.')[0])).toMatch(/^Orsolya Tamm \//);
    expect(row(attribute('Lucan Aberdour-Mbeki, 74, said the river had never been so low.')[0])).toMatch(/^Lucan Aberdour-Mbeki \//);
  });

  it('keeps the possessive organisation of a role through a modifier wink tags as a verb', () => {
    const attributions = attribute(
      'The Corvane Dental Institute said it had surveyed 900 children. The study’s lead author, Dr. Elspeth Marrow, said a third had cavities.',
    );
    expect(attributions[1]).toMatchObject({ speaker: 'Elspeth Marrow', organisation: 'Corvane Dental Institute' });
  });

  it('does not give "the tenants\' group" to another group that spoke before', () => {
    const attributions = attribute('The Veldhaven Walking Group said the path was closed. The tenants’ group said 40 flats were damp.');
    expect(attributions[1]!.organisation).not.toBe('Veldhaven Walking Group');
  });

  it('gives "the council\'s environment committee" the council named before', () => {
    const attributions = attribute(
      'Quarrenby District Council said it would cut the bus subsidy. The council’s finance committee warned that 6 routes would close.',
    );
    expect(row(attributions[1])).toBe('- / - / Quarrenby District Council / - / back-reference');
  });
});

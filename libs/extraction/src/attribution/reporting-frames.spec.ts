import { attribute, row, rows } from '../testing/attribution';

describe('reporting frames feature and science writing uses', () => {
  it('reads "went on to say" and "goes on to warn" as the subject saying what follows', () => {
    expect(rows('Oskar Venn said the dam had cracked. He went on to say that the spillway was blocked.')).toEqual([
      'Oskar Venn / - / -',
      'Oskar Venn / - / -',
    ]);
    expect(row(attribute('Oskar Venn goes on to warn that the spillway is blocked.')[0])).toBe('Oskar Venn / - / -');
    expect(row(attribute('Oskar Venn went on to tell the Marlby Gazette that the spillway was blocked.')[0])).toBe(
      'Oskar Venn / - / Marlby Gazette',
    );
    // Going on to do something else reports nothing.
    expect(row(attribute('Oskar Venn went on to win the county title in 2019.')[0])).toBe('- / - / -');
  });

  it('takes the medium after "tells" in the present as the outlet', () => {
    expect(row(attribute('Oskar Venn tells the Marlby Gazette that the spillway is blocked.')[0])).toBe('Oskar Venn / - / Marlby Gazette');
  });

  it('reads "was quoted as saying" and "has been reported as saying" with the passive subject as the speaker', () => {
    expect(row(attribute('Its treasurer, Ilse Marr, was quoted as saying the fund had run dry.')[0])).toBe('Ilse Marr / - / -');
    expect(row(attribute('Ilse Marr has been reported as saying the fund was empty.')[0])).toBe('Ilse Marr / - / -');
    // Being quoted in something says nothing.
    expect(row(attribute('Ilse Marr was quoted in the annual report.')[0])).toBe('- / - / -');
  });

  it('reads a dummy "it" passive of a speech verb with its agent after "by" as the agent speaking', () => {
    expect(rows('Ilse Marr lives beside the mill. It was pointed out by Marr that the roof leaked.')[1]).toBe('Ilse Marr / - / -');
    expect(row(attribute('It has been claimed by Ilse Marr that the roof leaked in 2021.')[0])).toBe('Ilse Marr / - / -');
    // A passive whose subject is a thing done by someone reports nothing of theirs.
    expect(row(attribute('The road was closed by Ilse Marr on Monday.')[0])).toBe('- / - / -');
  });

  it('reads "In X\'s view," "in her view" and "in the opinion of X" as whose view the sentence gives', () => {
    expect(rows("Ilse Marr said the roof leaked. In Marr's view, the trust had waited too long.")[1]).toBe('Ilse Marr / - / -');
    expect(rows('Ilse Marr said the roof leaked. But in her view the trust had waited too long.')[1]).toBe('Ilse Marr / - / -');
    expect(row(attribute('In the opinion of Helen Marr, the trust had waited too long.')[0])).toBe('Helen Marr / - / -');
    // The author's own view is nobody's attribution.
    expect(row(attribute('In my view, the trust had waited too long.')[0])).toBe('- / - / -');
  });

  it('reads a sentence opening "For NAME," as that person\'s view, not "For 40 years," or a place', () => {
    expect(rows('Ilse Marr has run the mill since 1990. For Marr, the question is not money.')[1]).toBe('Ilse Marr / - / -');
    expect(row(attribute('For 40 years, the mill ran on water.')[0])).toBe('- / - / -');
  });

  it('gives a quote a colon introduces after "Her answer was …" to the speaker "her" stands for', () => {
    const attributions = attribute(
      'Ilse Marr said she had been offered £2m for the mill. Her answer was immediate: "The mill is not for sale."',
    );
    expect(row(attributions[1])).toBe('Ilse Marr / - / -');
    // A pronoun that fits no earlier speaker gives nothing.
    expect(row(attribute('Oskar Venn said the mill was sold. Her answer was immediate: "The mill is not for sale."')[1])).toBe('- / - / -');
  });

  it('gives a quote to the person the next sentence names as its author ("That was the verdict of NAME")', () => {
    const attributions = attribute(
      'The mill won the county prize in 2022.\n\n"It is the finest flour I have baked with in thirty years." That was the verdict of Oskar Venn, who judged the bread classes.',
    );
    expect(row(attributions[1])).toBe('Oskar Venn / - / -');
    // The naming sentence itself is the author's.
    expect(row(attributions[2])).toBe('- / - / -');
  });

  it('reads "agreed that" and a motion\'s "moved that" as statements, but not "agreed a deal" or "moved to"', () => {
    expect(row(attribute('Under questioning, Oskar Venn agreed that the gate had been left open.')[0])).toBe('Oskar Venn / - / -');
    expect(row(attribute('Councillor Ilse Marr moved that the item be deferred.')[0])).toBe('Ilse Marr / - / -');
    expect(row(attribute('Oskar Venn agreed a two-year contract with the club.')[0])).toBe('- / - / -');
    expect(row(attribute('Oskar Venn moved to Marlby in 2019.')[0])).toBe('- / - / -');
  });

  it('reads "reckons" as a statement of its subject', () => {
    expect(row(attribute('Oskar Venn reckons he lost £12,000 of trade in the flood.')[0])).toBe('Oskar Venn / - / -');
  });

  it('keeps a surname after "Mr" a person, even when an organisation named before ends in it', () => {
    const attributions = attribute(
      'Crane driver Dean Fowler told the court that the guard was off. Mr Fowler said he had been afraid for his job.',
    );
    expect(attributions[1]?.organisation).toBeNull();
    expect(attributions[1]?.speaker).toMatch(/Fowler$/u);
  });

  it('leaves a capitalised post before a first name out of the name: "District Collector NAME", "Councillors NAME", "Minister for X NAME"', () => {
    expect(row(attribute('District Collector Ravi Menon said 800 people had been moved.')[0])).toBe('Ravi Menon / - / -');
    expect(row(attribute('Councillors Helen Osei and Mark Tully said the figures were wrong.')[0])).toMatch(/^Helen Osei \//u);
    expect(row(attribute('Minister for Fisheries Karin Holm said the quota would rise.')[0])).toMatch(/^Karin Holm \//u);
    // A body's name that holds nouns for people stays whole.
    expect(row(attribute('The Guild of Master Bakers said prices would rise.')[0])).toBe('- / Guild of Master Bakers / -');
  });

  it('reads "NAME from X, a description of X, said": the person, past the apposition describing her organisation', () => {
    expect(row(attribute('Jo Pritchard from Hedgerow Friends, a volunteer group, said 300 gaps had been cut.')[0])).toBe(
      'Jo Pritchard / Hedgerow Friends / -',
    );
  });
});

import { rows } from '../testing/attribution';

describe('a post owned by a common noun that heads no name: the body called by what it is (issue 15, orgnone13)', () => {
  it('ties "The theatre\'s director, X," to the name described as a theatre, even one read as a person\'s', () => {
    const text =
      'The Kettle Yard, a community-owned theatre in Marlpit, has cancelled its spring season.\n\n' +
      "The theatre's director, Orla Brine, said ticket sales had fallen by a third. She said the roof repairs would cost £90,000.";
    expect(rows(text).slice(-2)).toEqual(['Orla Brine / Kettle Yard / -', 'Orla Brine / Kettle Yard / -']);
  });

  it('ties it to the subject of the sentence before, a body of no governing kind', () => {
    const text =
      'Dunstow Leisure Trust will shut Tebworth Baths for six weeks from Monday.\n\n' +
      "The venue's manager, Abel Stour, said the boilers had failed twice in January.";
    expect(rows(text).slice(-1)).toEqual(['Abel Stour / Dunstow Leisure Trust / -']);
  });

  it("ties it to a name ending in the noun that the entity finder read as a person's", () => {
    const text =
      'Arkley Otter Sanctuary has taken in 40 orphaned cubs this year, twice as many as in 2024.\n\n' +
      'Flood water reached the pens on Sunday.\n\n' +
      "The sanctuary's founder, Ivo Pell, said six cubs had been moved to foster homes.";
    expect(rows(text).slice(-1)).toEqual(['Ivo Pell / Arkley Otter Sanctuary / -']);
  });

  it("passes over a council, a police force or a residents' association for a venue's noun", () => {
    const text =
      'Quarlby Borough Council refused the late licence on Tuesday.\n\n' +
      "The club's manager, Tilda Marsh, said the doors closed at midnight every night.";
    expect(rows(text).slice(-1)).toEqual(['Tilda Marsh / - / -']);
  });

  it('passes over a body described by another noun', () => {
    const text =
      "Rent Watch, the tenants' network, said the hostel on Moss Lane turned away nine people on Tuesday.\n\n" +
      "The hostel's manager, Abel Stour, said no one had been refused a bed.";
    expect(rows(text).slice(-1)).toEqual(['Abel Stour / - / -']);
  });

  it("reads no body into a family's, a ship's or a film's post", () => {
    const text =
      'Dunstow Ferries said the crossing was cancelled.\n\n' + "The ship's master, Ivo Pell, said the swell had reached four metres.";
    expect(rows(text).slice(-1)).toEqual(['Ivo Pell / - / -']);
  });

  it('takes no body across a subhead that starts another item of a round-up', () => {
    const text =
      'News in brief\n\nBATHS CLOSED\n\nDunstow Leisure Trust will shut Tebworth Baths for six weeks.\n\n' +
      'GARDEN PRIZE\n\nA garden in Moss Lane won a county prize.\n\n' +
      "The show's organiser said 40 gardens had entered.\n\n" +
      "The kitchen's manager, Abel Stour, said 300 meals were served.";
    expect(rows(text).slice(-1)).toEqual(['Abel Stour / - / -']);
  });
});

describe('a post before a name with no owner, right after a sentence about another body (issue 15, orgnone13)', () => {
  const story =
    'Quarlby Otter Rescue has been told it can keep its new pens.\n\n' +
    'Its founder, Ivo Pell, said the pens had cost £9,000. Pell said the rescue had taken in 80 otters. He said donations had paid for the pens.\n\n';

  it("ties the post to the story's body when the sentence before is the story's", () => {
    expect(rows(`${story}Treasurer Abel Stour said running costs had reached £900 a month.`).slice(-1)).toEqual([
      'Abel Stour / Quarlby Otter Rescue / -',
    ]);
  });

  it("ties none when the sentence before is about a council's members", () => {
    const text = `${story}Councillors approved the application on Tuesday.\n\nPlanning officer Abel Stour told the meeting that the pens caused no harm.`;
    expect(rows(text).slice(-1)).toEqual(['Abel Stour / - / -']);
  });
});

import { rows } from '../testing/attribution';

describe('a medium named by its short name after its full name', () => {
  it('reads the short name told after a masthead as the masthead’s medium', () => {
    expect(
      rows(
        'The Ossby Beacon\n\nBy Ada Brenn\n\nFerry crews told the Beacon that 14 sailings were cancelled. The Beacon reported in May that the pier failed an inspection.',
      ),
    ).toEqual(['- / - / Ossby Beacon', '- / - / Ossby Beacon', '- / - / Ossby Beacon', '- / - / Ossby Beacon']);
  });

  it('reads the short name after a byline’s medium and a speaker’s quote', () => {
    const found = rows(
      'Harbour fees rise again\n\nBy Ada Brenn, Dunreay Valley Courier\n\nThe Rellmouth Harbour Trust raised its fees by 9 percent. ' +
        'Its chairman, Olaf Stenning, told the Courier that 30 berths were empty.',
    );
    expect(found[found.length - 1]).toBe('Olaf Stenning / Rellmouth Harbour Trust / Dunreay Valley Courier');
  });

  it('keeps the short name when two media named before end with it', () => {
    const found = rows(
      'Dunreay Valley Courier and Ossby Courier both ran the story. Ferry crews told the Courier that 14 sailings were cancelled.',
    );
    expect(found[1]).toBe('- / - / Courier');
  });

  it('keeps a name the text gives in full only later, and a longer name as written', () => {
    expect(rows('Ferry crews told the Courier that 14 sailings were cancelled. The Ossby Courier is a weekly.')[0]).toBe('- / - / Courier');
    expect(rows('The Ossby Beacon asked. Ferry crews told the Ossby Beacon Weekly that 14 sailings were cancelled.')[1]).toBe(
      '- / - / Ossby Beacon Weekly',
    );
  });
});

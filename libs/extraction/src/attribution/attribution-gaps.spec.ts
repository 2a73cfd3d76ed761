import { attribute, row } from '../testing/attribution';

describe('attribution gaps of issue 15', () => {
  it('reads an unknown newspaper named with a head noun as an outlet, never as a person', () => {
    expect(row(attribute('Moss Pell told the Dunkery Mercury that the quarry would shut.')[0])).toBe('Moss Pell / - / Dunkery Mercury');
    expect(row(attribute('The Ashvale Mail said the quarry had shut.')[0])).toBe('- / - / Ashvale Mail');
    const attributions = attribute('Moss Pell, the quarry manager, said it would shut. "We have no orders," he told the Tenby Gleaner.');
    expect(row(attributions[1])).toBe('Moss Pell / - / Tenby Gleaner');
  });

  it('reads a weekday opening a newspaper name as part of it, not as a date', () => {
    expect(row(attribute('The Saturday Argus reported that the quarry had shut.')[0])).toBe('- / - / Saturday Argus');
    // "on Saturday" is a date: no outlet is named "Saturday Echo".
    expect(attribute('The Argus said on Saturday Echo readers had written in.')[0]?.outlet).toBe('Argus');
  });

  it('takes the medium of a fronted "Speaking to the X," or "In an interview with the X," as the outlet', () => {
    expect(row(attribute('Speaking to the Dunkery Mercury, Moss Pell said the quarry would shut.')[0])).toBe(
      'Moss Pell / - / Dunkery Mercury',
    );
    expect(row(attribute('In an interview with the Tenby Gleaner, Moss Pell said the quarry would shut.')[0])).toBe(
      'Moss Pell / - / Tenby Gleaner',
    );
    expect(row(attribute('Speaking to the council, Moss Pell said the quarry would shut.')[0])).toBe('Moss Pell / - / -');
  });
});

import { attribute, row } from '../testing/attribution';

describe('attribution gaps of issue 15', () => {
  it('reads an unknown newspaper named with a head noun as an outlet, never as a person', () => {
    expect(row(attribute('Moss Pell told the Dunkery Mercury that the quarry would shut.')[0])).toBe('Moss Pell / - / Dunkery Mercury');
    expect(row(attribute('The Ashvale Mail said the quarry had shut.')[0])).toBe('- / - / Ashvale Mail');
    const attributions = attribute('Moss Pell, the quarry manager, said it would shut. "We have no orders," he told the Tenby Gleaner.');
    expect(row(attributions[1])).toBe('Moss Pell / - / Tenby Gleaner');
  });
});

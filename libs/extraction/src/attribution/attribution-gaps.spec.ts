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

  it('reads a finding verb closing the sentence after a comma as its attribution, in the perfect too', () => {
    const attributions = attribute(
      'The Fenland Rivers Authority sampled the brook in May. The farm spread slurry on frozen fields 12 times, the authority has found. The tank leaked twice, the authority found.',
    );
    expect(row(attributions[1])).toBe('- / Fenland Rivers Authority / -');
    expect(row(attributions[2])).toBe('- / Fenland Rivers Authority / -');
    // A finding with no subject clause of its own, or a thing found, reports nothing.
    expect(row(attribute('Two of the missing hikers were later found.')[0])).toBe('- / - / -');
    expect(row(attribute('Rescuers searched the moor for six hours, and two hikers were found.')[0])).toBe('- / - / -');
  });

  it('reads "The auditor, NAME, found in January that …": a time phrase between the finding verb and its that-clause', () => {
    expect(row(attribute('The auditor, Pia Lund, found in March that the fund was short of 3 million crowns.')[0])).toBe(
      'Pia Lund / - / -',
    );
    expect(row(attribute('The examiner, Ola Berg, has found over the past year that 40 claims were late.')[0])).toBe('Ola Berg / - / -');
    expect(row(attribute('The auditor, Pia Lund, found the ledgers in March.')[0])).toBe('- / - / -');
  });

  it('attributes "declined to comment" to its subject, and leaves "did not respond to a request for comment" unattributed', () => {
    expect(row(attribute('Harlow Mills declined to comment on the report.')[0])).toBe('- / Harlow Mills / -');
    expect(row(attribute('A Harlow Mills spokesman refused to say how many jobs would go.')[0])).toBe('- / Harlow Mills / -');
    expect(row(attribute('Harlow Mills did not respond to a request for comment.')[0])).toBe('- / - / -');
    expect(row(attribute('Harlow Mills declined to renew the lease.')[0])).toBe('- / - / -');
  });
});

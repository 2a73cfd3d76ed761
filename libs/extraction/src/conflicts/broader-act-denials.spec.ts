import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: an act denied by a broader verb, by its noun, in other states (branch ties16)', () => {
  it('answers a beating with "no one was harmed": a blow is harm (verb kinds from WordNet, a blow joined by hand)', () => {
    const claims = [
      claim(0, 'The tenants group said wardens beat three night porters in the hostel yard.'),
      claim(1, 'No tenant had been harmed, the manager said.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('answers a slap with "not a single pupil has been assaulted"', () => {
    const claims = [
      claim(0, 'The parents said a coach had slapped a pupil at the swimming gala in March.'),
      claim(1, 'The academy said not a single pupil has ever been assaulted by its coaches.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('answers a shooting with "no protester was injured": WordNet puts shoot under injure', () => {
    const claims = [
      claim(0, 'The observers said a guard shot a marcher near the bridge on Tuesday.'),
      claim(1, 'No protester was injured during the night, the garrison said.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('leaves a denial of another act apart: no one arrested is no answer to a beating', () => {
    const claims = [
      claim(0, 'The tenants group said wardens beat three night porters in the hostel yard.'),
      claim(1, 'No tenant had been arrested, the manager said.'),
    ];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('leaves a broader verb said of things, not of the people beaten, apart', () => {
    const claims = [
      claim(0, 'The tenants group said wardens beat three night porters in the hostel yard.'),
      claim(1, 'No window had been harmed, the manager said.'),
    ];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('reads "nothing had been tossed by anybody" as a denial of what was tossed: anybody narrows nothing', () => {
    const claims = [
      claim(0, 'The stewards said eggs were tossed at the mayor outside the library.'),
      claim(1, 'The organisers said the rally was loud.'),
      claim(2, 'The organisers said nothing had been tossed by anybody at the rally.'),
    ];
    expect(denials(claims, 'ABB')).toContain('0-2');
  });

  it('reads "had dismissed 45 drivers" as an act a denial naming "the dismissals" answers, the figure beside it no count', () => {
    const claims = [
      claim(0, 'The drivers union said the creamery had dismissed 45 drivers in May.'),
      claim(1, 'Lund denied the dismissals, saying the 45 drivers had been agency staff whose placements ended.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('still reads "dismissed the drivers\' claims as" as a denial', () => {
    const claims = [
      claim(0, 'The drivers said they had waited 40 minutes at the depot gate every morning.'),
      claim(1, "The depot manager dismissed the drivers' claims as exaggerated."),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('reads a denial verb\'s participle after an article as an adjective: "the rejected crates" denies no act', () => {
    const claims = [
      claim(0, 'The harbour board said one mouldy crate can shut a port to every grower.'),
      claim(1, 'The hauliers said drivers were being faulted unfairly for the rejected crates.'),
    ];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('reads no plea as a denial of the charge brought: "denies all charges"', () => {
    const claims = [claim(0, 'Ada Brook, 44, is charged with theft, the tribunal said.'), claim(1, 'She denies all charges.')];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('reads a locked door as a closed one', () => {
    const claims = [
      claim(0, 'The union said the loading doors at the depot were locked during the night shift.'),
      claim(1, 'The depot manager said the loading doors were open at all times.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('reads "forced out" against "left voluntarily" of the same households', () => {
    const claims = [
      claim(0, 'The housing group said 30 households had been forced out of the terrace in March.'),
      claim(1, 'The landlord said the households had left voluntarily after being offered new flats.'),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });
});

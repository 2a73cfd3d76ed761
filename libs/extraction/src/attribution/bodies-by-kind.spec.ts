import { findEntities } from '../entities';
import { lastWho, rows } from '../testing/attribution';

describe('a common noun refers back to the body whose kind it fits', () => {
  it.each([
    // "The operator" and "the company" are the business, not a body of its users or workers that spoke after it.
    [
      "Marrow Link Buses said 40 services ran. The Marrow Bus Users' Group said 12 were cancelled. The operator said 3 were cancelled.",
      '- / Marrow Link Buses / -',
    ],
    [
      'Quenmoor Metals said 11 workers were hurt. Foundry Employees Local 9 said 26 were hurt. The company said 11 was right.',
      '- / Quenmoor Metals / -',
    ],
    // "The charity" is never the public body that oversees it.
    [
      'The Tolly Otter Sanctuary said it cared for 40 otters. The Trusts Oversight Board said it had opened an inquiry into 2 payments. The charity said it had repaid 2 donors.',
      '- / Tolly Otter Sanctuary / -',
    ],
    // "The union" is a workers' or tenants' body named an association, a federation or a local.
    [
      "The Pellowby Tenants' Federation said 140 flats had mould. Pellowby Council said it had served 11 notices. The union said 30 flats were waiting.",
      "- / Pellowby Tenants' Federation / -",
    ],
    [
      "Drivers walked out at 9 depots, the Express Van Drivers' Association said. The union said 320 had joined.",
      "- / Express Van Drivers' Association / -",
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('keeps a body of members apart from "the company" when no business was named', () => {
    expect(rows("Varrin Tram Riders' Association said 600 trams were cancelled. The company said 380 were cancelled.")[1]).toBe(
      '- / company / -',
    );
  });
});

describe('bodies whose names look like a medium or a person', () => {
  it.each([
    // A newspaper's word opening a body named for its members is no newspaper.
    ["Drivers walked out at 9 depots, the Express Van Drivers' Association said.", "- / Express Van Drivers' Association / -"],
    ["The Independent Hauliers' Federation said 40 lorries were idle.", "- / Independent Hauliers' Federation / -"],
    // … while a medium's own name stays one.
    ['The Press Association said 40 lorries were idle.', '- / - / Press Association'],
    // A landlord or a contractor set off by commas is a business unless a person's name follows.
    ['The landlord, Harbour Lettings, said it had doubled the rent to 900 pounds.', '- / Harbour Lettings / -'],
    ['The landlord, Dave Price, said 3 rooms were let.', 'Dave Price / - / -'],
    ['The contractor, Jo Rees, said 3 rooms were painted.', 'Jo Rees / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('types the contractor named after "the contractor," as an organisation', () => {
    const [entity] = findEntities('The contractor, Fell Correctional Care, said it had treated 40 inmates.');
    expect(entity).toMatchObject({ text: 'Fell Correctional Care', type: 'organisation' });
  });
});

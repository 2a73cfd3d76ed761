import { findEntities } from './find-entities';

const typeOf = (text: string, name: string): string | undefined => findEntities(text).find((entity) => entity.text === name)?.type;
const names = (text: string): string[] => findEntities(text).map((entity) => `${entity.type}:${entity.text}`);

describe("a business named by a place or surname and its trade's word (branch entities11)", () => {
  it.each([
    ['Ostrava Cruises said bookings had fallen by a third.', 'Ostrava Cruises'],
    ['Wreford Packing said 40 jobs would go.', 'Wreford Packing'],
    ['Alnwood Tours said 12 coaches had been cancelled.', 'Alnwood Tours'],
    ['Sallow Tyres said it was owed £9,000.', 'Sallow Tyres'],
    ['Brint Roofing said the work had taken three weeks.', 'Brint Roofing'],
    ['Tarvin Removals said 300 families had moved.', 'Tarvin Removals'],
    ['Pelsall Bodyworks said the repair cost £4,000.', 'Pelsall Bodyworks'],
    ['Gorran Wildlife Rescue said 700 hedgehogs were taken in.', 'Gorran Wildlife Rescue'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organisation');
  });

  it('leaves people whose surname is a trade word', () => {
    expect(typeOf('Ms Tanner said the firm had lost money.', 'Tanner')).toBe('person');
    expect(typeOf('Tina Sawyer said staff were tired. Sawyer said wards were full.', 'Tina Sawyer')).toBe('person');
  });

  it('keeps a body of a nursery trade\'s field whole after "and"', () => {
    expect(names('The Association of Nursery and Orchard Staff said 14 sites had closed.')).toEqual([
      'organisation:Association of Nursery and Orchard Staff',
    ]);
  });
});

describe('names listed with organisations (branch entities11)', () => {
  it('makes a name read as a person\'s for want of a cue an organisation when a list with "and" holds one', () => {
    const text = 'Tolgarth Lunch Club, Pellow Court Friends and Veldham Shopmobility said they had not been told.';
    expect(typeOf(text, 'Veldham Shopmobility')).toBe('organisation');
    expect(typeOf('Funding went to the Brisk Valley Trust and the Quillet Youth Project, the council said.', 'Quillet Youth Project')).toBe(
      'organisation',
    );
  });

  it('leaves people in a list, and names set apart by a comma only', () => {
    expect(typeOf('Funding went to the Brisk Valley Trust and Ms Orla Kettering, the council said.', 'Orla Kettering')).toBe('person');
    expect(typeOf("Tomasz Wendel, Pendrith Trust's chair, said 40 homes were empty.", 'Tomasz Wendel')).toBe('person');
    expect(typeOf('Ravi Patel and the Brisk Valley Trust said 40 homes were empty.', 'Ravi Patel')).toBe('person');
  });
});

describe('an area that speaks (branch entities11)', () => {
  it('is the body that governs it', () => {
    expect(typeOf('Tansley Parish said 230 residents had objected.', 'Tansley Parish')).toBe('organisation');
  });

  it('stays a place after "in" and when it does not speak', () => {
    expect(typeOf('Prosecutors in Tansley County said 12 people were charged.', 'Tansley County')).toBe('place');
    expect(typeOf('Flooding closed roads across Tansley Parish on Monday.', 'Tansley Parish')).toBe('place');
  });
});

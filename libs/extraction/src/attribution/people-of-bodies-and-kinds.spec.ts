import { lastWho } from '../testing/attribution';

describe("a body's people, kind nouns and party groups", () => {
  it.each([
    // A board's and a team's people speak for the body, as "the board said" does.
    ['The Brennock Falcons said they lost 3 games. Board members said the club owed 2 million pounds.', '- / Brennock Falcons / -'],
    ['The Brennock Falcons said they lost 3 games. Team officials said the club owed 2 million pounds.', '- / Brennock Falcons / -'],
    ['Brennock FC lost 3 games. Team officials said the club owed 2 million pounds.', '- / Brennock FC / -'],
    // … and a board named by the kind of body it governs is that body's.
    ['Tarnby General Hospital shut 2 wards. Hospital board members said the cuts saved 900,000 pounds.', '- / Tarnby General Hospital / -'],
    // Lay people with no body named stay unattributed.
    ['The Brennock Falcons said they lost 3 games. Season-ticket holders said prices rose by 12 per cent.', '- / - / -'],

    // "The lender" is a bank, a building society, a credit union; "the carrier" may be an insurer; a legal form after the
    // kind's word does not hide it.
    ['Dunmore Building Society raised its rate to 5 per cent, the lender said on Monday.', '- / Dunmore Building Society / -'],
    [
      'Ashgrove Mutual Insurance Co. covers 40,000 homes. The carrier said it would drop 6,000 policies.',
      '- / Ashgrove Mutual Insurance Co / -',
    ],
    [
      'Ashgrove Mutual Insurance Co. covers 40,000 homes. The insurer said claims rose by 30 per cent.',
      '- / Ashgrove Mutual Insurance Co / -',
    ],
    // An airline is still "the carrier".
    ['Norland Airways cancelled 40 flights. The carrier said 6,000 passengers were affected.', '- / Norland Airways / -'],

    // "The regulator, the X Office," describes X: "the watchdog", a noun for the same function, finds it.
    [
      'The regulator, the Office of Rail Standards, said 14 trains were late. The watchdog said it would fine the operator.',
      '- / Office of Rail Standards / -',
    ],

    // A byline's names are the writer's and her desk, no body a noun refers back to.
    ['By Jane Tellis, Business Desk\n\nFarrow Savings Bank shut 12 branches, the lender said.', '- / Farrow Savings Bank / -'],

    // A name before the lower-case noun "group" names a council's party group.
    ['The opposition Social Democrat group said the council spent 3 million pounds on consultants.', '- / Social Democrat group / -'],
    ['The ruling Independent group said the council spent 3 million pounds.', '- / Independent group / -'],
    ['Labour group members said 11 posts were cut.', '- / Labour group / -'],
    // A body's full name before "group" keeps its name.
    ['Jo Marr, who runs the Save Bexley Baths group, said 4,000 people had signed.', 'Jo Marr / Save Bexley Baths / -'],

    // "The authority" is a council that spoke just before.
    [
      'Council officers at Orwell District Council said 40 posts were empty. The authority said 12 would be filled.',
      '- / Orwell District Council / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

import { lastWho } from '../testing/attribution';

describe("a local government's staff named by its area's word", () => {
  it.each([
    // "Town staff", "City staff": the staff of the town or city government named before, "Town of X" as well as "X Town Council" …
    ['The Town of Arnwick closed the lido. Town staff said repairs would cost $80,000.', '- / Town of Arnwick / -'],
    ['Selby Town Council met on Monday. Town staff said 40 lamps were out.', '- / Selby Town Council / -'],
    [
      'The Town of Arnwick closed the lido. In neighbouring Orrel, city staff said the City of Orrel had opened two pools.',
      '- / City of Orrel / -',
    ],
    // … "County staff" of a county the text names as a place, or as "County of X" …
    ['Dunmore County runs the landfill. County staff said it would be full in 2031.', '- / Dunmore County / -'],
    ['The County of Dunmore runs the landfill. County staff said it would be full in 2031.', '- / County of Dunmore / -'],
    // … never a body of another kind whose name holds the word, nor any when none is named.
    ['Dunmore County Hospital cut its beds. County staff said the road was closed.', '- / - / -'],
    ['Town staff said 40 lamps were out.', '- / - / -'],
    // A county's elected board is no county staff: "County commissioners" of a county named only as a place speak for none.
    ['Dunmore County runs the landfill. County commissioners said they would vote in May.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

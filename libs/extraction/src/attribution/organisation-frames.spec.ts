import { findEntities } from '../entities/find-entities';
import { lastWho as last } from '../testing/attribution';

describe('organisations speaking through verbs other than speech (branch attr-cn2)', () => {
  it("reads an owned document's findings as its owner's: possessive, 'from', 'by', a participle and 'by'", () => {
    expect(last("The Fenmoor Growers' Association's data show apple sales fell 12 percent.")).toBe("- / Fenmoor Growers' Association / -");
    expect(last('Figures from the Lindale Water Board show 30 leaks last month.')).toBe('- / Lindale Water Board / -');
    expect(last('Leaks doubled last month, figures from the Lindale Water Board show.')).toBe('- / Lindale Water Board / -');
    expect(last("Tolby District Council's parking survey counted 310 cars a day.")).toBe('- / Tolby District Council / -');
    expect(last('The Lindale Water Board said pipes burst. Records kept by the board show 40 repairs in May.')).toBe(
      '- / Lindale Water Board / -',
    );
  });

  it('leaves a document with no owner, one from a year, and an owner\'s "own" figures (the writer\'s argument) unattributed', () => {
    expect(last('The figures show a rise.')).toBe('- / - / -');
    expect(last('A report from 2021 shows 40 leaks.')).toBe('- / - / -');
    expect(last("The water board's own figures show that 40 pipes burst.")).toBe('- / - / -');
  });

  it('reads a body that counted a figure, and a court that ruled or held that …', () => {
    expect(last('The Tolbrook Rivers Office has counted 140 dead fish below the weir.')).toBe('- / Tolbrook Rivers Office / -');
    expect(last('Volunteers counted 300 swans on the lake.')).toBe('- / - / -');
    expect(last('The Marsh Appeals Tribunal ruled on Friday that the fine was lawful.')).toBe('- / Marsh Appeals Tribunal / -');
    expect(last('The Marsh Appeals Tribunal held that the fine was lawful.')).toBe('- / Marsh Appeals Tribunal / -');
    expect(last('The Marsh Appeals Tribunal ruled out a second hearing.')).toBe('- / - / -');
  });

  it('reads "puts the cost of … at" with a long object, and "estimates" after an apposition', () => {
    expect(last('The Tolbrook Rivers Office puts the cost of cleaning the whole upper river this year at 3 million euros.')).toBe(
      '- / Tolbrook Rivers Office / -',
    );
    expect(last('Pellow & Grieve, the surveyors, estimates the repairs at 2 million euros.')).toBe('- / Pellow & Grieve / -');
  });

  it('reads a name joined by an ampersand as a firm, also in apposition', () => {
    expect(last('Pellow & Grieve said it would appeal.')).toBe('- / Pellow & Grieve / -');
    expect(last('The surveyor, Pellow & Grieve, found that the wall was unsafe.')).toBe('- / Pellow & Grieve / -');
    expect(last('The builder Pellow & Grieve, the council’s main contractor, said the wall was safe.')).toBe('- / Pellow & Grieve / -');
  });

  it('reads staff at a body in a place named in apposition, and a surgery, as the body', () => {
    expect(last('Nurses at the Brackwater Clinic in the county town, Selby Cross, said 30 beds were empty.')).toBe(
      '- / Brackwater Clinic / -',
    );
    expect(last('Doctors at the Ferndale Surgery said flu cases doubled.')).toBe('- / Ferndale Surgery / -');
    expect(last('Selby Hospital in nearby Crofton said it had admitted four people.')).toBe('- / Selby Hospital / -');
  });

  it('never gives a pronoun inside what an unread group said to someone before the sentence', () => {
    const text = 'The Tolbrook Rivers Office said the river was clean. Anglers near the weir said they had found dead fish.';
    expect(last(text)).toBe('- / - / -');
    // a closing "…, she said" is the sentence's own attribution
    expect(last('Ana Pell runs the Tolby Rowing Club. Most of the 40 members said they would stay, she said.')).toBe(
      'Ana Pell / Tolby Rowing Club / -',
    );
  });

  it("does not take another area's body as written for 'the city council'", () => {
    const text =
      'The city council opened the hall. In neighbouring Ashby, the borough council said 40 people came. The city council said 90 came.';
    expect(last(text)).toBe('- / city council / -');
  });

  it('reads a noun for a kind of organisation opening the sentence as a description of the name after it', () => {
    expect(last('Carmaker Halvard Motors will cut 200 jobs, the company said.')).toBe('- / Halvard Motors / -');
    const names = findEntities('Dr Ana Pell, Head of Research, Fenwick University, said the data were sound.').map(
      (entity) => `${entity.type}:${entity.text}`,
    );
    expect(names).not.toContain('organisation:Research');
  });
});

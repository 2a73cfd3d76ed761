import { rows } from '../testing/attribution';

describe('a post before a name with no owner, in a story whose body is named once (issue 15, orgposs13)', () => {
  const lead = 'Kessop Engineering said on Monday that its loss had doubled to £4m.';
  const figures = '\n\nRevenue fell 8 per cent to £31m. Orders from carmakers dropped by a fifth.\n\nThe shares fell 6 per cent.';
  const post = '\n\nChief executive Tam Brisco said the plant at Orlick would stay open. Brisco said 40 jobs would go.';

  it('ties "Chief executive X said" to the body the lead opens with and heard from, the only one named', () => {
    expect(rows(lead + figures + post).slice(-2)).toEqual(['Tam Brisco / Kessop Engineering / -', 'Tam Brisco / Kessop Engineering / -']);
  });

  it('ties none when another body spoke before her', () => {
    const other =
      '\n\nRevenue fell 8 per cent to £31m. The Pump Makers Federation said orders had dropped across the trade.\n\nThe shares fell 6 per cent.';
    expect(rows(lead + other + post).slice(-2)).toEqual(['Tam Brisco / - / -', 'Tam Brisco / - / -']);
  });

  it('ties none when the body was only mentioned, not heard from', () => {
    const mentioned = 'Workers at Kessop Engineering walked out on Monday over pay.';
    expect(rows(mentioned + figures + post).slice(-2)).toEqual(['Tam Brisco / - / -', 'Tam Brisco / - / -']);
  });

  it('ties none when only a person spoke for the body', () => {
    const person = 'Kessop Engineering lost £4m last year, Ada Morrow of Kessop Engineering said on Monday.';
    expect(rows(person + figures + post).slice(-2)).toEqual(['Tam Brisco / - / -', 'Tam Brisco / - / -']);
  });

  it("reads no byline's outlet as the story's body", () => {
    const byline = 'Pump maker posts loss\n\nBy Ann Lesk, Pump Trade Weekly\n\n';
    expect(rows(byline + lead + figures + post).slice(-2)).toEqual([
      'Tam Brisco / Kessop Engineering / -',
      'Tam Brisco / Kessop Engineering / -',
    ]);
  });
});

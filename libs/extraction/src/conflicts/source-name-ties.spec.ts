import { extract } from '../extract';

describe('a denial tied to what is said of its source', () => {
  it("does not read the modifiers of the source's name, written in lower case, as a statement about the source", () => {
    // The prosecutor's body is "the Fire and Safety Executive"; "fire and safety rules" in the defendant's admission says
    // nothing of it, and "had not been checked" denies nothing the firm said.
    const text =
      'Tallow Lifts Ltd admitted three breaches of fire and safety rules at Kessock Crown Court on Monday.\n\n' +
      'The court heard that a lift engineer was hurt in May 2025.\n\n' +
      'Prosecuting for the Fire and Safety Executive, Mara Quist said the doors had been wired wrongly and had not been checked for a year.';
    const { claims, conflicts } = extract(text);
    expect(claims[claims.length - 1]!.attribution.organisation).toBe('Fire and Safety Executive');
    expect(conflicts).toEqual([]);
  });

  it('still ties a denial by its head noun to what is said of the source in lower case', () => {
    const text =
      'Farmer Ivo Dask said army units had shelled the bridge at Korsk on Tuesday night.\n\n' +
      'The Varnish Army said it had not fired on the bridge.';
    const { conflicts } = extract(text);
    expect(conflicts.map((conflict) => [conflict.kind, conflict.sharedSubject])).toEqual([['denial', ['bridge', 'army']]]);
  });
});

import type { Entity } from './entity';
import { findEntities } from './find-entities';

function typed(text: string): string[] {
  return findEntities(text).map((entity: Entity) => `${entity.type}:${entity.text}`);
}

describe('findEntities: a word for how often a paper comes out inside its title', () => {
  it('reads "the Daily NAME" and "the TOWN Weekly NAME" as one title, not cut after the periodical word', () => {
    expect(typed('The harbour master, Hanna Vell, told the Daily Varnholt that the ward had closed.')).toEqual([
      'person:Hanna Vell',
      'organisation:Daily Varnholt',
    ]);
    expect(typed('The mayor told the Tessby Weekly Lantern that the pool would reopen.')).toEqual(['organisation:Tessby Weekly Lantern']);
    expect(typed('He spoke to the Tessby Daily on Monday.')).toEqual(['organisation:Tessby Daily']);
  });

  it('keeps a person or a role after the periodical word apart, and a periodical word opening a sentence is no name', () => {
    expect(typed("The Tessby Daily's Anna Roe said the count was wrong.")).toEqual(['organisation:Tessby Daily', 'person:Anna Roe']);
    expect(typed('Daily attendance at the clinic fell to 210 in May.')).toEqual([]);
    expect(typed('The council holds a daily briefing for wardens at 9am.')).toEqual([]);
  });
});

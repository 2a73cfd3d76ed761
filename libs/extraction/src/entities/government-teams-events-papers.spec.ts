import type { Entity } from './entity';
import { findEntities } from './find-entities';

function typed(text: string): string[] {
  return findEntities(text).map((entity: Entity) => `${entity.type}:${entity.text}`);
}

describe('findEntities: names that are no person (governments, teams, occasions, papers)', () => {
  it('reads a kind of government, "of" and a place as the body that governs it', () => {
    expect(typed('The Village of Amberly Cross will sell the depot, its clerk Rosa Tinh said.')).toEqual([
      'organisation:Village of Amberly Cross',
      'person:Rosa Tinh',
    ]);
    expect(typed('The State of Nevarro sued the miner on Monday.')).toEqual(['organisation:State of Nevarro']);
    expect(typed('The Borough of Quenby said the roof would be fixed.')).toEqual(['organisation:Borough of Quenby']);
  });

  it('reads such a name after "in" or "near" as the place, and a common word after "of" as no body', () => {
    expect(typed('She moved to a farm near the Township of Eldmoor last spring.')).toEqual(['place:Township of Eldmoor']);
    expect(typed('The State of Emergency was lifted, Dora Pike said.')).not.toContain('organisation:State of Emergency');
  });

  it('reads a creature’s plural after a place’s name as a team, and the plural alone as the same team', () => {
    expect(typed('The Brindle Cove Cormorants lost again on Friday. The Cormorants said the pitch was waterlogged.')).toEqual([
      'organisation:Brindle Cove Cormorants',
      'organisation:Cormorants',
    ]);
    expect(typed('The Oakvale Jaguars will move to a new ground, the league said.')).toEqual(['organisation:Oakvale Jaguars']);
  });

  it('keeps a person whose known first name opens a name ending in a creature’s plural', () => {
    expect(typed('Simon Finches said the vote was close.')).toEqual(['person:Simon Finches']);
  });

  it('reads a title ending in a noun of a gathering as no one', () => {
    expect(typed('At its Annual Meeting on Sunday, the Tarrow Rowing Club said membership had grown.')).toEqual([
      'organisation:Tarrow Rowing Club',
    ]);
    expect(typed('At a Press Briefing on Friday, Quenby Holdings said profits fell.')).toEqual(['organisation:Quenby Holdings']);
    expect(typed('Speaking at the Annual General Meeting, treasurer Lena Voss said costs rose.')).toEqual(['person:Lena Voss']);
  });

  it('keeps the organisation named before the occasion in the same run', () => {
    expect(typed('The Tarrow Rowing Club Annual Meeting voted to sell the boathouse.')).toContain('organisation:Tarrow Rowing Club');
  });

  it('reads a run ending in a publication word as a paper', () => {
    expect(typed('Vena Holt told Harbour Freight Week that the yard would close.')).toEqual([
      'person:Vena Holt',
      'organisation:Harbour Freight Week',
    ]);
    expect(typed('The Esker Valley Record reported that the mill would close.')).toEqual(['organisation:Esker Valley Record']);
  });
});

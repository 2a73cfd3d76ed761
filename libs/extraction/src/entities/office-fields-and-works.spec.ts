import { findEntities } from './find-entities';

const namesIn = (text: string): string[] => findEntities(text).map((entity) => `${entity.text}:${entity.type}`);

describe('a body\'s fields after "and" and after a post\'s "for" (branch orgspan18)', () => {
  it('"… and Public Works": works named as a field continue the body\'s portfolio', () => {
    expect(namesIn('The Department of Housing and Public Works in Dellaport said it had approved the plans.')).toEqual([
      'Department of Housing and Public Works:organisation',
      'Dellaport:place',
    ]);
    // (a works named by a proper word is a body of its own)
    expect(namesIn('The Ministry of Health and Tarvel Works said so.')).toEqual([
      'Ministry of Health:organisation',
      'Tarvel Works:organisation',
    ]);
  });

  it('"Office of the Inspector General for Roads and Bridges": the fields a post is "for" are the office\'s name', () => {
    expect(namesIn('The Office of the Inspector General for Ports and Harbours said the audit was late.')).toEqual([
      'Office of the Inspector General for Ports and Harbours:organisation',
    ]);
    // (a body named after the post's "for" stays one of its own)
    expect(namesIn('The Office of the Commissioner for Quessholt and Harbour Police said so.')).toEqual([
      'Office of the Commissioner:organisation',
      'Quessholt and Harbour Police:organisation',
    ]);
  });
});

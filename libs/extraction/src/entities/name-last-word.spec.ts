// A name read as a person's for want of an organisation word is a body's when the article refers to it by its last word
// as a common noun ("the survey's …", "the railway said") at a mention where it is a source. Invented names and sentences.
import type { Entity } from './entity';
import { findEntities } from './find-entities';

function typesOf(text: string, name: string): string[] {
  return findEntities(text)
    .filter((entity: Entity) => entity.text === name)
    .map((entity) => entity.type);
}

describe('a name referred to by its last word', () => {
  it('is an organisation when it is a source and "the <last word>" owns or speaks', () => {
    const text =
      'Soil on the plain is thinning, according to figures published by the Ostvale Soil Survey. ' +
      "The survey's chief geologist, Pia Renwick, said the losses were worst near the river.";
    expect(typesOf(text, 'Ostvale Soil Survey')).toEqual(['organisation']);
  });

  it('is an organisation when it speaks and the text says "the <last word> said"', () => {
    const text = 'Marrow Plains Railway said the line would reopen on Monday. Later the railway said repairs had finished.';
    expect(typesOf(text, 'Marrow Plains Railway')).toEqual(['organisation']);
  });

  it('is left alone where it is only a place someone works at', () => {
    const text = "For nine years Tessa Crane has worked nights at Kilbride Rest. The rest's board met on Monday.";
    expect(typesOf(text, 'Kilbride Rest')).not.toContain('organisation');
  });

  it('keeps a person opened by a first name', () => {
    const text = "Helen Marsh said the marsh's edge had moved 20 metres in a year.";
    expect(typesOf(text, 'Helen Marsh')).toEqual(['person']);
  });
});

describe('kinds of body named by their last word', () => {
  it.each([
    ['Volunteers with the Ardle Fell Search Team were called out 90 times.', 'Ardle Fell Search Team'],
    ['Dale Constabulary estimated the crowd at 2,000.', 'Dale Constabulary'],
    ['Kessock Northern Railway said the line would reopen.', 'Kessock Northern Railway'],
  ])('%s', (text, name) => {
    expect(typesOf(text, name)).toEqual(['organisation']);
  });

  it('does not end a name at a kind word an earlier one continues ("Office for Railway Safety")', () => {
    expect(typesOf('The Federal Office for Railway Safety has opened an inquiry.', 'Federal Office for Railway Safety')).toEqual([
      'organisation',
    ]);
  });

  it('still ends it before a possessive that owns a person', () => {
    const text = "The Kelby Chamber of Commerce's Raj Patel said 35 shops had shut.";
    expect(typesOf(text, 'Kelby Chamber of Commerce')).toEqual(['organisation']);
    expect(typesOf(text, 'Raj Patel')).toEqual(['person']);
  });
});

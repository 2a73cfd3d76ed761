import { measureQuote } from './quote-tracker';

describe('measureQuote', () => {
  it('finds no quote in plain text or in single quotes and apostrophes', () => {
    expect(measureQuote('Russia’s Defense Ministry said it.')).toBeNull();
    expect(measureQuote('They used the ‘humanitarian corridors’ to leave.')).toBeNull();
    expect(measureQuote('')).toBeNull();
  });

  it('tells full from partial quotes and counts quoted words', () => {
    expect(measureQuote('“We are hoping for this, yes, indeed.”')).toEqual({ id: 0, coverage: 'full', quotedWords: 7 });
    expect(measureQuote('He called it “a disaster” on Monday.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 2 });
  });

  it('treats a leading closing mark as the end of a quote that began earlier', () => {
    expect(measureQuote('It’s a common task,” Bogdanov said.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 4 });
    expect(measureQuote('It is done," he said.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 3 });
  });

  it('does not take inches for a quote', () => {
    expect(measureQuote('It has a 12" screen and a battery.')).toBeNull();
  });
});

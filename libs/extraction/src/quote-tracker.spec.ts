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

  it('reads single marks as a quote where a sentence starts (British style), not as scare quotes or apostrophes', () => {
    expect(measureQuote('‘We’re not finished yet,’ the coach said.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 4 });
    expect(measureQuote('‘The pupils’ results rose again this year.’')).toEqual({ id: 0, coverage: 'full', quotedWords: 7 });
    expect(measureQuote("The vicar said: 'It is a miracle.' Then he left.")).toEqual({ id: 0, coverage: 'partial', quotedWords: 4 });
    expect(measureQuote('She called it ‘a farce’ on Friday.')).toBeNull();
    expect(measureQuote('‘Nobody asked me’ was the refrain.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 3 });
  });

  it('keeps double marks inside a single-quoted quote nested', () => {
    expect(measureQuote('‘He told me “never again” and left,’ she said.')).toEqual({ id: 0, coverage: 'partial', quotedWords: 7 });
  });

  it('does not take inches for a quote', () => {
    expect(measureQuote('It has a 12" screen and a battery.')).toBeNull();
  });
});

import { neutraliseFormula } from './spreadsheet-safe';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
  ])('prefixes %j with a single quote', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['plain text', 'a = b', ' =1', '', "'already quoted", '3,179 people'])('leaves %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

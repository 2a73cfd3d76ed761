import type { Quantity } from '../quantities/quantity';
import { isDigit } from '../text-chars';
import type { Token } from '../tokenizer';

/**
 * An amount of money in a currency's minor unit written as one word: "35p", "13.5p", "16c", "A16c", maybe joined to what it
 * is per ("6p-a-unit", "9c-a-share"). The quantity reader does not read these (it reads "35 pence", "£1.35"), so a forecast
 * such as "Fares will rise by 35p a trip from May." looked to the rules like one with no figure. The letter must be a
 * lower-case "p" or "c" ("31C" is a temperature), after digits and maybe a currency's capital letters ("A16c").
 */
const MINOR_UNIT_AMOUNT = /^[A-Z]{0,2}\d+(?:\.\d+)?[pc](?:-[a-z]+)*$/;

/**
 * Quick test before the regular expression: the token's text holds a digit among its first three characters (after at most
 * two capitals) and a "p" or a "c". Most words fail on their first three characters, where a search for a digit read them all.
 */
function mayBeMinorUnitAmount(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 24 &&
    (isDigit(text.charCodeAt(0)) || isDigit(text.charCodeAt(1)) || isDigit(text.charCodeAt(2))) &&
    (text.includes('p') || text.includes('c'))
  );
}

/**
 * The claim's quantities with the amounts in a minor unit (`MINOR_UNIT_AMOUNT`) that no quantity covers added as money, so
 * the check-worthiness rules read them as the figure they are (`hasFigure`, `promisesFigure`). Only the rules read them: the
 * claim's own quantities, and so its signature, are unchanged. `offset` is where the claim starts in the text the
 * quantities' offsets count from.
 */
export function withMinorUnitAmounts(quantities: readonly Quantity[], tokens: readonly Token[], offset: number): readonly Quantity[] {
  let added: Quantity[] | null = null;
  for (const token of tokens) {
    if (!mayBeMinorUnitAmount(token.text) || !MINOR_UNIT_AMOUNT.test(token.text)) continue;
    const start = token.start + offset;
    const end = token.end + offset;
    if (quantities.some((quantity) => quantity.start < end && quantity.end > start)) continue;
    const value = Number.parseFloat(token.text.replace(/^[A-Z]+/, ''));
    added ??= [];
    added.push({ text: token.text, start, end, kind: 'money', value, unit: null, counted: null, approximate: false, bound: null });
  }
  return added === null ? quantities : [...quantities, ...added].sort((a, b) => a.start - b.start);
}

/** A token that starts with digits, read as a number plus whatever is glued to it. */
export interface NumericToken {
  /** The number as written: "2,480" → 2480, "1.2bn" → 1.2. */
  value: number;
  /** Digits before the decimal point, without separators. */
  integerDigits: number;
  /** Written with thousands separators ("65,000"). */
  grouped: boolean;
  /** Written with a decimal point ("2.5"). */
  decimal: boolean;
  /** Lower-case rest of the token: '' for a plain number, 'bn', 'km', 'st', 's', '-hour', '-300'. */
  suffix: string;
}

/**
 * Reads "2,480", "2.5", "1.2bn", "24-hour", "21st". Thousands separators must
 * be well formed (1,000,000); "12,34" and other odd groupings return null, so
 * lists and European decimals are not misread. One pass, no regular expressions.
 */
export function parseNumericToken(token: string): NumericToken | null {
  const n = token.length;
  let p = 0;
  while (p < n && isAsciiDigit(token.charCodeAt(p))) p++;
  if (p === 0) return null;
  let integerEnd = p;
  let grouped = false;
  // Thousands groups: a comma followed by exactly three digits; the first group has at most three digits.
  while (p < n && token.charCodeAt(p) === 0x2c) {
    if (!(p + 4 <= n && allDigits(token, p + 1, p + 4)) || (p + 4 < n && isAsciiDigit(token.charCodeAt(p + 4)))) return null;
    if (!grouped && integerEnd > 3) return null;
    grouped = true;
    p += 4;
    integerEnd = p;
  }
  let decimal = false;
  if (p + 1 < n && token.charCodeAt(p) === 0x2e && isAsciiDigit(token.charCodeAt(p + 1))) {
    decimal = true;
    p++;
    while (p < n && isAsciiDigit(token.charCodeAt(p))) p++;
  }
  const written = token.slice(0, p).replaceAll(',', '');
  const value = Number(written);
  if (!Number.isFinite(value)) return null;
  const integerDigits = written.indexOf('.') < 0 ? written.length : written.indexOf('.');
  return { value, integerDigits, grouped, decimal, suffix: token.slice(p).toLowerCase() };
}

/** A plain four-digit number from 1500 to 2099: what a year looks like. */
export function isYearLike(token: NumericToken): boolean {
  return token.suffix === '' && !token.grouped && !token.decimal && token.integerDigits === 4 && token.value >= 1500 && token.value <= 2099;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isAsciiDigit(text.charCodeAt(p))) return false;
  return true;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

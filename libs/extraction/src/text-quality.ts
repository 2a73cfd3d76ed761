// Is this text at all? Decoded binary (an image, a PDF, random bytes read as UTF-8 or
// Latin-1) is full of control and replacement characters; an encoded file (base64,
// hex) is one long run of letters and digits without a space. Either would otherwise
// be split into thousands of nonsense "sentences" and queued for people to check.

/** Shorter texts are never judged: a title or a note with one stray character is still text (NULs are refused separately). */
const MIN_JUDGED_LENGTH = 64;
/** Share of control or replacement characters above which a text is not text (random bytes give 24–60%). */
const MAX_CONTROL_SHARE = 0.1;
/** A run of base64 or hex characters this long without a space is no word of any language. */
const ENCODED_RUN = 40;
/** Share of the non-space characters in such runs above which the text is an encoded file. */
const MAX_ENCODED_SHARE = 0.5;

/**
 * C0 controls other than tab, line feed, vertical tab, form feed and carriage return;
 * DEL and the C1 controls; the replacement character; lone surrogates; U+FFFE, U+FFFF.
 */
function isControlOrReplacement(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c < 9 || c > 13;
  if (c >= 0x7f && c <= 0x9f) return true;
  if (c === 0xfffd || c === 0xfffe || c === 0xffff) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

function isEncodedChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 || c === 45 || c === 95;
}

function isSpaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Why `text` does not look like text, as the end of a sentence that starts with the
 * field's name ("does not look like text: 38% of characters are control or replacement
 * characters"); null when it is text, in any language or script.
 */
export function nonTextReason(text: string): string | null {
  const length = text.length;
  if (length < MIN_JUDGED_LENGTH) return null;
  let control = 0;
  let nonSpace = 0;
  let encoded = 0;
  let runStart = -1;
  let runHasDigit = false;
  let runHasLetter = false;
  const endRun = (end: number) => {
    // Base64 and hex mix digits with letters; a long German compound or a URL slug of words does not reach here as one run of digits and letters.
    if (runStart >= 0 && end - runStart >= ENCODED_RUN && runHasDigit && runHasLetter) encoded += end - runStart;
    runStart = -1;
    runHasDigit = false;
    runHasLetter = false;
  };
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (isControlOrReplacement(text, i)) control++;
    if (!isSpaceChar(c)) nonSpace++;
    if (isEncodedChar(c)) {
      if (runStart < 0) runStart = i;
      if (c >= 48 && c <= 57) runHasDigit = true;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) runHasLetter = true;
    } else {
      endRun(i);
    }
  }
  endRun(length);
  const controlShare = control / length;
  if (controlShare > MAX_CONTROL_SHARE) {
    return `does not look like text: ${percent(controlShare)} of characters are control or replacement characters`;
  }
  const encodedShare = nonSpace === 0 ? 0 : encoded / nonSpace;
  if (encodedShare > MAX_ENCODED_SHARE) {
    return `does not look like text: ${percent(encodedShare)} of it is long runs of letters and digits without spaces (base64 or hex?)`;
  }
  return null;
}

/** A string field of a request that cannot be stored as it is. */
export interface UnstorableText {
  /** Where it is: `body.title`, `body.sides[1].excerpt`, `query.desk`. */
  field: string;
  /** 400: a NUL character (PostgreSQL cannot store one in text); 422: the field holds binary, not text. */
  problem: 'nul_character' | 'not_text';
  /** Starts with the field's name. */
  message: string;
}

/**
 * Every string (and object key) anywhere in `value` that PostgreSQL cannot store as
 * text, that is one containing a NUL character (U+0000), named by its path under `root`.
 * A string that is binary rather than text is reported as such, with the reason.
 */
export function findUnstorableText(value: unknown, root: string): UnstorableText[] {
  const found: UnstorableText[] = [];
  const visit = (current: unknown, path: string, depth: number) => {
    if (typeof current === 'string') {
      if (!current.includes('\u0000')) return;
      const name = path || 'value';
      const notText = nonTextReason(current);
      found.push(
        notText
          ? { field: name, problem: 'not_text', message: `${name} ${notText}` }
          : { field: name, problem: 'nul_character', message: `${name} contains a NUL character` },
      );
      return;
    }
    if (typeof current !== 'object' || current === null || depth > 32) return;
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(current as Record<string, unknown>)) {
      const shown = key.split('\u0000').join('\\0');
      const child = path ? `${path}.${shown}` : shown;
      if (key.includes('\u0000'))
        found.push({ field: child, problem: 'nul_character', message: `${child}: its name contains a NUL character` });
      visit(item, child, depth + 1);
    }
  };
  visit(value, root, 0);
  return found;
}

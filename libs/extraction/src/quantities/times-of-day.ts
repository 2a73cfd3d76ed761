import { CARDINAL_WORD_ALTERNATIVES, cardinalValue } from './number-words';

/**
 * A time of day as a text writes it: "9.14pm", "7 a.m.", "21:00", "nine o'clock", "midnight". One reader for the
 * whole engine: claim matching reads it on a 12-hour dial (a restatement may leave morning or evening to its context),
 * conflict detection in minutes after midnight (two sources' times for one happening).
 */
export interface TimeOfDay {
  /** Offsets of the time as written in the text read. */
  start: number;
  end: number;
  /** The hour as written: 1–12 with a half of the day, 0–23 on the 24-hour clock. */
  hour: number;
  minute: number;
  /**
   * The half of the day as written (`am`, `pm`); `24h` for a two-digit hour on the 24-hour clock ("21:00", "02:40") and
   * for midnight and noon; null when the text leaves it to its context ("nine o'clock", "9:30").
   */
  half: 'am' | 'pm' | '24h' | null;
  /** Given to the minute ("9.14pm", "21:00"), not to the hour ("9pm", "nine o'clock", "noon"). */
  precise: boolean;
}

const MERIDIEM = /\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])(?:\.m\.|m\b)/gi;
/** "21:00", "9:30", "14:45 hrs". Minutes of two digits, so a score ("3:1") is no time. */
const DIGITS = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*(?:hrs|h)\b)?/g;
const OCLOCK = new RegExp(`\\b(\\d{1,2}|${CARDINAL_WORD_ALTERNATIVES})\\s+o['’]clock\\b`, 'gi');
const NAMED = /\b(midday|noon|midnight)\b/gi;
/**
 * What every time of day above holds ("9 pm", "7.30 a.m.", "21:00", "o'clock", noon, midday, midnight): most claims,
 * numbers and all, hold none, and one scan rules the four out.
 */
export const MAY_HOLD_TIME_OF_DAY = /\d\s*[ap]\.?m|\d:[0-5]\d|o['’]clock|noon|mid(?:day|night)/i;

/** The times of day in `text`, in order; where two readings overlap, the one that says more (with its half) wins. */
export function timesOfDay(text: string): TimeOfDay[] {
  const found: TimeOfDay[] = [];
  if (!MAY_HOLD_TIME_OF_DAY.test(text)) return found;
  const add = (time: TimeOfDay): void => {
    if (time.hour > 23 || found.some((other) => time.start < other.end && time.end > other.start)) return;
    found.push(time);
  };
  for (const match of text.matchAll(MERIDIEM)) {
    const half = match[3]!.toLowerCase() === 'a' ? 'am' : 'pm';
    add(at(match, Number(match[1]), Number(match[2] ?? 0), half, match[2] !== undefined));
  }
  for (const match of text.matchAll(DIGITS))
    add(at(match, Number(match[1]), Number(match[2]), match[1]!.length === 2 ? '24h' : null, true));
  for (const match of text.matchAll(OCLOCK)) {
    const word = match[1]!.toLowerCase();
    add(at(match, /^\d+$/.test(word) ? Number(word) : (cardinalValue(word) ?? 99), 0, null, false));
  }
  for (const match of text.matchAll(NAMED)) add(at(match, match[1]!.toLowerCase() === 'midnight' ? 0 : 12, 0, '24h', false));
  return found.sort((a, b) => a.start - b.start);
}

function at(match: RegExpMatchArray, hour: number, minute: number, half: TimeOfDay['half'], precise: boolean): TimeOfDay {
  return { start: match.index!, end: match.index! + match[0].length, hour, minute, half, precise };
}

/** Minutes after midnight, or null when the text does not say which half of the day. */
export function minutesAfterMidnight(time: TimeOfDay): number | null {
  if (time.half === null) return null;
  if (time.half === '24h') return time.hour * 60 + time.minute;
  return ((time.hour % 12) + (time.half === 'pm' ? 12 : 0)) * 60 + time.minute;
}

/** Minutes on a 12-hour dial, from 1:00 to 12:59 (noon and midnight are both 12:00). */
export function dialMinutes(time: TimeOfDay): number {
  return (((time.hour + 11) % 12) + 1) * 60 + time.minute;
}

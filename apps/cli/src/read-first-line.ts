import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * The first line of a stream, without its line ending (`\n` or `\r\n`); the whole
 * stream when it has no line break; '' when it is empty. Stops reading after that line.
 */
export async function readFirstLine(input: Readable): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

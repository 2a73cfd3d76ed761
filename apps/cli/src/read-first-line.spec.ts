import { Readable } from 'node:stream';
import { readFirstLine } from './read-first-line';

describe('readFirstLine', () => {
  it('reads the first line without its ending, whatever follows', async () => {
    await expect(readFirstLine(Readable.from(['pass word\nsecond\n']))).resolves.toBe('pass word');
    await expect(readFirstLine(Readable.from(['pass word\r\nsecond']))).resolves.toBe('pass word');
    await expect(readFirstLine(Readable.from(['pass ', 'word\n']))).resolves.toBe('pass word');
  });

  it('reads a last line without a line break, and nothing from an empty stream', async () => {
    await expect(readFirstLine(Readable.from(['no newline at all']))).resolves.toBe('no newline at all');
    await expect(readFirstLine(Readable.from([]))).resolves.toBe('');
  });

  it('keeps spaces: they can be part of a password', async () => {
    await expect(readFirstLine(Readable.from(['  spaced out  \n']))).resolves.toBe('  spaced out  ');
  });
});

import { Transform } from 'node:stream';

/** Any objects, one JSON object a line. */
export function ndjsonEncoder(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: unknown, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}

/** Any objects as one JSON array, written as they come ("[]" when there are none). */
export function jsonArrayEncoder(): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row: unknown, _encoding, done) {
      const prefix = first ? '[\n' : ',\n';
      first = false;
      done(null, `${prefix}${JSON.stringify(row)}`);
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
    },
  });
}

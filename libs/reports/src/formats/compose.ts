import * as stream from 'node:stream';

/**
 * Node's stream.compose (runtime since 16.9, not in @types/node yet): streams chained into
 * one Duplex that writes into the first and reads from the last; an error or a destroy
 * anywhere destroys them all.
 */
export const composeStreams = (
  stream as unknown as { compose: (...streams: NodeJS.ReadableStream[] | NodeJS.WritableStream[] | stream.Duplex[]) => stream.Duplex }
).compose;

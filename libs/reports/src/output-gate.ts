import { Writable } from 'node:stream';

/**
 * A Writable that forwards into `output` with `output`'s backpressure, and touches
 * `output` only once the first chunk arrives: until then a failure leaves `output` as it
 * was (an HTTP response can still answer with a JSON error). `output` closing or failing
 * before the end destroys the gate, so whatever pipes into it stops.
 */
export class OutputGate extends Writable {
  private opened = false;

  constructor(private readonly output: Writable) {
    super();
    const onGone = (error?: Error): void => {
      if (!this.output.writableFinished) this.destroy(error ?? new Error('The output closed before the report was complete'));
    };
    output.once('close', onGone);
    output.once('error', onGone);
  }

  /** Whether any byte went to `output`. */
  get started(): boolean {
    return this.opened;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.opened = true;
    if (this.output.write(chunk)) return done();
    const settle = (error?: Error): void => {
      this.output.off('drain', onDrain);
      this.output.off('close', onClose);
      done(error);
    };
    const onDrain = (): void => settle();
    const onClose = (): void => settle(new Error('The output closed before the report was complete'));
    this.output.once('drain', onDrain);
    this.output.once('close', onClose);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.opened = true;
    this.output.end(() => done());
  }
}

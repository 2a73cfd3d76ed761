import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** Command output goes to stdout (scripts read it); every log line goes to stderr. */
export class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}

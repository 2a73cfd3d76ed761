/** What went wrong, in terms the HTTP edge maps to a status (see the API's error filter). */
/** `gone`: it existed and is no longer available (an expired export's file). */
export type DomainErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unprocessable' | 'gone';

/**
 * Errors raised by domain services. `code` is stable and machine-readable
 * (e.g. "article.not_found"); `message` is for people.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    /** Returned to clients as `errors` (for a 400, `[{field, problems, ...}]` like a validation error). */
    readonly details?: Record<string, unknown> | ReadonlyArray<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(entity: string, id: string): DomainError {
    return new DomainError('not_found', `${entity}.not_found`, `No ${entity} with id ${id}`);
  }
}

import {
  ArgumentMetadata,
  BadRequestException,
  Paramtype,
  UnprocessableEntityException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { findUnstorableText, UnstorableText } from '@factdesk/extraction';

export interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** How a field is named in a refusal: `body.title`, `query.desk`, `params.id`. */
const ROOT_OF: Partial<Record<Paramtype, string>> = { body: 'body', query: 'query', param: 'params' };

/**
 * Refuses text PostgreSQL cannot store, before any DTO or service sees it: a NUL
 * character anywhere in the body, the query or a route parameter is a 400 naming the
 * field; a field that holds binary rather than text (many NULs among control
 * characters) is a 422 saying why.
 */
function refuseUnstorableText(value: unknown, metadata: ArgumentMetadata): void {
  const root = ROOT_OF[metadata.type];
  if (!root) return;
  const found = findUnstorableText(value, metadata.data ? `${root}.${metadata.data}` : root);
  if (found.length === 0) return;
  const errors = found.map(({ field, message }: UnstorableText) => ({ field, problems: [message] }));
  const message = found.map((f) => f.message).join('; ');
  if (found.some((f) => f.problem === 'not_text')) throw new UnprocessableEntityException({ message, code: 'input.not_text', errors });
  throw new BadRequestException({ message, code: 'input.nul_character', errors });
}

/**
 * Every argument of every route passes here (a global pipe): unstorable text is
 * refused first, then DTOs are whitelisted and transformed, and a 400 lists each bad
 * field and what is wrong with it.
 */
class FactdeskValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    refuseUnstorableText(value, metadata);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FactdeskValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const message = `Invalid request: ${fields.map((f) => f.problems.join(', ')).join('; ')}`;
      return new BadRequestException({ message, errors: fields });
    },
  });
}

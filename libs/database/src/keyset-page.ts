import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@factdesk/errors';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

interface Cursor {
  createdAt: string;
  id: string;
}

/**
 * Newest first, keyset-paginated on (created_at, id), so pages stay stable while rows
 * arrive. `alias` is the query's main alias; its table needs `created_at` and `id`.
 */
export async function newestFirstPage<T extends ObjectLiteral & { id: string }>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  builder
    // Microsecond precision: a JavaScript Date would round and skip or repeat rows.
    .addSelect(`to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_created_at')
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(page.limit + 1);
  if (page.cursor) {
    const cursor = decodeCursor(page.cursor);
    builder.andWhere(`(${alias}.created_at, ${alias}.id) < ((:cursorCreatedAt)::timestamp AT TIME ZONE 'UTC', :cursorId)`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const { entities, raw } = await builder.getRawAndEntities<{ cursor_created_at: string }>();
  const hasMore = entities.length > page.limit;
  const items = entities.slice(0, page.limit);
  const last = items.length > 0 ? raw[items.length - 1] : undefined;
  const nextCursor = hasMore && last ? encodeCursor({ createdAt: last.cursor_created_at, id: items[items.length - 1]!.id }) : null;
  return { items, nextCursor };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/.test(createdAt) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('invalid', 'pagination.bad_cursor', 'cursor is not a value this API returned as nextCursor');
}

import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { preparedQuery } from './prepared-query';

export interface BatchResult {
  /** Rows each write touched, in the order they were added. */
  affected: number[];
  /** The transaction's timestamp: what every DEFAULT now() in the batch wrote. */
  now: Date;
}

/**
 * Several independent writes sent to PostgreSQL as one statement, each as a
 * data-modifying CTE: a transaction that inserts and updates five tables pays one
 * round trip instead of five. Properties are entity property names, mapped to columns
 * and prepared by TypeORM's metadata exactly as `manager.insert` would.
 *
 * The writes share one snapshot and do not see each other, so a batch must not touch
 * the same row twice (PostgreSQL would apply only one of the changes). Foreign keys
 * between rows of one batch are fine: they are checked when the statement ends.
 */
export class WriteBatch {
  private readonly steps: Step[] = [];

  constructor(private readonly manager: EntityManager) {}

  /**
   * Inserts rows; a property a row leaves out gets the column's default. Rows for the
   * same entity join one INSERT, so they are written (and numbered) in the order added.
   */
  insert<T extends ObjectLiteral>(target: EntityTarget<T>, rows: Array<Partial<T>>): this {
    if (rows.length === 0) return this;
    const metadata = this.manager.connection.getMetadata(target);
    const pending = this.steps.find((step): step is InsertStep => step.kind === 'insert' && step.metadata === metadata);
    if (pending) pending.rows.push(...rows);
    else this.steps.push({ kind: 'insert', metadata, rows: [...rows] });
    return this;
  }

  /** Sets `changes` on the rows whose properties equal `where`. */
  update<T extends ObjectLiteral>(target: EntityTarget<T>, where: Partial<T>, changes: Partial<T>): this {
    const metadata = this.manager.connection.getMetadata(target);
    if (definedEntries(where).length === 0 || definedEntries(changes).length === 0) {
      throw new Error(`WriteBatch.update on ${metadata.name} needs both changes and a condition`);
    }
    this.steps.push({ kind: 'update', metadata, where, changes });
    return this;
  }

  /** Runs every write added so far in one statement (inside the caller's transaction) and empties the batch. */
  async flush(): Promise<BatchResult> {
    const { sql, params } = this.statement();
    const count = this.steps.splice(0).length;
    // Prepared: a code path sends the same shape of batch each time.
    const [row] = await preparedQuery<Record<string, unknown>>(this.manager, sql, params);
    return {
      affected: Array.from({ length: count }, (_, i) => Number(row![`w${i}`])),
      now: row!.now as Date,
    };
  }

  /** The statement flush() would send. */
  statement(): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const param = (value: unknown, column: ColumnMetadata) => {
      params.push(this.manager.connection.driver.preparePersistentValue(value, column));
      return `$${params.length}`;
    };
    const ctes = this.steps.map(
      (step, i) => `w${i} AS (${step.kind === 'insert' ? insertSql(step, param) : updateSql(step, param)} RETURNING 1)`,
    );
    const counts = this.steps.map((_, i) => `(SELECT count(*) FROM w${i})::int AS w${i}`);
    return { sql: `${ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : ''}SELECT ${['now() AS now', ...counts].join(', ')}`, params };
  }
}

interface InsertStep {
  kind: 'insert';
  metadata: EntityMetadata;
  rows: ObjectLiteral[];
}

interface UpdateStep {
  kind: 'update';
  metadata: EntityMetadata;
  where: ObjectLiteral;
  changes: ObjectLiteral;
}

type Step = InsertStep | UpdateStep;
type Param = (value: unknown, column: ColumnMetadata) => string;

function insertSql(step: InsertStep, param: Param): string {
  // Only properties some row sets: an entity instance also carries its relations and unset fields as undefined.
  const properties = [...new Set(step.rows.flatMap((row) => definedEntries(row).map(([property]) => property)))];
  const columns = properties.map((property) => columnOf(step.metadata, property));
  const values = step.rows.map(
    (row) =>
      `(${columns.map((column, i) => (row[properties[i]!] === undefined ? 'DEFAULT' : param(row[properties[i]!], column))).join(', ')})`,
  );
  return `INSERT INTO ${table(step.metadata)} (${columns.map((column) => quote(column.databaseName)).join(', ')}) VALUES ${values.join(', ')}`;
}

function updateSql(step: UpdateStep, param: Param): string {
  const assign = (values: ObjectLiteral, separator: string) =>
    definedEntries(values)
      .map(([property, value]) => {
        const column = columnOf(step.metadata, property);
        return `${quote(column.databaseName)} = ${param(value, column)}`;
      })
      .join(separator);
  return `UPDATE ${table(step.metadata)} SET ${assign(step.changes, ', ')} WHERE ${assign(step.where, ' AND ')}`;
}

function definedEntries(values: ObjectLiteral): Array<[string, unknown]> {
  return Object.entries(values).filter(([, value]) => value !== undefined);
}

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column for property "${property}"`);
  return column;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function table(metadata: EntityMetadata): string {
  return metadata.tablePath.split('.').map(quote).join('.');
}

/** Where a write goes: straight to the transaction (a manager) or into a batch sent later in one statement. */
export type WriteTarget = EntityManager | WriteBatch;

export async function insertInto<T extends ObjectLiteral>(
  target: WriteTarget,
  entity: EntityTarget<T>,
  rows: Array<Partial<T>>,
): Promise<void> {
  if (target instanceof WriteBatch) target.insert(entity, rows);
  else await target.insert(entity, rows as never);
}

export async function updateIn<T extends ObjectLiteral>(
  target: WriteTarget,
  entity: EntityTarget<T>,
  where: Partial<T>,
  changes: Partial<T>,
): Promise<void> {
  if (target instanceof WriteBatch) target.update(entity, where, changes);
  else await target.update(entity, where as never, changes as never);
}

import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  AuditLogEntity,
  buildDataSourceOptions,
  entityFromRow,
  preparedQuery,
  Role,
  selectColumns,
  UserEntity,
  WriteBatch,
} from '@factdesk/database';
import { createDatabase, databaseUrl, dropDatabase, uniqueName } from './support/test-database';

// The hot paths' ways past TypeORM's query builder: a batch of writes in one statement,
// named prepared statements, and entities read back from hand-written selects.
describe('Database access for hot paths', () => {
  let dataSource: DataSource;
  let database: string;

  beforeAll(async () => {
    database = uniqueName('factdesk_e2e');
    await createDatabase(database, process.env.FACTDESK_TEST_TEMPLATE_DB);
    dataSource = await new DataSource(buildDataSourceOptions(databaseUrl(database))).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(database);
  });

  const auditEntry = (action: string, entityId: string) => ({ actorId: null, action, entityType: 'test', entityId, details: { action } });

  it('sends a batch as one statement that writes everything in the order added and says what each write touched', async () => {
    const subject = randomUUID();
    const result = await dataSource.transaction(async (manager) => {
      const batch = new WriteBatch(manager);
      batch.insert(AuditLogEntity, [auditEntry('first', subject)]);
      batch.insert(UserEntity, [{ name: 'batch-user', role: Role.Reviewer }]);
      batch.insert(AuditLogEntity, [auditEntry('second', subject), auditEntry('third', subject)]);
      batch.update(UserEntity, { id: randomUUID() }, { name: 'nobody' });
      expect(batch.statement().sql.match(/INSERT INTO "audit_log"/g)).toHaveLength(1); // same table: one INSERT, rows in order
      return batch.flush();
    });
    expect(result.affected).toEqual([3, 1, 0]);
    expect(result.now).toBeInstanceOf(Date);
    const audit = await dataSource.getRepository(AuditLogEntity).find({ where: { entityId: subject }, order: { id: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual(['first', 'second', 'third']);
    expect(audit[0]!.details).toEqual({ action: 'first' });
    expect(audit[0]!.createdAt.getTime()).toBe(result.now.getTime());
    expect(await dataSource.getRepository(UserEntity).countBy({ name: 'batch-user' })).toBe(1);
  });

  it('rolls a batch back with the transaction it was flushed in', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await new WriteBatch(manager).insert(UserEntity, [{ name: 'rolled-back', role: Role.Lead }]).flush();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await dataSource.getRepository(UserEntity).countBy({ name: 'rolled-back' })).toBe(0);
  });

  it('runs a prepared statement on the transaction it is given, and outside one on the pool', async () => {
    const sql = `SELECT count(*)::int AS n FROM users WHERE name = $1`;
    await dataSource.transaction(async (manager) => {
      await manager.insert(UserEntity, { name: 'not-yet-committed', role: Role.Reviewer });
      const [inside] = await preparedQuery<{ n: number }>(manager, sql, ['not-yet-committed']);
      const [outside] = await preparedQuery<{ n: number }>(dataSource, sql, ['not-yet-committed']);
      expect(inside!.n).toBe(1);
      expect(outside!.n).toBe(0);
    });
    // The same text again, on whichever pooled connection: still answers.
    const [after] = await preparedQuery<{ n: number }>(dataSource, sql, ['not-yet-committed']);
    expect(after!.n).toBe(1);
  });

  it('reports a failed prepared statement as a QueryFailedError carrying the driver error', async () => {
    const failure = await preparedQuery(dataSource, `SELECT 1 / $1::int`, [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22012'); // division_by_zero
  });

  it('reads back an entity from a hand-written select exactly as TypeORM does', async () => {
    const saved = await dataSource.getRepository(UserEntity).save({ name: 'round-trip', role: Role.Admin, disabledAt: new Date() });
    const [row] = await preparedQuery<Record<string, unknown>>(
      dataSource,
      `SELECT ${selectColumns(dataSource, UserEntity, 'u', 'user_')} FROM users u WHERE u.id = $1`,
      [saved.id],
    );
    const viaTypeorm = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: saved.id });
    expect(entityFromRow(dataSource, UserEntity, row!, 'user_')).toEqual(viaTypeorm);
  });
});

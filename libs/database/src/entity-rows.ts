import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * For hand-written statements that read whole entities: the select list for an
 * entity's columns under a prefix, and the entity back from such a row, converted by
 * TypeORM's driver exactly as its own queries would. The column list comes from the
 * entity's metadata, so a new column is picked up without touching the statement.
 */
export function selectColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  prefix: string,
): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((column) => !column.isVirtual)
    .map((column) => `${alias}."${column.databaseName}" AS "${prefix}${column.databaseName}"`)
    .join(', ');
}

export function entityFromRow<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix = '',
): T {
  const metadata = dataSource.getMetadata(entity);
  const instance = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.isVirtual) continue; // a relation's join column without a property of its own
    const value = row[`${prefix}${column.databaseName}`];
    (instance as ObjectLiteral)[column.propertyName] = value === null ? null : dataSource.driver.prepareHydratedValue(value, column);
  }
  return instance;
}

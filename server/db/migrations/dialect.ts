import type { CreateTableBuilder } from 'kysely';

/**
 * Migrations use only the column types SQLite and PostgreSQL share (integer, text); how an id
 * is generated is the one thing that differs, so it lives here.
 */
export type Dialect = 'sqlite' | 'postgres';

export function withId<T extends string>(table: CreateTableBuilder<T>, dialect: Dialect) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

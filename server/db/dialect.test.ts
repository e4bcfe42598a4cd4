import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from './database';
import { describeLocation, dialectKindOf } from './dialect';

describe('DATABASE_URL', () => {
  it.each([
    ['postgres://portfolio@db.internal:5432/portfolio', 'postgres'],
    ['postgresql://portfolio@db.internal/portfolio', 'postgres'],
    ['POSTGRES://db/portfolio', 'postgres'],
    ['./data/portfolio.sqlite', 'sqlite'],
    ['/var/lib/portfolio/postgres.sqlite', 'sqlite'],
    ['postgres.sqlite', 'sqlite'],
    [':memory:', 'sqlite'],
  ])('%s is a %s database', (location, kind) => {
    expect(dialectKindOf(location)).toBe(kind);
  });

  it('is named in logs without its password', () => {
    expect(describeLocation('postgres://portfolio:s3cret@db.internal:5432/portfolio?sslmode=require')).toBe(
      'postgres://portfolio:***@db.internal:5432/portfolio?sslmode=require',
    );
    expect(describeLocation('./data/portfolio.sqlite')).toBe('./data/portfolio.sqlite');
  });
});

describe('a new SQLite database file', () => {
  it('is readable and writable by the server’s own user only, with its write-ahead log', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dialect-'));
    try {
      const location = join(directory, 'data', 'portfolio.sqlite');
      const db = openDatabase(location);
      await migrateToLatest(db);
      for (const file of [location, `${location}-wal`]) expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
      await db.destroy();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

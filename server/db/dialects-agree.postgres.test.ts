import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { createApp } from '../app';
import { fillTestDatabase, TEST_TODAY } from '../../test/test-content';
import { openTestDatabase, TEST_DIALECT } from '../../test/test-database';

/**
 * The promise of one code path: the same portfolio answers byte for byte whichever database
 * holds it. Runs only where a PostgreSQL server is provided, against SQLite in the same test.
 */
describe('SQLite and PostgreSQL', () => {
  it('runs on PostgreSQL here', () => {
    expect(TEST_DIALECT).toBe('postgres');
  });

  it('serve the seeded portfolio byte for byte alike, in every list, filter and detail', async () => {
    const sqlite = openDatabase(':memory:');
    await fillTestDatabase(sqlite, 'seeded');
    const postgres = await openTestDatabase('seeded');
    const onSqlite = createApp({ db: sqlite, today: () => TEST_TODAY });
    const onPostgres = createApp({ db: postgres, today: () => TEST_TODAY });

    const slugs = (await sqlite.selectFrom('projects').select('slug').orderBy('slug').execute()).map((row) => row.slug);
    const organisations = (await sqlite.selectFrom('organisations').select('slug').orderBy('slug').execute()).map((row) => row.slug);
    expect(slugs).toHaveLength(15);
    const paths = [
      '/api/projects',
      '/api/projects?pageSize=4&page=2',
      '/api/projects?phase=alpha',
      '/api/projects?status=active',
      '/api/projects?q=council%20data',
      '/api/projects?organisation=rugby-borough-council',
      '/api/organisations',
      ...slugs.map((slug) => `/api/projects/${slug}`),
      ...slugs.map((slug) => `/api/projects/${slug}/updates?page=1`),
      ...organisations.map((slug) => `/api/organisations/${slug}`),
    ];
    for (const path of paths) {
      const [expected, actual] = await Promise.all([onSqlite.request(path), onPostgres.request(path)]);
      expect(actual.status, path).toBe(expected.status);
      expect(await actual.text(), path).toBe(await expected.text());
    }
    await sqlite.destroy();
  });
});

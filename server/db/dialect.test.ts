import { describe, expect, it } from 'vitest';
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

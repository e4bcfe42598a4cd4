import { idFromPath } from '../../src/domain/id';
import { notFound } from './api-error';

/** A numeric id from a path; any other spelling is a 404, like an id that names no row. */
export function parseId(value: string, what: string): number {
  const id = idFromPath(value);
  if (id === null) throw notFound(what);
  return id;
}

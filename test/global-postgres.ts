import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/database';
import { startPostgresCluster } from './postgres-cluster';
import { fillTestDatabase, type TestContent } from './test-content';

type TemplateContent = Exclude<TestContent, 'empty'>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set when the server suite runs on PostgreSQL: where to make databases, and the templates to copy. */
    postgres: { adminUrl: string; templates: Record<TemplateContent, string> } | undefined;
  }
}

const TEMPLATES: Record<TemplateContent, string> = {
  migrated: 'template_migrated',
  seeded: 'template_seeded',
  demo: 'template_demo',
};

function withDatabase(url: string, database: string): string {
  const changed = new URL(url);
  changed.pathname = `/${database}`;
  return changed.toString();
}

/**
 * Starts a real PostgreSQL for the server suite's second run, unless TEST_POSTGRES_URL names
 * one to use (as a user allowed to create databases), and fills a template database for each
 * kind of starting content, so each test copies one in a few milliseconds.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_POSTGRES_URL;
  const cluster = given === undefined ? await startPostgresCluster() : undefined;
  const adminUrl = given ?? cluster?.adminUrl ?? '';

  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    for (const [content, name] of Object.entries(TEMPLATES) as [TemplateContent, string][]) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name} template template0`);
      const db = openDatabase(withDatabase(adminUrl, name), { poolSize: 1 });
      try {
        await fillTestDatabase(db, content);
      } finally {
        // A template must have no connections while it is copied.
        await db.destroy();
      }
    }
  } finally {
    await admin.end();
  }

  project.provide('postgres', { adminUrl, templates: TEMPLATES });
  return async () => {
    await cluster?.stop();
  };
}

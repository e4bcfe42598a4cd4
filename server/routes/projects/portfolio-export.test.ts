import { describe, expect, it } from 'vitest';
import { projectListSchema } from '../../../src/domain/project';
import { getError, readJson, sendRequest } from '../../../test/api-request';
import { signedInWorld, slugsListed } from '../../../test/editing';
import { createTestApp } from '../../../test/test-database';

/** RFC 4180 read back independently of how it was written: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += character;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return records;
}

describe('GET /api/projects/export.csv', () => {
  it('is the portfolio as a spreadsheet opens it: a byte order mark, the header, 15 rows, CRLF, ISO dates', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/projects/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="portfolio-2022-05-11.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'Project',
      'Address',
      'Leads',
      'Current phase',
      'Progress',
      'Status',
      'Planned end of current phase',
      'Funding (£)',
      'Latest update',
      'Flags',
    ]);
    expect(rows).toHaveLength(15);
    expect(rows[0]?.[0]).toBe('Children’s Social Care Demand Modelling');
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(byName.get('Digital Waste Service')).toEqual([
      'Digital Waste Service',
      'http://localhost/projects/digital-waste-service',
      'Rugby Borough Council',
      'Sprints 8 and 9, funded from underspend',
      'Week 1 of 4',
      'Active',
      '2022-06-07',
      '',
      '2022-05-11',
      'No standard phase',
    ]);
    expect(byName.get('Revs and Bens')?.slice(3, 5)).toEqual(['Alpha', 'Week 7 of 12, as reported on 11 May 2022']);
    expect(byName.get('Data Exchange with VCS')?.[2]).toBe('Camden Council; Bedfordshire');
  });

  it('quotes commas, quotes and line breaks, and keeps a spreadsheet from running a name as a formula', async () => {
    const { app, db } = await createTestApp();
    await db.updateTable('projects').set({ name: 'Bins, "bulky" waste\nand more' }).where('slug', '=', 'digital-waste-service').execute();
    await db.updateTable('projects').set({ name: '=HYPERLINK("http://example.com","Open")' }).where('slug', '=', 'savvi').execute();
    const text = (await (await app.request('/api/projects/export.csv')).text()).slice(1);
    expect(text).toContain('"Bins, ""bulky"" waste\nand more",http://localhost/projects/digital-waste-service,');
    const rows = parseCsv(text);
    expect(rows.map((row) => row[0])).toContain('Bins, "bulky" waste\nand more');
    expect(rows.map((row) => row[0])).toContain('\'=HYPERLINK("http://example.com","Open")');
    expect(rows.every((row) => row.length === 10)).toBe(true);
  });

  it('honours the filters and the order of the list', async () => {
    const { app } = await createTestApp();
    const rows = parseCsv((await (await app.request('/api/projects/export.csv?phase=beta&sort=name&order=descending')).text()).slice(1));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['SEND top-up', 'Open Referral UK', 'Family Context']);
    const none = parseCsv((await (await app.request('/api/projects/export.csv?q=no+such+project')).text()).slice(1));
    expect(none).toHaveLength(1);
    await getError(app, '/api/projects/export.csv?phase=banana', 400);
  });
});

describe('sorting the portfolio', () => {
  it('sorts by planned end with unknown ends last either way, and by latest update newest first', async () => {
    const { app, db } = await createTestApp('2022-06-01');
    const ascending = await slugsListed(app, 'sort=plannedEnd&pageSize=3');
    expect(ascending).toEqual(['digital-waste-service', 'childrens-social-care-demand-modelling', 'community-grants-service']);
    expect((await slugsListed(app, 'sort=plannedEnd&order=descending&pageSize=2'))[0]).toBe('digital-waste-service');

    const savvi = await db.selectFrom('projects').select('id').where('slug', '=', 'savvi').executeTakeFirstOrThrow();
    await db
      .insertInto('updates')
      .values({ projectId: savvi.id, headline: 'Sprint 12', bodyMarkdown: 'More.', status: 'approved', publishedOn: '2022-05-30' })
      .execute();
    await db.updateTable('projects').set({ recheckOn: '0000-01-01' }).execute();
    expect(await slugsListed(app, 'sort=latestUpdate&pageSize=2')).toEqual(['savvi', 'childrens-social-care-demand-modelling']);
    expect((await slugsListed(app, 'sort=latestUpdate&order=ascending&pageSize=20')).at(-1)).toBe('savvi');
  });

  it('pages a sorted list without repeating or losing a project', async () => {
    const { app } = await createTestApp();
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const list = await readJson(await sendRequest(app, 'GET', `/api/projects?sort=phase&pageSize=4&page=${String(page)}`), projectListSchema);
      pages.push(...list.projects.map((project) => project.slug));
    }
    expect(new Set(pages).size).toBe(15);
    expect(pages.slice(0, 4)).toEqual(['future-work-design', 'community-grants-service', 'low-code-solutions-for-housing-management', 'revs-and-bens']);
  });

  it('refuses a column it does not have, naming the parameter', async () => {
    const { app } = await createTestApp();
    const error = await getError(app, '/api/projects?sort=colour&order=sideways', 400);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['order', 'sort']);
  });
});

describe('your projects first', () => {
  it('puts the projects of a council’s own staff first in the default order, marked as theirs', async () => {
    const world = await signedInWorld();
    const asRugby = await readJson(await sendRequest(world.app, 'GET', '/api/projects?pageSize=3', { cookie: world.rugby }), projectListSchema);
    expect(asRugby.projects.map((project) => [project.slug, project.yours])).toEqual([
      ['digital-waste-service', true],
      ['childrens-social-care-demand-modelling', false],
      ['community-grants-service', false],
    ]);
    // Anyone else, and any chosen order, is as it was.
    expect((await slugsListed(world.app, 'pageSize=1'))[0]).toBe('childrens-social-care-demand-modelling');
    const byName = await readJson(await sendRequest(world.app, 'GET', '/api/projects?sort=name&pageSize=1', { cookie: world.rugby }), projectListSchema);
    expect(byName.projects[0]?.slug).toBe('childrens-social-care-demand-modelling');
    const asManager = await readJson(await sendRequest(world.app, 'GET', '/api/projects?pageSize=1', { cookie: world.manager }), projectListSchema);
    expect(asManager.projects[0]?.yours).toBeUndefined();
  });
});

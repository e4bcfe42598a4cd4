import type { Db } from '../server/db/database';

/** The project the unsafe links are stored on: it has a show and tell, two outputs and an approved update. */
export const UNSAFE_LINKS_PROJECT = 'digital-waste-service';
export const SCRIPT_URL = 'javascript:alert(1)';
export const DATA_URL = 'data:text/html,<script>alert(1)</script>';
/** The one safe link stored beside them on the project, and on its update, so a test can see safe links still work. */
export const SAFE_BLOG_URL = 'https://www.rugby.gov.uk/blog';
export const SAFE_UPDATE_LINK = { title: 'Digital Leaders Week', url: 'https://digileaders.com/' };

/**
 * Puts links no form would accept straight into the database, as an older version of the app or a
 * copied database might have left them: in the project's own links, its show and tell, both of its
 * outputs, its update's links, and the website of Rugby Borough Council, which leads it.
 */
export async function storeUnsafeLinks(db: Db): Promise<void> {
  const { id: projectId } = await db.selectFrom('projects').select('id').where('slug', '=', UNSAFE_LINKS_PROJECT).executeTakeFirstOrThrow();
  await db
    .updateTable('projects')
    .set({ websiteUrl: SCRIPT_URL, repositoryUrl: DATA_URL, blogUrl: SAFE_BLOG_URL })
    .where('id', '=', projectId)
    .execute();
  await db.updateTable('showAndTells').set({ slidesUrl: SCRIPT_URL, recordingUrl: DATA_URL }).where('projectId', '=', projectId).execute();
  await db.updateTable('outputs').set({ url: SCRIPT_URL }).where('projectId', '=', projectId).where('title', '=', 'Theory of Change').execute();
  await db.updateTable('outputs').set({ url: DATA_URL }).where('projectId', '=', projectId).where('kind', '=', 'talk').execute();
  const { id: updateId } = await db
    .selectFrom('updates')
    .select('id')
    .where('projectId', '=', projectId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('updateLinks')
    .values([
      { updateId, position: 1, title: 'Register for Mike’s session', url: SCRIPT_URL },
      { updateId, position: 2, title: 'The talk’s slides', url: DATA_URL },
      { updateId, position: 3, ...SAFE_UPDATE_LINK },
    ])
    .execute();
  await db.updateTable('organisations').set({ website: SCRIPT_URL }).where('slug', '=', 'rugby-borough-council').execute();
}

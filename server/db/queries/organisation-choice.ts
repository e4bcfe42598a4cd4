import type { OrganisationSummary } from '../../../src/domain/organisation';
import type { OrganisationChoice } from '../../../src/domain/organisation-choice';
import { sortKey } from '../../../src/domain/search-text';
import { slugFromName, uniqueSlug } from '../../../src/domain/slug';
import { ApiError } from '../../http/api-error';
import type { Db } from '../database';

/** Taken (lockKeys) by every write that may add an organisation, so two cannot add the same one or take the same slug. */
export const ORGANISATIONS_LOCK_KEY = 'organisations:new';

export type ChosenOrganisation = OrganisationSummary & { id: number };

/**
 * The organisation a form chose: one already in the portfolio by its slug, or a new one, added
 * here with a slug made from its name. A new one whose name reads the same as one already there
 * ("leeds city council" for Leeds City Council) is refused, naming it, so nobody adds a
 * duplicate by mistake. Call it in the write's transaction, holding ORGANISATIONS_LOCK_KEY when
 * it may add one. `path` is where the choice sits in the request ("leads.0." for a project's first lead).
 */
export async function organisationFor(trx: Db, choice: OrganisationChoice, path: string): Promise<ChosenOrganisation> {
  const refuse = (field: string, message: string): never => {
    throw new ApiError(400, 'Check the details you entered', { [`${path}${field}`]: [message] });
  };
  if (choice.organisation !== undefined) {
    const found = await trx.selectFrom('organisations').select(['id', 'slug', 'name', 'kind']).where('slug', '=', choice.organisation).executeTakeFirst();
    return found ?? refuse('organisation', 'That organisation is not in the portfolio: choose one from the list, or add it as a new organisation');
  }
  if (choice.newOrganisation === undefined) return refuse('organisation', 'Choose an organisation, or add a new one');
  const { name, kind } = choice.newOrganisation;
  const known = await trx.selectFrom('organisations').select(['slug', 'name']).execute();
  const same = known.find((organisation) => sortKey(organisation.name) === sortKey(name));
  if (same !== undefined) refuse('newOrganisation.name', `${same.name} is already in the portfolio: choose it from the list instead`);
  const slug = uniqueSlug(slugFromName(name), new Set(known.map((organisation) => organisation.slug)));
  const { id } = await trx.insertInto('organisations').values({ slug, name, kind, website: null }).returning('id').executeTakeFirstOrThrow();
  return { id, slug, name, kind };
}

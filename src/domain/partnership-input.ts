import * as z from 'zod/mini';
import { checkedBy, comparableDate, type FieldIssue, optionalDate, optionalText, recordIdSchema } from './form-fields';
import { organisationChoiceFields, organisationChoiceIssues } from './organisation-choice';
import { isCertainlyBefore } from './partial-date';
import { partnershipRoles, partnershipSchema } from './project';
import { versionSchema } from './version';

const roleSchema = z.enum(partnershipRoles, {
  error: 'Choose a role: lead, partner, delivery partner or supplier, or research partner',
});

const partnershipFields = {
  role: roleSchema,
  /** The one phase the organisation took part in, when it was one only (Open Referral UK's councils); null for the whole project. */
  phaseId: z.optional(z.nullable(recordIdSchema('Choose a phase of this project'))),
  joinedOn: optionalDate,
  leftOn: optionalDate,
  note: optionalText(1000, 'The note'),
};

/** An organisation cannot leave before it joined. */
export function partnershipRuleIssues(partnership: { joinedOn?: unknown; leftOn?: unknown }): FieldIssue[] {
  if (comparableDate(partnership.joinedOn) && comparableDate(partnership.leftOn) && isCertainlyBefore(partnership.leftOn, partnership.joinedOn)) {
    return [{ path: 'leftOn', message: 'The date it left must be the same as or after the date it joined' }];
  }
  return [];
}

/**
 * Adding an organisation to a project: one already in the portfolio by its slug, or a new one by
 * name and kind; its role; when it joined and left; and the phase it took part in, if only one.
 * Leads are partnerships with the role `lead`.
 */
export const newPartnershipSchema = z
  .object({ ...organisationChoiceFields, ...partnershipFields })
  .check(checkedBy((partnership) => [...organisationChoiceIssues(partnership), ...partnershipRuleIssues(partnership)]));
export type NewPartnership = z.input<typeof newPartnershipSchema>;

/** Changing a partnership: its role, dates, phase or note, with the version read. Another organisation is another partnership. */
export const partnershipChangesSchema = z.object({
  version: versionSchema,
  role: z.optional(roleSchema),
  phaseId: partnershipFields.phaseId,
  joinedOn: partnershipFields.joinedOn,
  leftOn: partnershipFields.leftOn,
  note: partnershipFields.note,
});
export type PartnershipChanges = z.input<typeof partnershipChangesSchema>;

/** What a write answers: the partnership as saved, with its new version. */
export const savedPartnershipSchema = z.object({ partnership: partnershipSchema });
export type SavedPartnership = z.infer<typeof savedPartnershipSchema>;

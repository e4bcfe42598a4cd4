import * as z from 'zod/mini';
import { organisationSummarySchema, slugSchema } from './organisation';
import { pageInfoSchema } from './paging';

/**
 * What the portfolio does not know about its projects (decision 0015), for LDCU managers to put
 * right, each kind with the form that fixes it. Record gaps count for every project; "no update
 * this quarter" only for active ones, since a paused, completed or stopped project is not expected to report.
 */
export const dataGaps = ['no_standard_phase', 'no_phase_dates', 'no_funding_amount', 'no_partner', 'no_update_this_quarter'] as const;
export const dataGapSchema = z.enum(dataGaps, { error: 'Choose a gap: no_standard_phase, no_phase_dates, no_funding_amount, no_partner or no_update_this_quarter' });
export type DataGap = z.infer<typeof dataGapSchema>;

export const dataGapLabels: Record<DataGap, string> = {
  no_standard_phase: 'No standard phase',
  no_phase_dates: 'No dates on the current phase',
  no_funding_amount: 'No funding amount',
  no_partner: 'No partner recorded',
  no_update_this_quarter: 'No update this quarter',
};

export const dataGapExplanations: Record<DataGap, string> = {
  no_standard_phase: 'The phase the project is in now is not recorded as discovery, alpha, beta, live or another kind of work: its next phase is only planned, or its phase has no kind.',
  no_phase_dates: 'An active project whose phase under way has neither a start date nor a planned end.',
  no_funding_amount: 'No phase of the project has an amount of funding recorded.',
  no_partner: 'Only the lead is recorded: no partner council or organisation, now or before.',
  no_update_this_quarter: 'An active project with no approved update since the quarter began.',
};

/** Where each gap is put right: a section of the project's page with its form, or a new update. */
export function fixHref(gap: DataGap, slug: string): string {
  const project = `/projects/${slug}`;
  if (gap === 'no_partner') return `${project}#partners-heading`;
  if (gap === 'no_update_this_quarter') return `${project}/updates/new`;
  return `${project}#phases-heading`;
}

export const fixLabels: Record<DataGap, string> = {
  no_standard_phase: 'Say which phase',
  no_phase_dates: 'Add the phase’s dates',
  no_funding_amount: 'Add the funding',
  no_partner: 'Add a partner',
  no_update_this_quarter: 'Write an update',
};

/** The first day of the calendar quarter a day falls in (January, April, July, October). */
export function quarterStart(day: string): string {
  const [year = '', month = '01'] = day.split('-');
  const first = Math.floor((Number(month) - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

export const dataGapsSchema = z.extend(pageInfoSchema, {
  /** How many projects have each gap. */
  counts: z.array(z.object({ gap: dataGapSchema, projects: z.int().check(z.nonnegative()) })),
  /** The gap listed, and a page of its projects in name order. */
  gap: dataGapSchema,
  /** The quarter "this quarter" means, from its first day. */
  quarterFrom: z.string(),
  projects: z.array(z.object({ slug: slugSchema, name: z.string(), leads: z.array(organisationSummarySchema) })),
});
export type DataGaps = z.infer<typeof dataGapsSchema>;

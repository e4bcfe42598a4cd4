import { deliveryFlagLabels } from './delivery';
import { confidenceShortLabels } from './rating-input';
import { currentPhaseOf } from './portfolio-row';
import { type ProjectCard, projectStatusLabels } from './project';

/** So Excel reads the file as UTF-8 and keeps "Réseau" and "Children’s" intact. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet evaluates a cell that starts with one of these as a formula; an apostrophe first
 * makes it text (OWASP's advice on CSV injection). Only for words people typed, not dates or numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function typed(value: string | null): string | null {
  return value !== null && FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  withConfidence: boolean;
  today: string;
  /** Where the app is served, for each project's address. */
  publicUrl: string;
}

/**
 * The portfolio as CSV (RFC 4180): a header, then one row per project with the table's columns,
 * CRLF line ends, fields quoted only when they must be, dates in ISO 8601 as precise as known
 * ("2022-05" for a month), money in whole pounds with no symbol so a spreadsheet sums it.
 */
export async function portfolioCsv(batches: AsyncIterable<readonly ProjectCard[]>, options: CsvOptions): Promise<string> {
  const header = [
    'Project',
    'Address',
    'Leads',
    'Current phase',
    'Progress',
    'Status',
    'Planned end of current phase',
    'Funding (£)',
    'Latest update',
    ...(options.withConfidence ? ['Delivery confidence', 'Rated on'] : []),
    'Flags',
  ];
  const lines = [header.map(field).join(',')];
  for await (const cards of batches) {
    for (const card of cards) {
      const phase = currentPhaseOf(card, options.today);
      const confidence = card.confidence ?? null;
      const row = [
        typed(card.name),
        `${options.publicUrl}/projects/${card.slug}`,
        typed(card.leads.map((lead) => lead.name).join('; ')),
        typed(phase?.name ?? null),
        phase?.progress ?? null,
        projectStatusLabels[card.status],
        card.plannedEndOn,
        card.fundingPounds,
        card.latestUpdateOn,
        ...(options.withConfidence ? [confidence === null ? null : confidenceShortLabels[confidence.rating], confidence?.ratedOn ?? null] : []),
        card.flags.map((flag) => deliveryFlagLabels[flag]).join('; '),
      ];
      lines.push(row.map(field).join(','));
    }
  }
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

import { Tag, type TagColour } from './tag';
import type { UpdateStatus } from '../domain/project';

const LABELS: Record<UpdateStatus, string> = {
  draft: 'Draft',
  submitted: 'Waiting for review',
  returned: 'Returned',
  approved: 'Published',
};

const COLOURS: Record<UpdateStatus, TagColour> = { draft: 'grey', submitted: 'blue', returned: 'orange', approved: 'green' };

/** Where an update is in its review, in words as well as colour. */
export function UpdateStatusTag({ status }: { status: UpdateStatus }) {
  return <Tag colour={COLOURS[status]}>{LABELS[status]}</Tag>;
}

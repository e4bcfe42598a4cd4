import { Tag } from '../../components/tag';
import type { User } from '../../domain/user';

export function UserStatusTag({ user }: { user: User }) {
  if (user.disabled) return <Tag colour="grey">Disabled</Tag>;
  if (!user.active) return <Tag colour="yellow">Awaiting set-up</Tag>;
  return <Tag colour="green">Active</Tag>;
}

export function organisationNames(user: User): string {
  return user.organisations.length === 0 ? 'None' : user.organisations.map((organisation) => organisation.name).join(', ');
}

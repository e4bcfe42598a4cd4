import type { ReactNode } from 'react';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={colour === undefined ? 'govuk-tag' : `govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}

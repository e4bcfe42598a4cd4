import { StoredLink } from './stored-link';

/**
 * Stored links, one a line. One that may not be followed keeps its line as plain text, so a
 * titled link is still named; a caller whose texts only say "here is a link" leaves those out first.
 */
export function LinkList({ links }: { links: readonly { text: string; href: string }[] }) {
  return (
    <ul className="govuk-list">
      {links.map((link) => (
        <li key={link.href}>
          <StoredLink href={link.href}>{link.text}</StoredLink>
        </li>
      ))}
    </ul>
  );
}

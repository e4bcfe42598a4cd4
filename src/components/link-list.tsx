/** Links that leave the portfolio, one a line, without passing on where the reader came from. */
export function LinkList({ links }: { links: readonly { text: string; href: string }[] }) {
  return (
    <ul className="govuk-list">
      {links.map((link) => (
        <li key={link.href}>
          <a className="govuk-link" href={link.href} rel="noreferrer">
            {link.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

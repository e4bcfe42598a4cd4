/**
 * How the portfolio's search matches what people type. Project and organisation names are
 * written many ways ("Children’s", "Childrens", "Tameside & Sedgemoor", "Tameside and
 * Sedgemoor", "Réseau"), so both the stored text and the query are reduced to the same plain
 * words: lower case, accents and apostrophes dropped, "&" read as "and", other punctuation a
 * space. The server stores the reduced text of each project and compares word by word.
 */

/** Words so common in names that requiring them would only hide matches ("Tameside & Sedgemoor"). */
const IGNORED_WORDS: ReadonlySet<string> = new Set(['and']);

function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The words of a search that must each appear in a project's text, in the order typed, without
 * repeats. A search of only ignored words ("and") keeps them; one of no words at all ("%") gives
 * none, and the server then matches nothing rather than everything.
 */
export function searchWords(query: string): string[] {
  const words = [...new Set(plainWords(query))];
  const wanted = words.filter((word) => !IGNORED_WORDS.has(word));
  return wanted.length === 0 ? words : wanted;
}

/**
 * A project's searchable text, from its name, summary and organisations' names: one space
 * before and after every word, so a stored value is compared with `LIKE '%word%'` alone.
 */
export function searchText(parts: readonly (string | null)[]): string {
  const words = parts.flatMap((part) => (part === null ? [] : plainWords(part)));
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** The key the portfolio sorts by: the name as a person reads it, whatever its case or accents. */
export function sortKey(name: string): string {
  return plainWords(name).join(' ');
}

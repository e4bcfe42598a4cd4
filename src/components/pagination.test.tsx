import { paginationItems } from './pagination';

describe('the pages a pagination lists', () => {
  it.each<[number, number, (number | 'gap')[]]>([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 6, [1, 2, 'gap', 6]],
    // A gap of one page shows the page instead.
    [3, 6, [1, 2, 3, 4, 5, 6]],
    [4, 8, [1, 2, 3, 4, 5, 'gap', 8]],
    [5, 7, [1, 'gap', 4, 5, 6, 7]],
    [20, 40, [1, 'gap', 19, 20, 21, 'gap', 40]],
    [40, 40, [1, 'gap', 39, 40]],
    // A page past the end (an old link) still offers the first and last.
    [99, 6, [1, 'gap', 6]],
  ])('on page %i of %i: %j', (page, count, expected) => {
    expect(paginationItems(page, count)).toEqual(expected);
  });
});

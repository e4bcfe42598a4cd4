import { queryOptions } from '@tanstack/react-query';
import { type DataGap, dataGapsSchema } from '../../domain/data-gaps';
import { getJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';

export const dataGapQueries = {
  all: ['data-gaps'] as const,
  list: (gap: DataGap, page: number) =>
    queryOptions({
      queryKey: [...dataGapQueries.all, gap, page] as const,
      queryFn: ({ signal }) => getJson(`/api/data-gaps${pageSearch(page, { gap })}`, dataGapsSchema, signal),
    }),
};

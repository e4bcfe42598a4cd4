import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { preloadMarkdown } from '../../components/lazy-markdown';
import { projectQueries } from '../../features/projects/projects-api';

/**
 * Kept out of the page's lazy module so the router can ask for the project while the page's
 * code is still downloading, rather than one after the other.
 */
export function projectLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    preloadMarkdown();
    await queryClient.query({ ...projectQueries.detail(params.slug ?? ''), staleTime: 'static' });
    return null;
  };
}

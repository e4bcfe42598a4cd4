import { type QueryClient, useQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { dataGapSchema } from '../../domain/data-gaps';
import { sessionQuery } from '../../features/auth/auth-api';
import { DataGapsPage } from '../../features/data-gaps/data-gaps-page';
import { dataGapQueries } from '../../features/data-gaps/data-gaps-api';
import { overviewQuery } from '../../features/overview/overview-api';
import { OverviewPage } from '../../features/overview/overview-page';
import { parsePage } from '../../lib/page-param';
import { requireSession, whileSignedIn } from './require-session';

// The portfolio at a glance and what it is missing: one module, so the first bundle holds one preload list for both.

export function overviewLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    // Any change anywhere in the portfolio may move a figure, and no change here invalidates
    // them, so each visit asks afresh. LDCU staff get figures of their own, so a session that
    // ended meanwhile must not pass for a visitor's.
    await whileSignedIn(queryClient, request, () => queryClient.query({ ...overviewQuery(), staleTime: 0 }));
    return null;
  };
}

export function OverviewRoute() {
  const { data: session } = useQuery(sessionQuery());
  return <OverviewPage managesProjects={session?.allowed.includes('project:edit') === true} />;
}

export function dataGapsLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.allowed.includes('project:edit')) throw data('You do not have permission', { status: 403 });
    const params = new URL(request.url).searchParams;
    // An unknown gap in an old or mistyped link shows the first kind rather than nothing.
    const parsed = dataGapSchema.safeParse(params.get('gap'));
    const gap = parsed.success ? parsed.data : 'no_standard_phase';
    const page = parsePage(params);
    await whileSignedIn(queryClient, request, () => queryClient.query(dataGapQueries.list(gap, page)));
    return { gap, page };
  };
}

export function DataGapsRoute() {
  const { gap, page } = useLoaderData<Awaited<ReturnType<ReturnType<typeof dataGapsLoader>>>>();
  return <DataGapsPage gap={gap} page={page} />;
}

import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { sessionQuery } from '../features/auth/auth-api';
import { AppShell } from './app-shell';
import { Layout } from './layout';
import { organisationLoader } from './routes/organisation-loader';
import { PortfolioRoute, portfolioLoader } from './routes/portfolio-route';
import { projectLoader } from './routes/project-loader';

// One import function per module that several routes load, so the bundle holds one preload list for each rather than one per route.
const updatesRouteModule = () => import('./routes/updates-route');
const historyRouteModule = () => import('./routes/history-route');
const usersRouteModule = () => import('./routes/users-route');
const sprintNotesRouteModule = () => import('./routes/sprint-notes-route');
const overviewRouteModule = () => import('./routes/overview-route');

// What a page shows when it cannot be drawn, fetched only then: no first visit needs it.
const RouteError = lazy(async () => ({ default: (await import('./route-error')).RouteError }));

/**
 * The portfolio is the page most people land on, so it is in the first bundle; the other pages
 * (and the Markdown renderer they bring) load when first visited.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      // Who is signed in decides the header; a failure to find out is swallowed, so it
      // leaves the page working, with "Sign in" in the header.
      loader: async () => {
        await queryClient.query(sessionQuery()).catch(() => null);
        return null;
      },
      hydrateFallbackElement: <AppShell />,
      children: [
        {
          errorElement: (
            <Suspense fallback={null}>
              <RouteError />
            </Suspense>
          ),
          children: [
            { index: true, loader: portfolioLoader(queryClient), element: <PortfolioRoute /> },
            {
              path: 'overview',
              lazy: async () => {
                const { OverviewRoute, overviewLoader } = await overviewRouteModule();
                return { loader: overviewLoader(queryClient), Component: OverviewRoute };
              },
            },
            {
              // A static segment outranks `projects/:slug`, whatever the order here. Loaded with the
              // project page's module (see project-route.tsx), so it adds no chunk to list here.
              path: 'projects/new',
              lazy: async () => {
                const { NewProjectRoute, newProjectLoader } = await import('./routes/project-route');
                return { loader: newProjectLoader(queryClient), Component: NewProjectRoute };
              },
            },
            {
              path: 'projects/:slug',
              // The loader is in the first bundle, so the project's data and its page's code load side by side.
              loader: projectLoader(queryClient),
              lazy: async () => {
                const { ProjectRoute } = await import('./routes/project-route');
                return { Component: ProjectRoute };
              },
            },
            {
              path: 'projects/:slug/updates/new',
              lazy: async () => {
                const { NewUpdateRoute, newUpdateLoader } = await updatesRouteModule();
                return { loader: newUpdateLoader(queryClient), Component: NewUpdateRoute };
              },
            },
            {
              path: 'updates/:id',
              lazy: async () => {
                const { UpdateRoute, updateLoader } = await updatesRouteModule();
                return { loader: updateLoader(queryClient), Component: UpdateRoute };
              },
            },
            {
              path: 'updates/:id/edit',
              lazy: async () => {
                const { EditUpdateRoute, editUpdateLoader } = await updatesRouteModule();
                return { loader: editUpdateLoader(queryClient), Component: EditUpdateRoute };
              },
            },
            {
              path: 'updates/:id/delete',
              lazy: async () => {
                const { DeleteUpdateRoute, deleteUpdateLoader } = await updatesRouteModule();
                return { loader: deleteUpdateLoader(queryClient), Component: DeleteUpdateRoute };
              },
            },
            {
              path: 'review',
              lazy: async () => {
                const { ReviewQueueRoute, reviewQueueLoader } = await updatesRouteModule();
                return { loader: reviewQueueLoader(queryClient), Component: ReviewQueueRoute };
              },
            },
            {
              path: 'sprint-notes/:number/compose',
              lazy: async () => {
                const { ComposeRoute, composeLoader } = await import('./routes/sprint-notes-compose-route');
                return { loader: composeLoader(queryClient), Component: ComposeRoute };
              },
            },
            {
              path: 'team-news/new',
              lazy: async () => {
                const { NewTeamNewsRoute, newTeamNewsLoader } = await updatesRouteModule();
                return { loader: newTeamNewsLoader(queryClient), Component: NewTeamNewsRoute };
              },
            },
            {
              path: 'your-projects',
              lazy: async () => {
                const { YourProjectsRoute, yourProjectsLoader } = await updatesRouteModule();
                return { loader: yourProjectsLoader(queryClient), Component: YourProjectsRoute };
              },
            },
            {
              path: 'projects/:slug/history',
              lazy: async () => {
                const { ProjectHistoryRoute, projectHistoryLoader } = await historyRouteModule();
                return { loader: projectHistoryLoader(queryClient), Component: ProjectHistoryRoute };
              },
            },
            {
              path: 'history',
              lazy: async () => {
                const { HistoryRoute, historyLoader } = await historyRouteModule();
                return { loader: historyLoader(queryClient), Component: HistoryRoute };
              },
            },
            {
              path: 'sprint-notes',
              lazy: async () => {
                const { SprintNotesRoute, sprintNotesLoader } = await sprintNotesRouteModule();
                return { loader: sprintNotesLoader(queryClient), Component: SprintNotesRoute };
              },
            },
            {
              // A static segment outranks `sprint-notes/:number`, whatever the order here.
              path: 'sprint-notes/new',
              lazy: async () => {
                const { NewSprintNoteRoute, newSprintNoteLoader } = await sprintNotesRouteModule();
                return { loader: newSprintNoteLoader(queryClient), Component: NewSprintNoteRoute };
              },
            },
            {
              path: 'sprint-notes/:number',
              lazy: async () => {
                const { SprintNoteRoute, sprintNoteLoader } = await sprintNotesRouteModule();
                return { loader: sprintNoteLoader(queryClient), Component: SprintNoteRoute };
              },
            },
            {
              path: 'data-gaps',
              lazy: async () => {
                const { DataGapsRoute, dataGapsLoader } = await overviewRouteModule();
                return { loader: dataGapsLoader(queryClient), Component: DataGapsRoute };
              },
            },
            {
              path: 'timeline',
              lazy: async () => {
                const { TimelineRoute, timelineLoader } = await import('./routes/timeline-route');
                return { loader: timelineLoader(queryClient), Component: TimelineRoute };
              },
            },
            {
              path: 'organisations',
              lazy: async () => {
                const { OrganisationsRoute, organisationsLoader } = await import('./routes/organisations-route');
                return { loader: organisationsLoader(queryClient), Component: OrganisationsRoute };
              },
            },
            {
              path: 'organisations/:slug',
              loader: organisationLoader(queryClient),
              lazy: async () => {
                const { OrganisationRoute } = await import('./routes/organisation-route');
                return { Component: OrganisationRoute };
              },
            },
            {
              path: 'sign-in',
              lazy: async () => {
                const { SignInRoute, signInLoader } = await import('./routes/sign-in-route');
                return { loader: signInLoader(queryClient), Component: SignInRoute };
              },
            },
            {
              path: 'setup/:token',
              lazy: async () => {
                const { SetupRoute, setupLoader } = await import('./routes/setup-route');
                return { loader: setupLoader(queryClient), Component: SetupRoute };
              },
            },
            {
              path: 'users',
              lazy: async () => {
                const { UsersRoute, usersLoader } = await usersRouteModule();
                return { loader: usersLoader(queryClient), Component: UsersRoute };
              },
            },
            {
              path: 'users/:id',
              lazy: async () => {
                const { UserRoute, userLoader } = await usersRouteModule();
                return { loader: userLoader(queryClient), Component: UserRoute };
              },
            },
            {
              path: 'accessibility',
              lazy: async () => {
                const { AccessibilityPage } = await import('./accessibility-page');
                return { Component: AccessibilityPage };
              },
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ];
}

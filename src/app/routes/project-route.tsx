import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { projectQueries } from '../../features/projects/projects-api';
import { ProjectPage } from '../../features/projects/project-page';

export function projectLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.query({ ...projectQueries.detail(params.slug ?? ''), staleTime: 'static' });
    return null;
  };
}

export function ProjectRoute() {
  const { slug = '' } = useParams();
  return <ProjectPage slug={slug} />;
}

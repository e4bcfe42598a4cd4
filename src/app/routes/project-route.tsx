import { useParams } from 'react-router';
import { ProjectPage } from '../../features/projects/project-page';

export function ProjectRoute() {
  const { slug = '' } = useParams();
  return <ProjectPage slug={slug} />;
}

// Adding a project loads with the project page rather than as a chunk of its own: each chunk a
// lazy route loads adds its name and preload list to the first-load bundle, which is at its 130 KB
// limit, while the new-project page adds under 2 KB gzipped to this one.
export { NewProjectRoute, newProjectLoader } from './new-project-route';

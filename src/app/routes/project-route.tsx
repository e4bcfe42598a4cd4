import { useParams } from 'react-router';
import { ProjectPage } from '../../features/projects/project-page';

export function ProjectRoute() {
  const { slug = '' } = useParams();
  return <ProjectPage slug={slug} />;
}

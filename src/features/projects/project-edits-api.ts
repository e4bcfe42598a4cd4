import { projectDetailSchema } from '../../domain/project';
import type { NewProject, ProjectChanges } from '../../domain/project-input';
import { sendJson } from '../../lib/api-client';

// Apart from projects-api.ts, whose queries the first page's loaders load: these load with the
// project page's code, which the new-project page shares (see src/app/routes/project-route.tsx).

/**
 * An organisation taking part, as a form sends it: one already known, or a new one. The kind of a
 * new one is the select's value as chosen, empty when none was, so the server refuses it with its
 * own message rather than the app guessing.
 */
export type OrganisationChoiceSubmission = { organisation: string } | { newOrganisation: { name: string; kind: string } };

export type NewProjectSubmission = Omit<NewProject, 'leads'> & { leads: OrganisationChoiceSubmission[] };

/** Adds a project with its lead organisations. Answers with the project as saved: its slug is made from its name. */
export const createProject = (project: NewProjectSubmission) => sendJson('POST', '/api/projects', project, projectDetailSchema);

/** Changes a project's own fields, naming the version read; a stale one is refused with 409 and the project as it stands. */
export const changeProjectDetails = (slug: string, changes: ProjectChanges) =>
  sendJson('PATCH', `/api/projects/${encodeURIComponent(slug)}`, changes, projectDetailSchema);


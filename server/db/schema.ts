import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OrganisationKind } from '../../src/domain/organisation';
import type {
  OutputKind,
  PartnershipRole,
  PhaseKind,
  PhaseStatus,
  ProjectStatus,
  UpdateStatus,
} from '../../src/domain/project';
import type { ConfidenceRating } from '../../src/domain/delivery';
import type { SectionKind, SprintNoteStatus } from '../../src/domain/sprint-notes';
import type { Role } from '../../src/domain/user';

/**
 * Table types as the code sees them: camelCase, mapped to snake_case columns by Kysely's
 * CamelCasePlugin. Dates are partial ISO strings (see partial-date.ts) so they stay text in
 * every database; timestamps are full ISO strings for the same reason.
 */
type Timestamp = ColumnType<string, string | undefined, string>;

/** Starts at 1; every write names the version it read and raises it by one (migration 0004). */
type Version = ColumnType<number, number | undefined, number>;

/** A nullable field only project-derived.ts writes. */
type Derived<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface OrganisationsTable {
  id: Generated<number>;
  version: Version;
  slug: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
}

export interface ProjectsTable {
  id: Generated<number>;
  version: Version;
  slug: string;
  name: string;
  summary: string | null;
  status: ProjectStatus;
  fundingStream: string | null;
  websiteUrl: string | null;
  repositoryUrl: string | null;
  blogUrl: string | null;
  /** Derived, kept by server/db/queries/project-derived.ts: what the list sorts, filters and searches by. */
  sortName: ColumnType<string, string | undefined, string>;
  searchText: ColumnType<string, string | undefined, string>;
  currentPhaseId: ColumnType<number | null, number | null | undefined, number | null>;
  currentPhaseKind: ColumnType<PhaseKind | null, PhaseKind | null | undefined, PhaseKind | null>;
  /** The day from which the derived fields must be worked out again; null when only a change of data can alter them. */
  recheckOn: ColumnType<string | null, string | null | undefined, string | null>;
  /** The day the project was added; null for those added before the portfolio kept it. */
  createdOn: ColumnType<string | null, string | null | undefined, string | null>;
  /** Derived too (migration 0007): what the table sorts by and the overview counts by. */
  leadSort: Derived<string>;
  phaseRank: Derived<number>;
  plannedEndOn: Derived<string>;
  fundingPounds: Derived<number>;
  latestUpdateOn: Derived<string>;
  quietFrom: Derived<string>;
  overrunFrom: Derived<string>;
  confidence: Derived<ConfidenceRating>;
  confidenceOn: Derived<string>;
  confidenceRank: Derived<number>;
}

/** A manager's rating of a project's delivery; ratings are only ever added (migration 0007). */
export interface DeliveryRatingsTable {
  id: Generated<number>;
  projectId: number;
  rating: ConfidenceRating;
  reason: string;
  ratedOn: string;
  ratedBy: number | null;
  /** As the person was named when they rated, so the history reads the same after an account is gone. */
  ratedByName: string;
  createdAt: string;
}

export interface PhasesTable {
  id: Generated<number>;
  version: Version;
  projectId: number;
  position: number;
  kind: PhaseKind | null;
  label: string | null;
  status: PhaseStatus | null;
  startedOn: string | null;
  plannedWeeks: number | null;
  plannedEndOn: string | null;
  endedOn: string | null;
  fundingAmountPounds: number | null;
  fundingStream: string | null;
  outcome: string | null;
  reportedWeek: number | null;
  reportedOn: string | null;
}

export interface PartnershipsTable {
  id: Generated<number>;
  version: Version;
  projectId: number;
  organisationId: number;
  role: PartnershipRole;
  phaseId: number | null;
  joinedOn: string | null;
  leftOn: string | null;
  note: string | null;
}

export interface ShowAndTellsTable {
  id: Generated<number>;
  version: Version;
  projectId: number;
  heldOn: string | null;
  title: string;
  sprint: number | null;
  summary: string | null;
  slidesUrl: string | null;
  recordingUrl: string | null;
}

export interface OutputsTable {
  id: Generated<number>;
  version: Version;
  projectId: number;
  kind: OutputKind;
  title: string;
  description: string | null;
  url: string | null;
  occursOn: string | null;
}

export interface UpdatesTable {
  id: Generated<number>;
  version: Version;
  projectId: number | null;
  headline: string;
  bodyMarkdown: string;
  status: UpdateStatus;
  /** The day the news is from, as its writer dates it (never later than the day it is saved); approval keeps it, and Sprint Notes picks an issue's updates by it. */
  publishedOn: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  authorId: ColumnType<number | null, number | null | undefined, number | null>;
  submittedAt: ColumnType<string | null, string | null | undefined, string | null>;
  reviewComment: ColumnType<string | null, string | null | undefined, string | null>;
  /** The published Sprint Notes issue that used it: each update is used once (migration 0006). */
  sprintNoteId: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface UpdateLinksTable {
  id: Generated<number>;
  updateId: number;
  position: number;
  title: string;
  url: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string | null;
  disabledAt: string | null;
  createdAt: string;
  passwordChangedAt: string | null;
}

export interface UserOrganisationsTable {
  userId: number;
  organisationId: number;
}

export interface SessionsTable {
  tokenDigest: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
}

export interface SetupLinksTable {
  tokenDigest: string;
  /** Null for the link that sets up the very first manager, who has no account yet. */
  userId: number | null;
  role: Role;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  key: string;
  failedAt: string;
}

export interface HistoryTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  /** The person's name when they made the change, kept though their account may go. */
  actorName: string;
  projectId: number | null;
  recordType: string;
  recordId: number;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface SprintNotesTable {
  id: Generated<number>;
  version: Version;
  number: number;
  coversFrom: string;
  coversTo: string;
  introMarkdown: string;
  closingMarkdown: string;
  status: SprintNoteStatus;
  publishedOn: string | null;
  publishedUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SprintNoteSectionsTable {
  id: Generated<number>;
  sprintNoteId: number;
  position: number;
  kind: SectionKind;
  name: string;
  introMarkdown: string;
}

export interface SprintNoteItemsTable {
  id: Generated<number>;
  sprintNoteId: number;
  sectionId: number;
  position: number;
  updateId: number;
  /** This issue's own wording; null for the update's. A published issue holds the words it was published with. */
  headline: string | null;
  bodyMarkdown: string | null;
}

export interface SprintNoteHeadingsTable {
  id: Generated<number>;
  sprintNoteId: number;
  projectId: number;
  heading: string;
}

export interface Database {
  deliveryRatings: DeliveryRatingsTable;
  sprintNotes: SprintNotesTable;
  sprintNoteSections: SprintNoteSectionsTable;
  sprintNoteItems: SprintNoteItemsTable;
  sprintNoteHeadings: SprintNoteHeadingsTable;
  history: HistoryTable;
  organisations: OrganisationsTable;
  projects: ProjectsTable;
  phases: PhasesTable;
  partnerships: PartnershipsTable;
  showAndTells: ShowAndTellsTable;
  outputs: OutputsTable;
  updates: UpdatesTable;
  updateLinks: UpdateLinksTable;
  users: UsersTable;
  userOrganisations: UserOrganisationsTable;
  sessions: SessionsTable;
  setupLinks: SetupLinksTable;
  signInFailures: SignInFailuresTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type PhaseRow = Selectable<PhasesTable>;
export type NewProject = Insertable<ProjectsTable>;

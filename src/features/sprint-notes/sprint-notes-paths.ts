// The app's addresses for Sprint Notes, in one place so a rename is one edit.

export const SPRINT_NOTES_PATH = '/sprint-notes';

export const NEW_ISSUE_PATH = '/sprint-notes/new';

/** Served by the server, not the app: a link to it must load it as a document. */
export const FEED_PATH = '/sprint-notes/feed.atom';

export const issuePath = (number: number) => `/sprint-notes/${String(number)}`;

export const composePath = (number: number) => `/sprint-notes/${String(number)}/compose`;

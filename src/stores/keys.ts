/**
 * Every key this site uses in the browser's localStorage. Nothing else reads or writes storage:
 * components go through the stores.
 */
export const PREFIX = 'accountplan:';

export const KEYS = {
  /** The list of plans in order, and which one was active: `{ version, activeId, order }`. */
  index: `${PREFIX}index`,
  /** Prefix of one plan per key: `accountplan:plan:<id>` holds the plan as JSON. */
  planPrefix: `${PREFIX}plan:`,
  /** Prefix of the saved versions of one plan: `accountplan:versies:<plan id>` holds a list. */
  versionsPrefix: `${PREFIX}versies:`,
  /** Date (ISO) of the last JSON export, for the backup reminder. */
  lastExport: `${PREFIX}laatste-export`,
  /** Prefix of data that could not be read, kept aside untouched: `accountplan:bewaard:<time>:<original key>`. */
  keptAsidePrefix: `${PREFIX}bewaard:`,
  /** Prefix of the reader's display preferences (nanostores/persistent map). */
  preferencesPrefix: `${PREFIX}voorkeur:`,
  /** The last conflict one tab found between its typing and another tab's (conflicts.ts), so the other tab can tell its reader. */
  conflict: `${PREFIX}conflict`,
  /** Written and removed once at start to find out whether storage works at all. */
  probe: `${PREFIX}probe`,
} as const;

export const planKey = (id: string) => `${KEYS.planPrefix}${id}`;

export const versionsKey = (planId: string) => `${KEYS.versionsPrefix}${planId}`;

/** The plan id of a versions key (`accountplan:versies:<id>`), or null for any other key. */
export const planIdFromVersionsKey = (key: string): string | null =>
  key.startsWith(KEYS.versionsPrefix) ? key.slice(KEYS.versionsPrefix.length) : null;

export const isPlanKey = (key: string | null): boolean => !!key && key.startsWith(KEYS.planPrefix);

export const planIdFromKey = (key: string) => key.slice(KEYS.planPrefix.length);

export const keptAsideKey = (originalKey: string, now: Date) =>
  `${KEYS.keptAsidePrefix}${now.toISOString()}:${originalKey.startsWith(PREFIX) ? originalKey.slice(PREFIX.length) : originalKey}`;

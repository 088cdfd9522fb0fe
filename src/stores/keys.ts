/**
 * Every key this site uses in the browser's localStorage. Nothing else reads or writes storage:
 * components go through the stores.
 *
 * No key's stored text is written over unless its reader could read it: what does not read
 * (garbage, another shape, a newer version's data) is copied to a kept-aside key first (aside.ts).
 * Per key: the index (reading.ts readIndex), plans (reading.ts, sync.ts mergeOnto), versions
 * (versions.ts, version-list.ts prependVersion), the last export date (backup.ts), feedback
 * (feedback.ts, backup.ts import), feedback drafts (feedback.ts), knowledge-check answers
 * (quiz.ts). Preferences are single values nanostores/persistent falls back on; the conflict key
 * is a message between tabs, read and checked by conflicts.ts, never data of the reader; the
 * probe is written and removed at once.
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
  /** Prefix of the trainer feedback a reader received on one plan: `accountplan:feedback:<plan id>` holds a list (stores/feedback.ts). */
  feedbackPrefix: `${PREFIX}feedback:`,
  /** Prefix of the feedback a trainer is still writing on a shared plan: `accountplan:feedback-concept:<plan id>`. */
  feedbackDraftPrefix: `${PREFIX}feedback-concept:`,
  /** The answers given in the lessons' knowledge checks, per lesson (stores/quiz.ts). */
  quiz: `${PREFIX}kennischeck`,
  /**
   * Prefix of one big section of a plan stored on its own (plan-parts.ts):
   * `accountplan:deel:<plan id>:<section>:<revision>`; the plan's key names the revision.
   */
  partPrefix: `${PREFIX}deel:`,
  /** Written and removed once at start to find out whether storage works at all. */
  probe: `${PREFIX}probe`,
} as const;

export const feedbackKey = (planId: string) => `${KEYS.feedbackPrefix}${planId}`;

export const feedbackDraftKey = (planId: string) => `${KEYS.feedbackDraftPrefix}${planId}`;

export const planKey = (id: string) => `${KEYS.planPrefix}${id}`;

export const versionsKey = (planId: string) => `${KEYS.versionsPrefix}${planId}`;

/** The plan id of a versions key (`accountplan:versies:<id>`), or null for any other key. */
export const planIdFromVersionsKey = (key: string): string | null => (key.startsWith(KEYS.versionsPrefix) ? key.slice(KEYS.versionsPrefix.length) : null);

/**
 * The plan id of a key that belongs to one of the reader's plans and means nothing without it:
 * its versions (`accountplan:versies:<id>`) and the feedback it received (`accountplan:feedback:<id>`).
 * Null for any other key (the trainer's feedback drafts belong to someone else's shared plan).
 */
export const planIdFromCompanionKey = (key: string): string | null =>
  planIdFromVersionsKey(key) ?? (key.startsWith(KEYS.feedbackPrefix) ? key.slice(KEYS.feedbackPrefix.length) : null) ?? planIdFromPartKey(key);

/** The keys that belong to one plan and mean nothing without it (see {@link planIdFromCompanionKey}). */
export const companionKeys = (planId: string): string[] => [versionsKey(planId), feedbackKey(planId)];

/** The key of one section of a plan stored on its own, in one revision. */
export const partKey = (planId: string, section: string, rev: string) => `${KEYS.partPrefix}${planId}:${section}:${rev}`;

/** The plan id of a part key (`accountplan:deel:<id>:…`), or null for any other key. */
export const planIdFromPartKey = (key: string): string | null =>
  key.startsWith(KEYS.partPrefix) ? (key.slice(KEYS.partPrefix.length).split(':')[0] ?? null) : null;

export const isPlanKey = (key: string | null): boolean => !!key && key.startsWith(KEYS.planPrefix);

export const planIdFromKey = (key: string) => key.slice(KEYS.planPrefix.length);

export const keptAsideKey = (originalKey: string, now: Date) =>
  `${KEYS.keptAsidePrefix}${now.toISOString()}:${originalKey.startsWith(PREFIX) ? originalKey.slice(PREFIX.length) : originalKey}`;

import type { FieldPath } from '../plan/edit/merge';
import type { Plan } from '../plan/model/schema';
import type { PartRefs } from './plan-parts-read';
import type { Reader } from './reading';
import type { StoreState } from './state';

/*
 * What autosave (sync.ts) hands the code for other tabs (other-tabs.ts, loaded when another tab is
 * first seen at work), and what a tab remembers of each stored plan. Types only: no code.
 */

/** What a tab last saw stored of a plan: the text under its key, the plan, and its parts (plan-parts.ts). */
export interface StoredEntry {
  raw: string;
  plan: Plan;
  refs: PartRefs;
}

/** The parts of autosave the code for other tabs works with (other-tabs.ts). */
export interface SyncCore {
  state: StoreState;
  reader: Reader;
  keyListeners: Set<(key: string) => void>;
  /** Fields changed in this tab and not yet written, per plan id. */
  dirty: Map<string, Set<FieldPath>>;
  /** What this tab last saw stored, per plan id. */
  stored: Map<string, StoredEntry>;
  remember: (planId: string, raw: string, plan: Plan, refs?: PartRefs) => void;
  markAllDirty: (plan: Plan) => void;
  markIndexDirty: () => void;
  schedule: () => void;
  /** Tells the versions store that a plan's versions changed under it. */
  versionsWritten: (planId: string) => void;
}

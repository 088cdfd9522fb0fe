import { mergePlans, type FieldPath } from '../plan/merge';
import type { Plan } from '../plan/schema';
import { createConflicts } from './conflicts';
import type { StoreState } from './state';

/**
 * Merging with another tab's changes, and telling both tabs about conflicts. Loaded only once
 * another tab is seen writing (sync.ts): a reader with one tab never downloads it.
 */
export function createMerging(state: StoreState, versionsWritten: (planId: string) => void) {
  const conflicts = createConflicts(state, versionsWritten);
  return {
    /** This tab's changed fields of `mine` merged onto `theirs`; conflicts are kept and announced. */
    merge(base: Plan, mine: Plan, theirs: Plan, paths: Iterable<FieldPath>): Plan {
      const merged = mergePlans(base, mine, theirs, paths);
      conflicts.record(mine.id, theirs, merged.conflicts);
      return merged.plan;
    },
    receive: conflicts.receive,
  };
}

export type Merging = ReturnType<typeof createMerging>;

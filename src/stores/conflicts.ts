import { newId } from '../plan/model/ids';
import type { Conflict } from '../plan/edit/merge';
import type { Plan } from '../plan/model/schema';
import { KEYS } from './keys';
import { conflictHere, conflictThere, conflictVersionNote } from './messages/other-tabs';
import { readItem, writeItem } from './storage';
import type { StoreState } from './state';
import { readVersionList, writeVersionList, type Version } from './version-list';

/** At most this many versions made from conflicts per plan; the oldest go first. */
const MAX_CONFLICT_VERSIONS = 10;

/** What one tab tells the others about a conflict (stored under KEYS.conflict). */
interface ConflictEvent {
  id: string;
  planId: string;
  items: Array<{ path: string; rowId?: string | undefined; column?: string | undefined; where: string; kept: unknown; other: unknown }>;
}

/**
 * When two tabs changed the same value, the tab that saves last keeps its own value; the other
 * tab's value is never lost: it is kept as a version of the plan, both tabs say so, and either
 * can put the other value back with one click (see StatusBar).
 */
export function createConflicts(state: StoreState, versionsWritten: (planId: string) => void) {
  /** Called in the tab that merges: `theirs` is the plan as the other tab stored it. */
  function record(planId: string, theirs: Plan, conflicts: Conflict[]): void {
    if (!conflicts.length) return;
    const wheres = [...new Set(conflicts.map((c) => c.where))];
    const storage = state.storage;
    let kept = false;
    if (storage) {
      const list = (readVersionList(storage, planId) ?? []) as Array<Partial<Version>>;
      const sameWhere = (v: Partial<Version>) => v.conflict && wheres.includes(v.conflict.where);
      const others = list.filter((v) => !sameWhere(v));
      const conflictCount = others.filter((v) => v.conflict).length;
      const trimmed = conflictCount >= MAX_CONFLICT_VERSIONS ? dropOldestConflict(others) : others;
      const version: Version = {
        id: newId(),
        note: conflictVersionNote(wheres.join(', ')),
        createdAt: state.now().toISOString(),
        plan: structuredClone(theirs),
        conflict: { where: wheres.join(', ') },
      };
      kept = writeVersionList(storage, planId, [version, ...trimmed]).ok;
      if (kept) versionsWritten(planId);
      const event: ConflictEvent = {
        id: newId(),
        planId,
        items: conflicts.map((c) => ({ path: c.path, rowId: c.rowId, column: c.column, where: c.where, kept: c.mine, other: c.theirs })),
      };
      writeItem(storage, KEYS.conflict, JSON.stringify(event));
    }
    for (const c of conflicts) {
      state.notices.notify('conflict', conflictHere(c.where, kept), {
        planId,
        conflict: { planId, path: c.path, rowId: c.rowId, column: c.column, where: c.where, value: c.theirs, whose: 'other' },
      });
    }
  }

  /** Another tab recorded a conflict: tell this tab's reader that their text was replaced there. */
  function receive(raw: string | null): void {
    if (!raw) return;
    let event: ConflictEvent;
    try {
      event = JSON.parse(raw) as ConflictEvent;
      if (!event || typeof event.planId !== 'string' || !Array.isArray(event.items)) return;
    } catch {
      return;
    }
    if (!state.$plans.get().some((p) => p.id === event.planId)) return;
    for (const item of event.items) {
      if (typeof item?.where !== 'string' || typeof item.path !== 'string') continue;
      state.notices.notify('conflict', conflictThere(item.where), {
        planId: event.planId,
        conflict: { planId: event.planId, path: item.path, rowId: item.rowId, column: item.column, where: item.where, value: item.other, whose: 'own' },
      });
    }
  }

  /** The last conflict event (for a tab that was not listening when it happened). */
  function last(): string | null {
    return state.storage ? readItem(state.storage, KEYS.conflict) : null;
  }

  return { record, receive, last };
}

function dropOldestConflict(list: Array<Partial<Version>>): Array<Partial<Version>> {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.conflict) return [...list.slice(0, i), ...list.slice(i + 1)];
  return list;
}

export type Conflicts = ReturnType<typeof createConflicts>;

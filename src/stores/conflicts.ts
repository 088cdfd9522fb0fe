import { newId } from '../plan/model/ids';
import type { Conflict } from '../plan/edit/merge';
import { SECTION_IDS, type Plan, type SectionId } from '../plan/model/schema';
import { fieldDef } from '../plan/values/validate';
import { KEYS } from './keys';
import { conflictHere, conflictThere, conflictVersionNote } from './messages/other-tabs';
import { readItem, writeItem } from './storage';
import type { StoreState } from './state';
import { keptAside, versionListUnreadable } from './messages/reading';
import { prependVersions, type Version } from './version-list';

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
      // Every losing text is a version of its own: an earlier conflict at the same place is
      // another text, and stays (the reader deletes versions in the workbook).
      const version: Version = {
        id: newId(),
        note: conflictVersionNote(wheres.join(', ')),
        createdAt: state.now().toISOString(),
        plan: structuredClone(theirs),
        conflict: { where: wheres.join(', ') },
      };
      const written = prependVersions(storage, planId, [version], state.now());
      kept = written.ok;
      if (written.aside) state.notices.notify('kept-aside', keptAside(versionListUnreadable), { key: written.aside });
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
      // Only a conflict that names a real place gets a button to put its text back.
      if (!isConflictItem(item)) continue;
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

export type Conflicts = ReturnType<typeof createConflicts>;

/** Whether a text names a field the plan has: `name`, or `section.key` of its structure. */
function isFieldPath(path: string): boolean {
  if (path === 'name') return true;
  const dot = path.indexOf('.');
  const section = path.slice(0, dot);
  return dot > 0 && (SECTION_IDS as readonly string[]).includes(section) && fieldDef(section as SectionId, path.slice(dot + 1)) !== undefined;
}

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** Whether an item of another tab's conflict event names a field of the plan (and a row and column as text). */
function isConflictItem(item: unknown): item is ConflictEvent['items'][number] {
  if (typeof item !== 'object' || item === null) return false;
  const i = item as Record<string, unknown>;
  return typeof i['where'] === 'string' && typeof i['path'] === 'string' && isFieldPath(i['path']) && optionalText(i['rowId']) && optionalText(i['column']);
}

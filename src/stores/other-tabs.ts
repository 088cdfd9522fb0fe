import { mergePlans, type FieldPath } from '../plan/edit/merge';
import { firstPlanName } from '../plan/messages';
import { createPlan, planDisplayName } from '../plan/model/plan';
import type { Plan } from '../plan/model/schema';
import { createConflicts } from './conflicts';
import { isPlanKey, KEYS, planIdFromKey, planKey } from './keys';
import { deletedInOtherTab } from './messages/other-tabs';
import { parseIndex } from './reading';
import { readItem } from './storage';
import type { SyncCore } from './sync-core';

/**
 * What another tab does to this tab's plans: its saves (merged three ways with this tab's unsaved
 * typing), its deletes, its new plans and its conflicts. Loaded when another tab is first seen at
 * work (sync.ts): a reader with one tab never downloads it.
 */
export function createOtherTabs(core: SyncCore) {
  const { state, reader, keyListeners, dirty, stored, remember } = core;
  const conflicts = createConflicts(state, core.versionsWritten);

  /** This tab's changed fields of `mine` merged onto `theirs`; conflicts are kept and announced. */
  function merge(base: Plan, mine: Plan, theirs: Plan, paths: Iterable<FieldPath>): Plan {
    const merged = mergePlans(base, mine, theirs, paths);
    conflicts.record(mine.id, theirs, merged.conflicts);
    return merged.plan;
  }

  /**
   * A plan this tab holds was deleted in another tab. If this tab shows it or has unsaved typing
   * in it, it stays on screen and is not written back until the reader chooses (bring it back, or
   * let it go); nothing moves silently into another plan. Otherwise it simply leaves the list.
   */
  function onPlanRemoved(planId: string): void {
    stored.delete(planId);
    const plans = state.$plans.get();
    const plan = plans.find((p) => p.id === planId);
    if (!plan) return;
    const shown = state.$activePlan.get()?.id === planId;
    if (shown || dirty.has(planId)) {
      state.deletedElsewhere.add(planId);
      state.notices.notify('deleted-elsewhere', deletedInOtherTab(planDisplayName(plan)), { planId });
      return;
    }
    const rest = plans.filter((p) => p.id !== planId);
    if (rest.length === 0) rest.push(createPlan(firstPlanName, state.now()));
    state.$plans.set(rest);
  }

  function onStorage(event: Event): void {
    const { key, newValue, storageArea } = event as StorageEvent;
    const storage = state.storage;
    if (!storage || (storageArea && storageArea !== storage)) return;
    if (key === null) {
      // Storage was cleared in another tab: keep what is on screen and write it back.
      stored.clear();
      for (const plan of state.$plans.get()) core.markAllDirty(plan);
      core.markIndexDirty();
      core.schedule();
      return;
    }
    if (isPlanKey(key)) {
      // Events arrive late: by now this tab may have written over what the event carries, so read
      // what is stored now instead of trusting the event's value.
      const id = planIdFromKey(key);
      const current = readItem(storage, planKey(id));
      if (current !== null && current === stored.get(id)?.raw) return;
      onPlanStored(id, current);
      return;
    }
    if (key === KEYS.conflict) conflicts.receive(newValue);
    for (const listener of keyListeners) listener(key);
    if (key === KEYS.index && newValue) onIndexStored(newValue);
  }

  function onPlanStored(id: string, newValue: string | null): void {
    if (newValue === null) {
      onPlanRemoved(id);
      return;
    }
    const theirs = reader.parseStored(newValue, id);
    // Unreadable data from another tab: our next save keeps it aside before writing.
    if (!theirs) return;
    const plans = state.$plans.get();
    const mine = plans.find((p) => p.id === id);
    const paths = dirty.get(id);
    const next = mine && paths ? merge(stored.get(id)?.plan ?? theirs.plan, mine, theirs.plan, paths) : theirs.plan;
    remember(id, newValue, theirs.plan, theirs.refs);
    if (state.deletedElsewhere.delete(id)) state.notices.clear('deleted-elsewhere', (n) => n.planId === id);
    state.$plans.set(mine ? plans.map((p) => (p.id === id ? next : p)) : [...plans, next]);
  }

  function onIndexStored(raw: string): void {
    const index = parseIndex(raw);
    // An unreadable index from another tab is ignored; our own next write repairs it.
    if (!index) return;
    const byId = new Map(state.$plans.get().map((p) => [p.id, p]));
    for (const id of index.order) {
      if (byId.has(id)) continue;
      const read = reader.readStoredPlan(planKey(id));
      if (read) {
        byId.set(id, read.plan);
        remember(id, read.raw, read.plan, read.refs);
      }
    }
    const ordered = index.order.map((id) => byId.get(id)).filter((p): p is Plan => !!p);
    const rest = [...byId.values()].filter((p) => !index.order.includes(p.id) && (dirty.has(p.id) || state.deletedElsewhere.has(p.id)));
    if (ordered.length + rest.length > 0) state.$plans.set([...ordered, ...rest]);
  }

  return { merge, onStorage, onPlanRemoved };
}

export type OtherTabs = ReturnType<typeof createOtherTabs>;

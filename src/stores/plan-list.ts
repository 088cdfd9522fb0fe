import { fitName, LIMITS } from '../plan/model/limits';
import { newPlanName, firstPlanName } from '../plan/messages';
import { copyPlan, createPlan, planDisplayName } from '../plan/model/plan';
import type { Plan } from '../plan/model/schema';
import { planIdFromPartKey, planKey } from './keys';
import { copySuffix, planDeleted } from './messages';
import type { Reader } from './reading';
import type { StoreState } from './state';
import { readItem, storageKeys } from './storage';
import type { Sync } from './sync';

/**
 * The plan store's list of whole plans: new, copied, switched to, deleted (with undo) and taken
 * back after another tab deleted them. There is always a plan to type in.
 */
export function createPlanList(
  /** The plan store's state, its reader, its autosave, and its loading on first use. */
  state: StoreState,
  reader: Reader,
  sync: Sync,
  load: () => void,
) {
  const { $plans, $activeId, notices, now } = state;
  let lastDeleted: { plan: Plan; position: number } | null = null;

  function insertPlan(plan: Plan, activate = true): Plan {
    const named = plan.name.length > LIMITS.name ? { ...plan, name: fitName(plan.name) } : plan;
    $plans.set([...$plans.get(), named]);
    sync.markAllDirty(named);
    sync.markIndexDirty();
    if (activate) $activeId.set(named.id);
    sync.schedule();
    return named;
  }

  function createNewPlan(name = newPlanName): Plan {
    load();
    return insertPlan(createPlan(fitName(name), now()));
  }

  function duplicatePlan(planId: string): Plan | null {
    load();
    const plan = $plans.get().find((p) => p.id === planId);
    return plan ? insertPlan(copyPlan(plan, fitName(planDisplayName(plan), copySuffix), now())) : null;
  }

  /** Adds a copy of a given plan (the example, a version) as a new plan of the reader; a long name is shortened to fit. */
  function addPlanCopy(plan: Plan, name: string): Plan {
    load();
    return insertPlan(copyPlan(plan, fitName(name), now()));
  }

  /** Keeps a plan someone shared by link as a plan of the reader's own (named with `copyNameWithAuthor`, plan-label.ts). */
  function saveSharedCopy(plan: Plan, name: string): Plan {
    return addPlanCopy(plan, name);
  }

  function switchPlan(planId: string): void {
    load();
    if (!$plans.get().some((p) => p.id === planId)) return;
    $activeId.set(planId);
    sync.markIndexDirty();
    sync.schedule();
  }

  /** Removes a plan from the list; there is always a plan to type in. */
  function dropPlan(planId: string): void {
    const rest = $plans.get().filter((p) => p.id !== planId);
    if (rest.length === 0) {
      const fresh = createPlan(firstPlanName, now());
      rest.push(fresh);
      sync.markAllDirty(fresh);
    }
    $plans.set(rest);
    if (!rest.some((p) => p.id === $activeId.get())) $activeId.set(rest[0]!.id);
    sync.markIndexDirty();
  }

  /** Deletes a plan; it can be brought back with {@link undoDelete} until the next delete. */
  function deletePlan(planId: string): void {
    load();
    const position = $plans.get().findIndex((p) => p.id === planId);
    if (position < 0) return;
    sync.flush();
    const plan = $plans.get().find((p) => p.id === planId)!;
    lastDeleted = { plan, position };
    sync.forget(planId);
    state.deletedElsewhere.delete(planId);
    notices.clear('deleted-elsewhere', (n) => n.planId === planId);
    if (state.storage && !state.untouchable.has(planId)) {
      try {
        state.storage.removeItem(planKey(planId));
        // And the big sections stored on their own (plan-parts.ts).
        for (const key of storageKeys(state.storage)) if (planIdFromPartKey(key) === planId) state.storage.removeItem(key);
      } catch {
        // Nothing to do: the plan stays in storage and comes back on reload.
      }
    }
    if ($activeId.get() === planId) $activeId.set(null);
    dropPlan(planId);
    notices.notify('deleted', planDeleted(planDisplayName(plan)));
    sync.schedule();
  }

  /**
   * Removes a plan without a notice or an undo of its own: for an action that takes itself back
   * (undo of a copy just made, of a new plan) and for the empty first plan an import replaces.
   */
  function discardPlan(planId: string): void {
    load();
    if (!$plans.get().some((p) => p.id === planId)) return;
    sync.flush();
    sync.forget(planId);
    if (state.storage && !state.untouchable.has(planId)) {
      try {
        state.storage.removeItem(planKey(planId));
      } catch {
        // Nothing to do: the plan stays in storage and comes back on reload.
      }
    }
    dropPlan(planId);
    sync.schedule();
  }

  function undoDelete(): Plan | null {
    if (!lastDeleted) return null;
    const { plan, position } = lastDeleted;
    lastDeleted = null;
    notices.clear('deleted');
    // Another tab put the plan back meanwhile (with what it typed there): that one stays, shown here.
    const back = $plans.get().find((p) => p.id === plan.id) ?? readBack(plan.id);
    if (back) {
      $activeId.set(back.id);
      sync.markIndexDirty();
      sync.schedule();
      return back;
    }
    const plans = [...$plans.get()];
    plans.splice(Math.min(position, plans.length), 0, plan);
    $plans.set(plans);
    sync.markAllDirty(plan);
    sync.markIndexDirty();
    $activeId.set(plan.id);
    sync.schedule();
    return plan;
  }

  /** A deleted plan that another tab stored again before this tab heard of it: read and listed here. */
  function readBack(planId: string): Plan | null {
    if (!state.storage || readItem(state.storage, planKey(planId)) === null) return null;
    const read = reader.readStoredPlan(planKey(planId));
    if (!read) return null;
    sync.remember(planId, read.raw, read.plan, read.refs);
    $plans.set([...$plans.get(), read.plan]);
    return read.plan;
  }

  /** A plan deleted in another tab, still shown here: store it again, as it is on screen. */
  function keepDeletedPlan(planId: string): void {
    const plan = $plans.get().find((p) => p.id === planId);
    state.deletedElsewhere.delete(planId);
    notices.clear('deleted-elsewhere', (n) => n.planId === planId);
    if (!plan) return;
    sync.forget(planId);
    sync.markAllDirty(plan);
    sync.markIndexDirty();
    sync.flush();
  }

  /** A plan deleted in another tab, still shown here: let it go here too. */
  function letGoDeletedPlan(planId: string): void {
    state.deletedElsewhere.delete(planId);
    notices.clear('deleted-elsewhere', (n) => n.planId === planId);
    sync.forget(planId);
    dropPlan(planId);
    sync.schedule();
  }

  return {
    insertPlan,
    /** Plans that can still come back (undo of a delete): their versions stay. */
    undoableIds: (): string[] => (lastDeleted ? [lastDeleted.plan.id] : []),
    /** The actions the store offers (createPlanStore spreads them into its own). */
    actions: {
      createNewPlan,
      duplicatePlan,
      addPlanCopy,
      saveSharedCopy,
      switchPlan,
      deletePlan,
      discardPlan,
      undoDelete,
      keepDeletedPlan,
      letGoDeletedPlan,
    },
  };
}

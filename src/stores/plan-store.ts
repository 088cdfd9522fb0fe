import {
  insertRow,
  matrixCell,
  moveRowIn,
  newRow,
  removeRowFrom,
  restoreRow,
  rowsOf,
  setFieldValue,
  setMatrixScore,
  updateRowCell,
  type Edit,
  type Row,
} from '../plan/edit/edits';
import { fitName, LIMITS, textProblem } from '../plan/model/limits';
import type { FieldPath } from '../plan/edit/merge';
import { firstPlanName, newPlanName } from '../plan/messages';
import { copyPlan, createPlan, planDisplayName } from '../plan/model/plan';
import { MATRIX_SCORES, type Plan, type SectionId } from '../plan/model/schema';
import { isPlanKey, KEYS, planIdFromKey, planIdFromPartKey, planKey, versionsKey } from './keys';
import { cellGone, copySuffix, nameNotRestorable, planDeleted, planGone, rowRemoved, rowWord } from './messages';
import type { ConflictChoice } from './notices';
import { createReader } from './reading';
import { createState, replacePlan, type Environment } from './state';
import { openStorage, readItem, storageKeys } from './storage';
import { createSync } from './sync';

export type { Environment, SaveStatus, StorageMode } from './state';
export type { Notice, NoticeKind } from './notices';

/** What a store action that writes a value answers: done, or refused with a Dutch reason (nothing changed). */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** Removed rows that undo can still bring back (the newest last). */
const MAX_UNDO_ROWS = 20;

interface RemovedRow {
  planId: string;
  section: SectionId;
  key: string;
  row: Row;
  index: number;
  names: RowNames | undefined;
}

/** How the reader calls a row and its table, for the undo notice: "Persoon "Marco" is verwijderd uit "DMU"". */
export interface RowNames {
  /** What one row is called ("persoon"). */
  item: string;
  /** The label of the table or list. */
  field: string;
  /** The row's own name (its first column), if it has one. */
  title?: string;
}

/**
 * The plan store: every plan of the reader, the active one, and the save status. It is the only
 * code that touches storage; components read the atoms and call the actions. It composes small
 * parts: notices (notices.ts), reading and salvage (reading.ts), autosave and the other tabs
 * (sync.ts; other-tabs.ts and conflicts.ts load when another tab writes), backup (backup.ts); the edits themselves are pure (src/plan/edit/edits.ts).
 *
 * Its invariant: every action leaves a plan that, once saved, reads back equal. An action that
 * would break that (a value that does not fit its field, a text over its limit) is refused: it
 * answers `{ ok: false, message }` and changes nothing.
 */
export function createPlanStore(env: Environment) {
  const state = createState(env);
  const { $plans, $activeId, $activePlan, $status, notices, now } = state;
  /** Companion stores (versions.ts) that follow keys other tabs change, or that this store writes for them. */
  const keyListeners = new Set<(key: string) => void>();
  const reader = createReader({ storage: () => state.storage, now, notices, untouchable: state.untouchable });
  const versionsWritten = (planId: string) => {
    for (const listener of keyListeners) listener(versionsKey(planId));
  };
  const sync = createSync(state, reader, (core) => import('./other-tabs').then((m) => m.createOtherTabs(core)), keyListeners, versionsWritten);
  let loaded = false;
  let lastDeleted: { plan: Plan; position: number } | null = null;
  const removedRows: RemovedRow[] = [];

  // ---------- loading ----------

  /** Reads everything from storage. Safe to call more than once; only the first call loads. */
  function load(): void {
    if (loaded) return;
    loaded = true;
    state.storage = openStorage(env.storage, KEYS.probe);
    if (!state.storage) {
      $status.set({ mode: 'memory', state: 'failed', message: null });
      // Rare words load when needed (messages/reading.ts): the notice shows a moment later.
      void reader.tell('memory', (w) => w.memoryOnly).then((message) => $status.set({ ...$status.get(), message }));
      const plan = createPlan(firstPlanName, now());
      $plans.set([plan]);
      $activeId.set(plan.id);
      sync.listen();
      return;
    }
    const index = reader.readIndex();
    const ids = storageKeys(state.storage).filter(isPlanKey).map(planIdFromKey);
    // An index that names a plan twice (an older bug) lists it once.
    const order = [...new Set([...(index?.order ?? []).filter((id) => ids.includes(id)), ...ids])];
    const plans: Plan[] = [];
    for (const id of order) {
      const read = reader.readStoredPlan(planKey(id));
      if (!read) continue;
      plans.push(read.plan);
      sync.remember(id, read.raw, read.plan, read.refs);
      // A mended plan is written back mended (its original is kept aside by the reader).
      if (read.repairs.length) sync.markAllDirty(read.plan);
    }
    if (plans.length === 0) {
      const plan = createPlan(firstPlanName, now());
      plans.push(plan);
      sync.markAllDirty(plan);
    }
    $plans.set(plans);
    $activeId.set(index?.activeId && plans.some((p) => p.id === index.activeId) ? index.activeId : plans[0]!.id);
    $status.set({ mode: 'storage', state: sync.hasPending() ? 'pending' : 'saved', message: null });
    if (!index || index.order.join() !== plans.map((p) => p.id).join()) sync.markIndexDirty();
    if (sync.hasPending()) sync.flush();
    sync.listen();
    checkBackupReminder();
  }

  // ---------- edits ----------

  function activePlanOrThrow(): Plan {
    load();
    const plan = $activePlan.get();
    if (!plan) throw new Error('No active plan');
    return plan;
  }

  /** Applies an edit to one plan: the new plan on screen, the field marked for saving. */
  function apply(planId: string, path: FieldPath, edit: Edit): WriteResult {
    if (!edit.ok) return edit;
    replacePlan(state, edit.plan);
    sync.markDirty(planId, path);
    sync.schedule();
    return { ok: true };
  }

  /** Sets one field of a section of the active plan. */
  function setField<S extends SectionId, K extends keyof Plan[S] & string>(section: S, key: K, value: Plan[S][K]): WriteResult {
    const plan = activePlanOrThrow();
    return apply(plan.id, `${section}.${key}`, setFieldValue(plan, section, key, value));
  }

  /** Adds an empty row (or list item) at the end, or after `afterId`; returns its id. */
  function addRow(section: SectionId, key: string, values: Record<string, unknown> = {}, afterId?: string): string {
    const plan = activePlanOrThrow();
    const row = newRow(section, key, values);
    apply(plan.id, `${section}.${key}`, { ok: true, plan: insertRow(plan, section, key, row, afterId) });
    return row.id;
  }

  function updateRow(section: SectionId, key: string, rowId: string, column: string, value: unknown): WriteResult {
    const plan = activePlanOrThrow();
    return apply(plan.id, `${section}.${key}`, updateRowCell(plan, section, key, rowId, column, value));
  }

  /** Moves a row up (-1) or down (+1); does nothing at the ends. */
  function moveRow(section: SectionId, key: string, rowId: string, delta: -1 | 1): void {
    const plan = activePlanOrThrow();
    apply(plan.id, `${section}.${key}`, { ok: true, plan: moveRowIn(plan, section, key, rowId, delta) });
  }

  /** Removes a row or list item; {@link undoRemove} brings it back. `names` words the undo notice. */
  function removeRow(section: SectionId, key: string, rowId: string, names?: RowNames): void {
    const plan = activePlanOrThrow();
    const { plan: next, removed } = removeRowFrom(plan, section, key, rowId);
    if (!removed) return;
    apply(plan.id, `${section}.${key}`, { ok: true, plan: next });
    removedRows.push({ planId: plan.id, section, key, ...removed, names });
    if (removedRows.length > MAX_UNDO_ROWS) removedRows.shift();
    announceRemoved();
  }

  function announceRemoved(): void {
    const last = removedRows.at(-1);
    if (!last) {
      notices.clear('row-removed');
      return;
    }
    notices.notify('row-removed', rowRemoved(last.names?.item ?? rowWord, last.names?.title?.trim() ?? '', last.names?.field));
  }

  /** Puts the last removed row or list item back where it was. */
  function undoRemove(): boolean {
    const last = removedRows.pop();
    if (!last) return false;
    const plan = $plans.get().find((p) => p.id === last.planId);
    if (plan) {
      const index = Math.min(last.index, rowsOf(plan, last.section, last.key).length);
      apply(plan.id, `${last.section}.${last.key}`, { ok: true, plan: restoreRow(plan, last.section, last.key, last.row, index) });
    }
    announceRemoved();
    return !!plan;
  }

  /** Scores one cell of the confrontation matrix; `null` clears it. */
  function setMatrixCell(rowId: string, colId: string, value: (typeof MATRIX_SCORES)[number] | null): WriteResult {
    const plan = activePlanOrThrow();
    return apply(plan.id, 'klantplan.matrix', setMatrixScore(plan, rowId, colId, value));
  }

  // ---------- plans ----------

  function renamePlan(name: string, planId?: string): WriteResult {
    load();
    const plan = $plans.get().find((p) => p.id === (planId ?? $activePlan.get()?.id));
    if (!plan) return { ok: false, message: planGone };
    const problem = textProblem('name', name);
    if (problem) return { ok: false, message: problem };
    return apply(plan.id, 'name', { ok: true, plan: { ...plan, name } });
  }

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

  /** Puts back the value of a conflict that is not on screen now (the other tab's, or this tab's own). */
  function useConflictValue(choice: ConflictChoice): WriteResult {
    load();
    const plan = $plans.get().find((p) => p.id === choice.planId);
    if (!plan) return { ok: false, message: planGone };
    let result: WriteResult;
    if (choice.path === 'name') {
      result = typeof choice.value === 'string' ? renamePlan(choice.value, plan.id) : { ok: false, message: nameNotRestorable };
    } else {
      const dot = choice.path.indexOf('.');
      const section = choice.path.slice(0, dot) as SectionId;
      const key = choice.path.slice(dot + 1);
      const path = choice.path as FieldPath;
      if (choice.rowId && choice.column) {
        result = apply(plan.id, path, updateRowCell(plan, section, key, choice.rowId, choice.column, choice.value));
      } else if (choice.column && key === 'matrix') {
        const [row, col] = choice.column.split(':');
        const score = MATRIX_SCORES.includes(choice.value as never) ? (choice.value as (typeof MATRIX_SCORES)[number]) : null;
        result = row && col ? apply(plan.id, path, setMatrixScore(plan, row, col, score)) : { ok: false, message: cellGone };
      } else {
        result = apply(plan.id, path, setFieldValue(plan, section, key, choice.value));
      }
    }
    if (result.ok) notices.clear('conflict', (n) => n.conflict?.where === choice.where && n.planId === choice.planId);
    return result;
  }

  // ---------- backup ----------

  /** The backup code loads on first export or import. */
  let backup: Promise<ReturnType<(typeof import('./backup'))['createBackupActions']>> | null = null;
  const backupActions = () =>
    (backup ??= import('./backup').then((m) =>
      m.createBackupActions(state, { flush: sync.flush, load, activePlan: activePlanOrThrow, insertPlan, discardPlan }),
    ));

  /** The JSON backup of one plan or all plans, ready to download. Remembers the export date. */
  async function exportPlans(which: 'active' | 'all'): Promise<{ fileName: string; text: string }> {
    return (await backupActions()).exportPlans(which);
  }

  /** Reads a backup file's text and adds its plans as new plans; a Dutch message for the status line. */
  async function importBackup(text: string): Promise<{ ok: boolean; message: string }> {
    return (await backupActions()).importBackup(text);
  }

  /** The raw text of data kept aside, for download. */
  function keptAsideText(key: string): string | null {
    return state.storage ? readItem(state.storage, key) : null;
  }

  /** Reminds the reader to make a backup: never made one, or the last is more than a week old. */
  function checkBackupReminder(): void {
    const storage = state.storage;
    if (!storage) return;
    const day = 24 * 3600 * 1000;
    // Only for work worth keeping: a plan edited after the day it was made.
    if (!$plans.get().some((p) => Date.parse(p.updatedAt) - Date.parse(p.createdAt) > day)) return;
    const last = readItem(storage, KEYS.lastExport);
    if (!last) void reader.tell('backup', (w) => w.backupNever);
    else if (now().getTime() - Date.parse(last) > 7 * day) void reader.tell('backup', (w) => w.backupOld);
  }

  /**
   * What the versions store (versions.ts, loaded only by the workbook) may use: storage, the
   * notices, and a signal for keys that change under it.
   */
  const versionHost = {
    load,
    flush: sync.flush,
    storage: () => state.storage,
    activePlan: () => $activePlan.get(),
    planIds: () => $plans.get().map((p) => p.id),
    addPlanCopy,
    keepAside: reader.keepAside,
    notify: notices.notify,
    /** A notice in words that load when needed (messages/reading.ts). */
    tell: reader.tell,
    /** Calls `listener` with every key another tab changes, and with versions keys this store writes. */
    onKeyChange(listener: (key: string) => void): () => void {
      keyListeners.add(listener);
      return () => keyListeners.delete(listener);
    },
    /** Plans that can still come back (undo of a delete): their versions stay. */
    undoableIds: (): string[] => (lastDeleted ? [lastDeleted.plan.id] : []),
  };

  return {
    $plans,
    $activeId,
    $activePlan,
    $status,
    $notices: notices.$notices,
    load,
    flush: sync.flush,
    /** Resolves once the code for other tabs is loaded (it loads when another tab is first seen at work). */
    mergeReady: sync.ready,
    setField,
    addRow,
    removeRow,
    undoRemove,
    moveRow,
    updateRow,
    setMatrixCell,
    matrixCell,
    renamePlan,
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
    useConflictValue,
    exportPlans,
    importBackup,
    keptAsideText,
    dismissNotice: notices.dismiss,
    versionHost,
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
export type VersionHost = PlanStore['versionHost'];

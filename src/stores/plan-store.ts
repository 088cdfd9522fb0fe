import { matrixCell } from '../plan/edit/edits';
import { firstPlanName } from '../plan/messages';
import { createPlan } from '../plan/model/plan';
import type { Plan } from '../plan/model/schema';
import { isPlanKey, KEYS, planIdFromKey, planKey, versionsKey } from './keys';
import { createPlanEdits } from './plan-edits';
import { createPlanList } from './plan-list';
import { createReader } from './reading';
import { createState, type Environment } from './state';
import { openStorage, readItem, storageKeys } from './storage';
import { createSync } from './sync';

export type { Environment, SaveStatus, StorageMode } from './state';
export type { Notice, NoticeKind } from './notices';
export type { RowNames, WriteResult } from './plan-edits';

/**
 * The plan store: every plan of the reader, the active one, and the save status. It is the only
 * code that touches storage; components read the atoms and call the actions. It composes small
 * parts: notices (notices.ts), reading and salvage (reading.ts), autosave and the other tabs
 * (sync.ts; other-tabs.ts and conflicts.ts load when another tab writes), the edits of a plan's
 * contents (plan-edits.ts; the edits themselves are pure, src/plan/edit/edits.ts), the list of
 * whole plans (plan-list.ts), backup (backup.ts).
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
  const edits = createPlanEdits(state, sync, load);
  const list = createPlanList(state, reader, sync, load);
  const { activePlanOrThrow } = edits;
  const { insertPlan } = list;
  const { discardPlan, addPlanCopy } = list.actions;

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
    undoableIds: list.undoableIds,
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
    ...edits.actions,
    matrixCell,
    ...list.actions,
    exportPlans,
    importBackup,
    keptAsideText,
    dismissNotice: notices.dismiss,
    versionHost,
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
export type VersionHost = PlanStore['versionHost'];

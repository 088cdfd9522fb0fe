import { toIsoDate } from '../plan/values/dates';
import { newId } from '../plan/model/ids';
import { planCompleteness } from '../plan/checks/completeness';
import { isDefaultName, planDisplayName } from '../plan/model/plan';
import { planLabel } from '../plan/model/plan-label';
import type { Plan } from '../plan/model/schema';
import { parses, writeOver } from './write-over';
import { feedbackKey, isPlanKey, KEYS, planIdFromKey } from './keys';
import { keptAside } from './messages/reading';
import { exportDateUnreadable, feedbackNotImported, imported, importedFeedbackUnreadable, importRefused } from './messages/backup';
import { readItem, storageKeys } from './storage';
import type { StoreState } from './state';

interface BackupDeps {
  flush: () => void;
  load: () => void;
  activePlan: () => Plan;
  /** Adds an imported plan as a new plan of the reader (not activated). */
  insertPlan: (plan: Plan, activate: boolean) => Plan;
  /** Removes a plan without a notice (the empty first plan an import replaces). */
  discardPlan: (planId: string) => void;
}

/** The plan the site made for a reader who had none, still untouched: an import takes its place. */
function untouchedFirstPlan(plans: readonly Plan[]): Plan | null {
  const [only] = plans;
  return plans.length === 1 && only && isDefaultName(only.name) && planCompleteness(only).filled === 0 ? only : null;
}

/**
 * The JSON backup: export and import. Loaded on first use (with transfer.ts): pages that never
 * export or import skip it.
 */
export function createBackupActions(state: StoreState, deps: BackupDeps) {
  /** The JSON backup of one plan or all plans, ready to download. Remembers the export date. */
  async function exportPlans(which: 'active' | 'all'): Promise<{ fileName: string; text: string }> {
    const [{ backupFileName, createBackup, serializeBackup }, { readReceived }] = await Promise.all([
      import('../plan/exchange/transfer'),
      import('../plan/feedback/received'),
    ]);
    deps.flush();
    const plans = which === 'all' ? state.$plans.get() : [deps.activePlan()];
    // The trainer feedback each plan received goes with it, so a backup restores all the reader has.
    const feedback: Record<string, ReturnType<typeof readReceived>['list']> = {};
    for (const plan of plans) {
      const raw = state.storage ? readItem(state.storage, feedbackKey(plan.id)) : null;
      if (raw === null) continue;
      try {
        feedback[plan.id] = readReceived(JSON.parse(raw), plan.id).list;
      } catch {
        // Unreadable feedback is kept aside by the feedback store when it is shown; it cannot go along.
      }
    }
    const text = serializeBackup(createBackup(plans, state.now(), feedback));
    if (state.storage) {
      const stamp = writeOver(state.storage, KEYS.lastExport, state.now().toISOString(), (raw) => !Number.isNaN(Date.parse(raw)), state.now());
      if (stamp.ok && stamp.aside) state.notices.notify('kept-aside', keptAside(exportDateUnreadable), { key: stamp.aside });
    }
    state.notices.clear('backup');
    return { fileName: backupFileName(plans, toIsoDate(state.now())), text };
  }

  /**
   * Reads a backup file's text and adds its plans as new plans (never replacing one: a plan
   * whose id exists already gets a new id). Returns a Dutch message for the status line.
   */
  async function importBackup(text: string): Promise<{ ok: boolean; message: string }> {
    deps.load();
    const [{ parseBackup, nothingRead }, { mergeReceived, readReceived, receivedFor, serializeReceived }] = await Promise.all([
      import('../plan/exchange/transfer'),
      import('../plan/feedback/received'),
    ]);
    const result = parseBackup(text);
    if (!result.ok) return { ok: false, message: importRefused(result.message, nothingRead) };
    const replaced = untouchedFirstPlan(state.$plans.get());
    // Ids taken: the plans listed here, and every plan stored, also those not opened (from a newer
    // version, or kept untouched): an import under such an id would never be written.
    const stored = state.storage ? storageKeys(state.storage).filter(isPlanKey).map(planIdFromKey) : [];
    const existing = new Set([...state.$plans.get().map((p) => p.id), ...stored, ...state.untouchable]);
    let last: Plan | null = null;
    let feedbackLost = 0;
    for (const plan of result.plans) {
      const incoming = existing.has(plan.id) ? { ...plan, id: newId() } : plan;
      existing.add(incoming.id);
      last = deps.insertPlan(incoming, false);
      const received = result.feedback[plan.id];
      if (!received?.length || !state.storage) {
        feedbackLost += state.storage ? 0 : (received?.length ?? 0);
        continue;
      }
      // Beside the new plan, with what an earlier plan of the same id left there (a plan deleted in an earlier visit).
      const key = feedbackKey(last.id);
      const before = readItem(state.storage, key);
      const read = (raw: string) => (parses(raw) ? readReceived(JSON.parse(raw), last!.id) : null);
      const current = before === null ? [] : (read(before)?.list ?? []);
      // What does not read there is copied aside before it is written over.
      const reads = (raw: string) => {
        const r = read(raw);
        return !!r && r.readable && r.unreadable === 0;
      };
      const written = writeOver(state.storage, key, serializeReceived(mergeReceived(current, receivedFor(received, last.id))), reads, state.now());
      if (!written.ok) feedbackLost += received.length;
      else if (written.aside) state.notices.notify('kept-aside', keptAside(importedFeedbackUnreadable), { key: written.aside });
    }
    if (last) state.$activeId.set(last.id);
    if (last && replaced) deps.discardPlan(replaced.id);
    deps.flush();
    const count = result.plans.length;
    const names = result.plans.map(planLabel).join(', ');
    const notes = feedbackLost ? [...result.notes, feedbackNotImported(feedbackLost)] : result.notes;
    return { ok: true, message: imported(count, names, notes.join(' '), replaced ? planDisplayName(replaced) : null) };
  }

  return { exportPlans, importBackup };
}

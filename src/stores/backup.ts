import { toIsoDate } from '../plan/dates';
import { newId } from '../plan/ids';
import { planLabel } from '../plan/plan-label';
import type { Plan } from '../plan/schema';
import { KEYS } from './keys';
import { imported, importRefused } from './messages/backup';
import { writeItem } from './storage';
import type { StoreState } from './state';

interface BackupDeps {
  flush: () => void;
  load: () => void;
  activePlan: () => Plan;
  /** Adds an imported plan as a new plan of the reader (not activated). */
  insertPlan: (plan: Plan, activate: boolean) => Plan;
}


/**
 * The JSON backup: export and import. Loaded on first use (with transfer.ts): pages that never
 * export or import skip it.
 */
export function createBackupActions(state: StoreState, deps: BackupDeps) {
  /** The JSON backup of one plan or all plans, ready to download. Remembers the export date. */
  async function exportPlans(which: 'active' | 'all'): Promise<{ fileName: string; text: string }> {
    const { backupFileName, createBackup, serializeBackup } = await import('../plan/transfer');
    deps.flush();
    const plans = which === 'all' ? state.$plans.get() : [deps.activePlan()];
    const text = serializeBackup(createBackup(plans, state.now()));
    if (state.storage) writeItem(state.storage, KEYS.lastExport, state.now().toISOString());
    state.notices.clear('backup');
    return { fileName: backupFileName(plans, toIsoDate(state.now())), text };
  }

  /**
   * Reads a backup file's text and adds its plans as new plans (never replacing one: a plan
   * whose id exists already gets a new id). Returns a Dutch message for the status line.
   */
  async function importBackup(text: string): Promise<{ ok: boolean; message: string }> {
    deps.load();
    const { parseBackup, nothingRead } = await import('../plan/transfer');
    const result = parseBackup(text);
    if (!result.ok) return { ok: false, message: importRefused(result.message, nothingRead) };
    const existing = new Set(state.$plans.get().map((p) => p.id));
    let last: Plan | null = null;
    for (const plan of result.plans) {
      const incoming = existing.has(plan.id) ? { ...plan, id: newId() } : plan;
      existing.add(incoming.id);
      last = deps.insertPlan(incoming, false);
    }
    if (last) state.$activeId.set(last.id);
    deps.flush();
    const count = result.plans.length;
    const names = result.plans.map(planLabel).join(', ');
    return { ok: true, message: imported(count, names, result.notes.join(' ')) };
  }

  return { exportPlans, importBackup };
}

import type { Plan } from '../plan/model/schema';
import { fieldDef, newRowOf } from '../plan/values/validate';
import { planStore } from '../stores';
import type { WriteResult } from '../stores/plan-store';

/**
 * Writing what the student changes on /presentatie/ and /interview/ with the store's generic
 * actions: a row of `presentatie.slides` or `presentatie.answers` has the code of its slide or
 * question as id, so the first change adds that row (setField with the table plus the new row)
 * and every change sets one cell (updateRow: the store's limits and refusals apply).
 */
export function writePresentationCell(field: 'slides' | 'answers', rowId: string, column: string, value: unknown): WriteResult {
  planStore.load();
  const plan = planStore.$activePlan.get();
  if (!plan) return { ok: true };
  const rows = plan.presentatie[field];
  if (!rows.some((row) => row.id === rowId)) {
    const row = newRowOf(fieldDef('presentatie', field)!, {}, rowId);
    const added = planStore.setField('presentatie', field, [...rows, row] as Plan['presentatie'][typeof field]);
    if (!added.ok) return added;
  }
  return planStore.updateRow('presentatie', field, rowId, column, value);
}

import {
  insertRow,
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
import { textProblem } from '../plan/model/limits';
import type { FieldPath } from '../plan/edit/merge';
import { MATRIX_SCORES, type Plan, type SectionId } from '../plan/model/schema';
import { cellGone, nameNotRestorable, planGone, rowRemoved, rowWord } from './messages';
import type { ConflictChoice } from './notices';
import { replacePlan, type StoreState } from './state';
import type { Sync } from './sync';

/** What a store action that writes a value answers: done, or refused with a Dutch reason (nothing changed). */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** How the reader calls a row and its table, for the undo notice: "Persoon "Marco" is verwijderd uit "DMU"". */
export interface RowNames {
  /** What one row is called ("persoon"). */
  item: string;
  /** The label of the table or list. */
  field: string;
  /** The row's own name (its first column), if it has one. */
  title?: string;
}

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

/**
 * The plan store's edits of the plans' contents: fields, rows, the matrix, a plan's name, and a
 * conflict's other value. Each is a pure edit (src/plan/edit/edits.ts) applied to the plan on
 * screen and marked for saving; an edit that would not read back equal is refused unchanged.
 */
export function createPlanEdits(
  /** The plan store's state, its autosave, and its loading on first use. */
  state: StoreState,
  sync: Sync,
  load: () => void,
) {
  const { $plans, $activePlan, notices } = state;
  const removedRows: RemovedRow[] = [];

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

  function renamePlan(name: string, planId?: string): WriteResult {
    load();
    const plan = $plans.get().find((p) => p.id === (planId ?? $activePlan.get()?.id));
    if (!plan) return { ok: false, message: planGone };
    const problem = textProblem('name', name);
    if (problem) return { ok: false, message: problem };
    return apply(plan.id, 'name', { ok: true, plan: { ...plan, name } });
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

  return {
    activePlanOrThrow,
    /** The actions the store offers (createPlanStore spreads them into its own). */
    actions: {
      setField,
      addRow,
      removeRow,
      undoRemove,
      moveRow,
      updateRow,
      setMatrixCell,
      renamePlan,
      useConflictValue,
    },
  };
}

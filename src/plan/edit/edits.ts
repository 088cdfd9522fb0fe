import { newId } from '../model/ids';
import { misfit, noSuchCell, noSuchColumn, noSuchField, rowGone } from '../messages';
import { MATRIX_SCORES, type Plan, type SectionId } from '../model/schema';
import { CELL_KEY_MAX, columnsOf, fieldDef, newRowOf } from '../values/validate';
import { checkValue } from '../values/values';

/**
 * Pure edits of a plan: each takes a plan and returns a new one (or refuses with a Dutch
 * message), never touching the old. The store applies them and saves; they hold no state.
 */

export type Row = { id: string } & Record<string, unknown>;

export type Edit = { ok: true; plan: Plan } | { ok: false; message: string };

const refused = (message: string): Edit => ({ ok: false, message });

/** The rows of a list or table field (an empty list when the field holds none). */
export function rowsOf(plan: Plan, section: SectionId, key: string): Row[] {
  const value = (plan[section] as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? (value as Row[]) : [];
}

function withField(plan: Plan, section: SectionId, key: string, value: unknown): Plan {
  return { ...plan, [section]: { ...plan[section], [key]: value } };
}

/** Sets one field of a section. */
export function setFieldValue(plan: Plan, section: SectionId, key: string, value: unknown): Edit {
  const def = fieldDef(section, key);
  if (!def) return refused(noSuchField);
  const checked = checkValue(def, value);
  return checked.ok ? { ok: true, plan: withField(plan, section, key, checked.value) } : checked;
}

/** A new row for a list or table, with every default and the given values. */
export function newRow(section: SectionId, key: string, values: Record<string, unknown> = {}, id = newId()): Row {
  const def = fieldDef(section, key);
  return def ? newRowOf(def, values, id) : { ...values, id };
}

/** Inserts a row at the end, or after the row `afterId`. */
export function insertRow(plan: Plan, section: SectionId, key: string, row: Row, afterId?: string): Plan {
  const rows = rowsOf(plan, section, key);
  const at = afterId ? rows.findIndex((r) => r.id === afterId) : -1;
  const next = at >= 0 ? [...rows.slice(0, at + 1), row, ...rows.slice(at + 1)] : [...rows, row];
  return withField(plan, section, key, next);
}

/** Puts a removed row back at its old position (or the end); it gets a new id if the old is taken. */
export function restoreRow(plan: Plan, section: SectionId, key: string, row: Row, index: number): Plan {
  const rows = rowsOf(plan, section, key);
  const back = rows.some((r) => r.id === row.id) ? { ...row, id: newId() } : row;
  return withField(plan, section, key, [...rows.slice(0, index), back, ...rows.slice(index)]);
}

/** Changes one cell of a row (a list item's cell is `text`). */
export function updateRowCell(plan: Plan, section: SectionId, key: string, rowId: string, column: string, value: unknown): Edit {
  const def = fieldDef(section, key);
  // A list's item is a row with one column, `text`.
  const cellDef = def ? columnsOf(def)[column] : undefined;
  if (!cellDef) return refused(noSuchColumn);
  const rows = rowsOf(plan, section, key);
  if (!rows.some((r) => r.id === rowId)) return refused(rowGone);
  const checked = checkValue(cellDef, value);
  if (!checked.ok) return checked;
  return {
    ok: true,
    plan: withField(
      plan,
      section,
      key,
      rows.map((r) => (r.id === rowId ? { ...r, [column]: checked.value } : r)),
    ),
  };
}

/** Removes a row; returns the row and where it stood, so it can be put back. */
export function removeRowFrom(plan: Plan, section: SectionId, key: string, rowId: string): { plan: Plan; removed: { row: Row; index: number } | null } {
  const rows = rowsOf(plan, section, key);
  const index = rows.findIndex((r) => r.id === rowId);
  if (index < 0) return { plan, removed: null };
  return {
    plan: withField(
      plan,
      section,
      key,
      rows.filter((r) => r.id !== rowId),
    ),
    removed: { row: rows[index]!, index },
  };
}

/** Moves a row up (-1) or down (+1); the same plan at the ends. */
export function moveRowIn(plan: Plan, section: SectionId, key: string, rowId: string, delta: -1 | 1): Plan {
  const rows = rowsOf(plan, section, key);
  const from = rows.findIndex((r) => r.id === rowId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= rows.length) return plan;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return withField(plan, section, key, next);
}

/** The key of a cell of the confrontation matrix. */
export const matrixCell = (rowId: string, colId: string) => `${rowId}:${colId}`;

/** Scores one cell of the confrontation matrix; `null` clears it. */
export function setMatrixScore(plan: Plan, rowId: string, colId: string, value: (typeof MATRIX_SCORES)[number] | null): Edit {
  if (value !== null && !MATRIX_SCORES.includes(value)) return refused(misfit.matrix);
  const matrix = { ...plan.klantplan.matrix };
  const cell = matrixCell(rowId, colId);
  if (cell.length > CELL_KEY_MAX) return refused(noSuchCell);
  if (value === null) delete matrix[cell];
  else matrix[cell] = value;
  return { ok: true, plan: { ...plan, klantplan: { ...plan.klantplan, matrix } } };
}

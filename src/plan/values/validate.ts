import { parseIsoDate } from './dates';
import type { ColumnDef, FieldDef } from '../model/kinds';
import { dateInRange, fitName, LIMITS } from '../model/limits';
import { newId } from '../model/ids';
import { untitledPlanName } from '../messages';
import { PLAN_STRUCTURE, SECTION_IDS, type Plan, type SectionId } from '../model/schema';

/**
 * Reading plans at the boundary (storage, imports, share links) and checking single values,
 * from the declaration in schema.ts. One rule per kind, in one table. Reading mends instead of
 * refusing: a value that does not fit its field is left out (the field gets its default) and
 * reported, so one damaged field never costs the rest of the plan.
 */

/** Longest id of a plan or a row. */
export const ID_MAX = 64;
/** Longest key of a matrix cell: two row ids and a colon. */
export const CELL_KEY_MAX = 2 * ID_MAX + 1 + 11;

/** Where a problem is: `['discover', 'dmu', 1, 'role']`. */
export type Path = ReadonlyArray<string | number>;

/** Something reading had to mend. */
export interface Repair {
  path: Path;
  /**
   * `unreadable`: the value did not fit its field and was left out (the field shows its default);
   * `shortened`: a name too long for its field was shortened; `new-id`: a row shared its id with
   * another row and got a fresh one, so editing one never changes the other.
   */
  kind: 'unreadable' | 'shortened' | 'new-id';
  /** The original value, so nothing is lost: the caller keeps it aside or offers it. */
  value: unknown;
}

/** Why a plan could not be read at all. */
export interface Issue {
  path: Path;
  problem: 'missing' | 'wrong-kind';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;
const isNumber = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));

/** Whether a value fits a field of this kind exactly as it is (no default filled in). One rule per kind. */
const FITS = {
  text: (v) => typeof v === 'string',
  longText: (v) => typeof v === 'string',
  reference: (v) => typeof v === 'string' && v.length <= CELL_KEY_MAX,
  date: (v) => typeof v === 'string' && (v === '' || (parseIsoDate(v) !== null && dateInRange(v))),
  number: isNumber,
  money: isNumber,
  percent: isNumber,
  score: (v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5),
  yesNo: (v) => typeof v === 'boolean',
  choice: (v, def) => v === '' || (typeof v === 'string' && (def as { options: readonly string[] }).options.includes(v)),
  list: (v) => Array.isArray(v) && v.every((row) => isObject(row) && isId(row['id']) && typeof row['text'] === 'string'),
  table: (v, def) =>
    Array.isArray(v) &&
    v.every(
      (row) =>
        isObject(row) && isId(row['id']) && Object.entries((def as { columns: Record<string, ColumnDef> }).columns).every(([key, col]) => fits(col, row[key])),
    ),
  matrix: (v, def) =>
    isObject(v) &&
    Object.entries(v).every(([cell, score]) => cell.length <= CELL_KEY_MAX && (def as { options: readonly string[] }).options.includes(score as string)),
} satisfies Record<FieldDef['kind'], (value: unknown, def: FieldDef) => boolean>;

/** The value of a field nobody filled in. One default per kind. */
const DEFAULTS = {
  text: () => '',
  longText: () => '',
  reference: () => '',
  date: () => '',
  number: () => null,
  money: () => null,
  percent: () => null,
  score: () => null,
  yesNo: () => false,
  choice: () => '',
  list: () => [],
  table: () => [],
  matrix: () => ({}),
} satisfies Record<FieldDef['kind'], () => unknown>;

/** Whether a value fits a field exactly as it is. */
export function fits(def: FieldDef, value: unknown): boolean {
  return FITS[def.kind](value, def);
}

/** A fresh default value for a field. */
export function defaultOf(def: FieldDef): unknown {
  return DEFAULTS[def.kind]();
}

/** The declaration of a field, or undefined for a key the structure does not know. */
export function fieldDef(section: SectionId, key: string): FieldDef | undefined {
  // A section that does not exist (a path from another tab's event, say) has no fields either.
  const fields = Object.hasOwn(PLAN_STRUCTURE, section) ? (PLAN_STRUCTURE[section] as Record<string, FieldDef>) : undefined;
  return fields && Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** The columns of a table or list field (a list item has one: `text`). */
export function columnsOf(def: FieldDef): Record<string, ColumnDef> {
  if (def.kind === 'table') return def.columns as Record<string, ColumnDef>;
  if (def.kind === 'list') return { text: { kind: 'text' } };
  return {};
}

/** A new row of a list or table: every column at its default, then the given values, and an id. */
export function newRowOf(def: FieldDef, values: Record<string, unknown> = {}, id = newId()): { id: string } & Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(columnsOf(def))) row[key] = key in values && fits(col, values[key]) ? values[key] : defaultOf(col);
  return { ...row, id };
}

/** Reads a field's value: a fitting value as is; a missing one as its default; anything else mended and reported. */
function readField(def: FieldDef, value: unknown, path: Path, repairs: Repair[]): unknown {
  if (value === undefined) return defaultOf(def);
  if (def.kind === 'list' || def.kind === 'table') {
    if (Array.isArray(value)) return readRows(def, value, path, repairs);
  } else if (def.kind === 'matrix') {
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [cell, score] of Object.entries(value)) {
        if (cell.length <= CELL_KEY_MAX && def.options.includes(score as string)) out[cell] = score;
        else repairs.push({ path: [...path, cell], kind: 'unreadable', value: score });
      }
      return out;
    }
  } else if (fits(def, value)) {
    return value;
  }
  repairs.push({ path, kind: 'unreadable', value });
  return defaultOf(def);
}

/** Rows of a list or table: readable cells stay, unreadable ones get their default; rows that are no row go. */
function readRows(def: FieldDef, rows: unknown[], path: Path, repairs: Repair[]): unknown[] {
  const columns = columnsOf(def);
  const seen = new Set<string>();
  const out: unknown[] = [];
  rows.forEach((row, index) => {
    if (!isObject(row)) {
      repairs.push({ path: [...path, index], kind: 'unreadable', value: row });
      return;
    }
    // Copy first: columns this version does not know stay.
    const read: Record<string, unknown> = { ...row };
    for (const [key, col] of Object.entries(columns)) read[key] = readField(col, row[key], [...path, index, key], repairs);
    if (!isId(read['id'])) read['id'] = newId();
    else if (seen.has(read['id'])) {
      repairs.push({ path: [...path, index], kind: 'new-id', value: read['id'] });
      read['id'] = newId();
    }
    seen.add(read['id'] as string);
    out.push(read);
  });
  return out;
}

/**
 * Reads a plan object of the current version: every section and field with its default where it
 * is missing, unreadable values mended and reported, everything unknown kept. Fails only when the
 * plan has no usable id.
 */
export function readPlanObject(raw: Record<string, unknown>): { ok: true; plan: Plan; repairs: Repair[] } | { ok: false; issues: Issue[] } {
  if (!isId(raw['id'])) return { ok: false, issues: [{ path: ['id'], problem: raw['id'] === undefined ? 'missing' : 'wrong-kind' }] };
  const repairs: Repair[] = [];
  const plan: Record<string, unknown> = { ...raw };
  const name = raw['name'];
  if (name === undefined) plan['name'] = untitledPlanName;
  else if (typeof name !== 'string') {
    repairs.push({ path: ['name'], kind: 'unreadable', value: name });
    plan['name'] = untitledPlanName;
  } else if (name.length > LIMITS.name) {
    repairs.push({ path: ['name'], kind: 'shortened', value: name });
    plan['name'] = fitName(name);
  }
  for (const stamp of ['createdAt', 'updatedAt']) if (typeof plan[stamp] !== 'string') plan[stamp] = '';
  for (const section of SECTION_IDS) {
    const value = raw[section];
    if (value !== undefined && !isObject(value)) repairs.push({ path: [section], kind: 'unreadable', value });
    const source = isObject(value) ? value : {};
    const read: Record<string, unknown> = { ...source };
    for (const [key, def] of Object.entries(PLAN_STRUCTURE[section] as Record<string, FieldDef>))
      read[key] = readField(def, source[key], [section, key], repairs);
    plan[section] = read;
  }
  return { ok: true, plan: plan as Plan, repairs };
}

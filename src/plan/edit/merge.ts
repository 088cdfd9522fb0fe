import { fieldPathLabel } from '../model/field-path';
import { jsonEqual } from '../values/json';
import { planNameField } from '../model/messages/field-path';
import type { Plan, SectionId } from '../model/schema';
import { fieldDef } from '../values/validate';

/** A field of a plan as the store tracks changes: the plan's name, or `section.key`. */
export type FieldPath = 'name' | `${SectionId}.${string}`;

/** The same value changed differently in two tabs. */
export interface Conflict {
  path: FieldPath;
  /** For a cell of a list or table: which row and column. */
  rowId?: string | undefined;
  column?: string | undefined;
  /** Where, in the reader's words. */
  where: string;
  /** This tab's value (kept) and the other tab's value (kept aside as a version). */
  mine: unknown;
  theirs: unknown;
}

type Row = { id: string } & Record<string, unknown>;

/**
 * Three-way merge of one plan: `base` is what this tab last saw stored, `mine` is this tab's
 * plan, `theirs` is what is stored now. Only the fields in `paths` changed here; every other
 * field is taken from `theirs`. Lists and tables merge by row id: rows added in either tab are
 * kept, a row removed in one tab goes unless the other tab changed it, and cells merge one by one.
 * Where both tabs changed the same value differently, this tab's value wins and the conflict is
 * returned, so the caller can keep the other value and tell the reader.
 */
export function mergePlans(base: Plan, mine: Plan, theirs: Plan, paths: Iterable<FieldPath>): { plan: Plan; conflicts: Conflict[] } {
  const plan = structuredClone(theirs);
  const conflicts: Conflict[] = [];
  for (const path of paths) {
    if (path === 'name') {
      plan.name = mergeValue(base.name, mine.name, theirs.name, () =>
        conflicts.push({ path, where: planNameField, mine: mine.name, theirs: theirs.name }),
      ) as string;
      continue;
    }
    const dot = path.indexOf('.');
    const section = path.slice(0, dot) as SectionId;
    const key = path.slice(dot + 1);
    const get = (p: Plan) => (p[section] as Record<string, unknown>)[key];
    const kind = fieldDef(section, key)?.kind;
    let merged: unknown;
    if (kind === 'list' || kind === 'table') {
      merged = mergeRows((get(base) ?? []) as Row[], (get(mine) ?? []) as Row[], (get(theirs) ?? []) as Row[], (rowId, column, index, m, t) =>
        conflicts.push({ path, rowId, column, where: fieldPathLabel(section, key, index, kind === 'list' ? undefined : column), mine: m, theirs: t }),
      );
    } else if (kind === 'matrix') {
      merged = mergeRecord(
        (get(base) ?? {}) as Record<string, unknown>,
        (get(mine) ?? {}) as Record<string, unknown>,
        (get(theirs) ?? {}) as Record<string, unknown>,
        (cell, m, t) => conflicts.push({ path, column: cell, where: fieldPathLabel(section, key), mine: m, theirs: t }),
      );
    } else {
      merged = mergeValue(get(base), get(mine), get(theirs), () =>
        conflicts.push({ path, where: fieldPathLabel(section, key), mine: get(mine), theirs: get(theirs) }),
      );
    }
    (plan[section] as Record<string, unknown>)[key] = structuredClone(merged);
  }
  return { plan, conflicts };
}

/** One value: whoever changed it wins; both changed it differently: mine, and a conflict. */
function mergeValue(base: unknown, mine: unknown, theirs: unknown, onConflict: () => void): unknown {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(theirs, mine)) return mine;
  onConflict();
  return mine;
}

function mergeRecord(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  onConflict: (key: string, mine: unknown, theirs: unknown) => void,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], () => onConflict(key, mine[key], theirs[key]));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeRows(
  base: Row[],
  mine: Row[],
  theirs: Row[],
  onConflict: (rowId: string, column: string, index: number, mine: unknown, theirs: unknown) => void,
): Row[] {
  const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const kept = new Map<string, Row>();
  for (const id of new Set([...m.keys(), ...t.keys()])) {
    const [old, my, their] = [b.get(id), m.get(id), t.get(id)];
    if (!old) {
      // Added here or there (or, against all odds, in both: cells merge as below).
      kept.set(id, my && their ? { ...their, ...my } : (my ?? their)!);
    } else if (!my) {
      // Removed here: gone, unless the other tab changed it meanwhile (its typing stays).
      if (!jsonEqual(their, old)) kept.set(id, their!);
    } else if (!their) {
      if (!jsonEqual(my, old)) kept.set(id, my);
    } else {
      const index = mine.indexOf(my);
      kept.set(id, mergeRecord(old, my, their, (column, a, c) => onConflict(id, column, index, a, c)) as Row);
    }
  }
  // Order: this tab's, if it moved rows; else the stored one. The other side's new rows go after
  // the row they followed there.
  const common = (rows: Row[]) => rows.filter((r) => b.has(r.id) && m.has(r.id)).map((r) => r.id);
  const movedHere =
    common(mine).join('\u0000') !==
    common(base)
      .filter((id) => m.has(id))
      .join('\u0000');
  const [primary, secondary] = movedHere ? [mine, theirs] : [theirs, mine];
  const order = primary.filter((r) => kept.has(r.id)).map((r) => r.id);
  secondary.forEach((row, i) => {
    if (!kept.has(row.id) || order.includes(row.id)) return;
    order.splice(anchor(secondary, i, order), 0, row.id);
  });
  return order.map((id) => kept.get(id)!);
}

/**
 * Where a row of `rows` (at `i`) goes in `order`: after the nearest earlier row that is there,
 * else before the nearest later one, else at the end.
 */
function anchor(rows: Row[], i: number, order: string[]): number {
  for (let j = i - 1; j >= 0; j--) {
    const at = order.indexOf(rows[j]!.id);
    if (at >= 0) return at + 1;
  }
  for (let j = i + 1; j < rows.length; j++) {
    const at = order.indexOf(rows[j]!.id);
    if (at >= 0) return at;
  }
  return order.length;
}

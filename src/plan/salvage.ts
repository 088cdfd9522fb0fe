import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { fieldInfo, rowId, tableColumns } from './fields';
import { fieldPathLabel } from './field-path';
import { newId } from './ids';
import { fitName, LIMITS } from './limits';
import { MATRIX_SCORES, SECTION_SCHEMAS, sectionShape, type Plan, type SectionId } from './schema';

/** Something reading had to mend, in the reader's words. */
export interface Repair {
  /** Where: "Stap 3 (Discover) › DMU: wie beslist mee › rij 2 › Laatste contact". */
  where: string;
  /**
   * `unreadable`: the value did not fit its field and was left out (the field shows its default);
   * `shortened`: a name too long for its field was shortened; `new-id`: a row shared its id with
   * another row and got a fresh one, so editing one never changes the other.
   */
  kind: 'unreadable' | 'shortened' | 'new-id';
  /** The original value, so nothing is lost: the caller keeps it aside or offers it. */
  value: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fits = (schema: $ZodType, value: unknown) => safeParse(schema, value).success;

/**
 * Mends a plan object (already migrated to the current version) field by field: every value that
 * does not fit its field is left out, so the field gets its default while every other field keeps
 * its data; rows keep their readable cells. Fields this version does not know are kept as they are.
 * Returns the mended object (still to be validated) and what was mended.
 */
export function salvagePlan(raw: Record<string, unknown>): { data: Record<string, unknown>; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const data: Record<string, unknown> = { ...raw };
  if (data['name'] !== undefined && typeof data['name'] !== 'string') {
    repairs.push({ where: 'Naam van het plan', kind: 'unreadable', value: data['name'] });
    delete data['name'];
  } else if (typeof data['name'] === 'string' && data['name'].length > LIMITS.name) {
    repairs.push({ where: 'Naam van het plan', kind: 'shortened', value: data['name'] });
    data['name'] = fitName(data['name']);
  }
  for (const stamp of ['createdAt', 'updatedAt']) {
    if (data[stamp] !== undefined && typeof data[stamp] !== 'string') delete data[stamp];
  }
  for (const section of Object.keys(SECTION_SCHEMAS) as SectionId[]) {
    const value = data[section];
    if (value === undefined) continue;
    if (!isObject(value)) {
      repairs.push({ where: fieldPathLabel(section), kind: 'unreadable', value });
      delete data[section];
      continue;
    }
    data[section] = salvageSection(section, value, repairs);
  }
  return { data, repairs };
}

function salvageSection(section: SectionId, raw: Record<string, unknown>, repairs: Repair[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const [key, schema] of Object.entries(sectionShape(section))) {
    if (!(key in raw) || raw[key] === undefined) continue;
    const value = raw[key];
    if (fits(schema, value)) continue;
    const kind = fieldInfo(schema)?.kind;
    if ((kind === 'lijst' || kind === 'tabel') && Array.isArray(value)) {
      out[key] = salvageRows(section, key, schema, value, repairs);
    } else if (kind === 'matrix' && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).filter(([cell, score]) => {
          const ok = cell.length <= 140 && MATRIX_SCORES.includes(score as (typeof MATRIX_SCORES)[number]);
          if (!ok) repairs.push({ where: `${fieldPathLabel(section, key)} › ${cell.slice(0, 40)}`, kind: 'unreadable', value: score });
          return ok;
        }),
      );
    } else {
      repairs.push({ where: fieldPathLabel(section, key), kind: 'unreadable', value });
      delete out[key];
    }
  }
  return out;
}

function salvageRows(section: SectionId, key: string, schema: $ZodType, rows: unknown[], repairs: Repair[]): unknown[] {
  const columns = tableColumns(schema);
  const out: unknown[] = [];
  rows.forEach((row, index) => {
    if (!isObject(row)) {
      repairs.push({ where: fieldPathLabel(section, key, index), kind: 'unreadable', value: row });
      return;
    }
    const mended: Record<string, unknown> = { ...row };
    for (const [column, columnSchema] of Object.entries(columns)) {
      if (column in row && row[column] !== undefined && !fits(columnSchema, row[column])) {
        repairs.push({ where: fieldPathLabel(section, key, index, column), kind: 'unreadable', value: row[column] });
        delete mended[column];
      }
    }
    if (!fits(rowId, mended['id'])) mended['id'] = newId();
    out.push(mended);
  });
  return out;
}

/**
 * Gives every row that shares its id with an earlier row of the same list or table a fresh id
 * (an imported file can hold such rows; editing one would change both). Changes the plan in place.
 */
export function giveDuplicateRowsNewIds(plan: Plan, repairs: Repair[]): void {
  for (const section of Object.keys(SECTION_SCHEMAS) as SectionId[]) {
    for (const [key, schema] of Object.entries(sectionShape(section))) {
      const kind = fieldInfo(schema)?.kind;
      if (kind !== 'lijst' && kind !== 'tabel') continue;
      const rows = (plan[section] as Record<string, Array<{ id: string }>>)[key]!;
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.id)) {
          repairs.push({ where: fieldPathLabel(section, key, index), kind: 'new-id', value: row.id });
          row.id = newId();
        }
        seen.add(row.id);
      });
    }
  }
}

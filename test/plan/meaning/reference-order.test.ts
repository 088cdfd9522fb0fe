import { describe, expect, it } from 'vitest';
import { MEANING } from '../../../src/plan/meaning';
import type { ColumnDef, FieldDef } from '../../../src/plan/model/kinds';
import { PLAN_STRUCTURE, SECTION_IDS } from '../../../src/plan/model/schema';

/**
 * A reference is a choice between the rows of another table. When that table is on the same
 * worksheet, it must come first: a student fills a worksheet from top to bottom, and a choice
 * whose options are typed further down stays empty until the student scrolls down and back
 * (issue 27 §9: "Dient strategie" in step 6, which pointed to the strategies below it).
 */
describe.each(SECTION_IDS)('the worksheet of %s', (section) => {
  const meaning = MEANING[section];
  const order = (meaning.groups ?? [{ fields: Object.keys(PLAN_STRUCTURE[section]) }]).flatMap((g) => [...g.fields]) as string[];

  it('shows every field once, in its groups, in the order the plan declares them (the PDF and the Word document print that order)', () => {
    expect(order).toEqual(Object.keys(PLAN_STRUCTURE[section]));
  });

  it('shows a table a reference chooses from before the field that chooses', () => {
    const late: string[] = [];
    for (const [key, def] of Object.entries(PLAN_STRUCTURE[section] as Record<string, FieldDef>)) {
      const columns: Array<[string, ColumnDef | FieldDef]> = def.kind === 'table' ? Object.entries(def.columns) : [[key, def]];
      for (const [column, col] of columns) {
        if (col.kind !== 'reference' || 'matrix' in col.ref || col.ref.section !== section) continue;
        if (order.indexOf(col.ref.field) > order.indexOf(key)) late.push(`${key}.${column} → ${col.ref.field}`);
      }
    }
    expect(late).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/plan/checks';
import { planCompleteness } from '../../src/plan/completeness';
import { examplePlan } from '../../src/plan/example-plan';
import { fieldInfo, tableColumns } from '../../src/plan/fields';
import { refLabel } from '../../src/plan/references';
import { sectionFields } from '../../src/plan/walk';
import { SECTION_SCHEMAS, type SectionId } from '../../src/plan/schema';

describe('the example plan', () => {
  const plan = examplePlan();

  it('fills every field of every step', () => {
    const c = planCompleteness(plan);
    expect(c.cover.missing).toEqual([]);
    for (const step of c.steps) expect(step.missing, `step ${step.step.number}`).toEqual([]);
  });

  it('passes every workbook check', () => {
    expect(runChecks(plan).filter((c) => !c.ok)).toEqual([]);
  });

  it('has no reference that points nowhere', () => {
    for (const section of Object.keys(SECTION_SCHEMAS) as SectionId[]) {
      for (const { key, schema, info } of sectionFields(section)) {
        if (info.kind !== 'tabel') continue;
        for (const [column, colSchema] of Object.entries(tableColumns(schema))) {
          const colInfo = fieldInfo(colSchema);
          if (colInfo?.kind !== 'verwijzing' || !colInfo.ref) continue;
          for (const row of (plan[section] as Record<string, Array<Record<string, string>>>)[key]!) {
            expect(refLabel(plan, colInfo.ref, row[column]!), `${section}.${key}.${column} = ${row[column]}`).not.toBeNull();
          }
        }
      }
    }
  });

  it('is a fresh copy every time, so nobody can change the original', () => {
    const a = examplePlan();
    a.cover.title = 'gewijzigd';
    expect(examplePlan().cover.title).toBe('Accountplan Zorggroep Lindenhof 2027');
  });
});

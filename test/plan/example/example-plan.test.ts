import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/plan/checks';
import { planCompleteness } from '../../../src/plan/checks/completeness';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { refLabel } from '../../../src/plan/model/references';
import { fieldColumns, sectionFields } from '../../../src/plan/model/field-entries';
import { SECTION_IDS } from '../../../src/plan/model/schema';

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
    for (const section of SECTION_IDS) {
      for (const entry of sectionFields(section)) {
        const { key, info } = entry;
        if (info.kind !== 'table') continue;
        for (const { key: column, info: colInfo } of fieldColumns(entry)) {
          if (colInfo.kind !== 'reference' || !colInfo.ref) continue;
          for (const row of (plan[section] as Record<string, Array<Record<string, string>>>)[key]!) {
            // "Rapporteert aan" may be empty: the top of the organisation reports to no one in the DMU.
            if (column === 'reportsTo' && !row[column]) continue;
            // A budget line may serve no opportunity, when it says why.
            if (section === 'develop' && key === 'budget' && column === 'opportunity' && !row[column] && row['noOpportunity']!.trim()) continue;
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

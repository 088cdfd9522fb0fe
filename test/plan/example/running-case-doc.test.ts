import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayValue } from '../../../src/plan/values/display';
import { fig, type FigureName } from '../../../src/plan/example/example-facts';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { formatEuro, formatPercent } from '../../../src/plan/values/format';
import { revenueBridge } from '../../../src/plan/finance/bridge';
import { reviewDates } from '../../../src/plan/method/reviews';
import { lineCost } from '../../../src/plan/finance/totals';
import { SECTION_IDS } from '../../../src/plan/model/schema';
import { fieldColumns, sectionFields } from '../../../src/plan/model/field-entries';

/**
 * docs/running-case.md tells the story of the example; it must not tell other figures than the
 * plan holds. Every amount, percentage and ISO date in it must be a value of the example plan (as
 * stored or as shown) or a figure derived from it.
 */
const doc = readFileSync('docs/running-case.md', 'utf8');

function valuesOfTheExample(): Set<string> {
  const plan = examplePlan();
  const out = new Set<string>();
  const add = (raw: unknown, shown: string) => {
    if (raw !== null && raw !== undefined && raw !== '') out.add(String(raw));
    if (shown) out.add(shown);
  };
  for (const section of SECTION_IDS) {
    for (const entry of sectionFields(section)) {
      const { key, info } = entry;
      const value = (plan[section] as Record<string, unknown>)[key];
      if (info.kind === 'table') {
        for (const row of value as Array<Record<string, unknown>>) {
          for (const { key: column, info: columnInfo } of fieldColumns(entry)) {
            add(row[column], displayValue(plan, columnInfo, row[column]));
          }
        }
      } else if (info.kind !== 'list' && info.kind !== 'matrix') add(value, displayValue(plan, info, value));
    }
  }
  // Figures the lessons derive from the plan, and the numbers behind the budget's costs.
  const names: FigureName[] = [
    'budgetCost',
    'budgetExtraRevenue',
    'budgetExtraMargin',
    'budgetBalance',
    'budgetHoursCost',
    'nextYearMargin',
    'nextYearBalance',
    'pipelineTotal',
    'pipelineWeighted',
    'revenueGrowth',
    'pilotCost',
    'lastGrossMargin',
    'planGrossMargin',
    'bridgeBase',
    'bridgeGrowth',
    'bridgeExisting',
    'bridgeNewBusiness',
    'bridgeExpected',
    'bridgeTarget',
    'bridgeGap',
    'bridgeGapPercent',
    'bridgeTolerance',
    'baseGrowth',
    'sensitivityExpected',
    'sensitivityGap',
    'sensitivityBalance',
  ];
  for (const name of names) out.add(fig(name));
  // What each opportunity brings in the plan year (the rows of the build-up), and the target's growth on last year.
  const bridge = revenueBridge(plan);
  for (const o of bridge.opportunities) out.add(formatEuro(Math.abs(o.contribution)));
  out.add(formatPercent(Math.round((bridge.target! / bridge.base!.revenue - 1) * 1000) / 10));
  // The cost of each budget line, computed from its hours, rate and other costs.
  for (const row of plan.develop.budget) out.add(formatEuro(lineCost(row)));
  for (const date of reviewDates(plan.schedule)) out.add(date);
  out.add(plan.createdAt.slice(0, 10)).add(plan.updatedAt.slice(0, 10));
  for (const text of [
    plan.cover.summary,
    plan.develop.financeNote,
    plan.develop.baseGrowthNote,
    ...plan.envision.salesPlanPoints.map((p) => p.text),
    ...plan.adapt.kpiChecks.map((k) => k.value),
    ...plan.actie.actions.map((a) => a.resources),
    ...plan.adapt.signals.map((s) => s.change),
  ]) {
    for (const m of text.matchAll(/€ [\d.]+|\d+(?:,\d+)?%/g)) out.add(m[0]);
  }
  return out;
}

describe('docs/running-case.md', () => {
  const known = valuesOfTheExample();
  const figures = [...new Set(doc.match(/€ [\d.,]*\d|\d+(?:,\d+)?%|\b\d{4}-\d{2}-\d{2}\b/g) ?? [])];

  it('quotes figures at all (so this test has something to check)', () => {
    expect(figures.length).toBeGreaterThan(20);
  });

  it.each(figures)('holds %s, a value of the example plan', (figure) => {
    expect(known.has(figure)).toBe(true);
  });

  it('points to no file outside the repository', () => {
    expect(doc).not.toMatch(/\.\.\/|\/work\/|shared\//);
  });
});

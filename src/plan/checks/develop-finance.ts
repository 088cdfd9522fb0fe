import { BRIDGE_TOLERANCE, revenueBridge } from '../finance/bridge';
import { planYear, quarterTotals } from '../finance/totals';
import { formatEuro, formatPercent } from '../values/format';
import { check, filled, finding, has, missingParts, rows, self, whenMissing } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The budget and finance items of lesson 6's checklist (develop.ts lists them after the others). */
export const BUDGET_AND_FINANCE: StepItem[] = [
  check({
    id: 'budget-posten',
    field: 'develop.budget',
    text: 'Elke post in het budget heeft kosten, en dient een verkoopkans of zegt waarom niet.',
    run: (plan) => {
      const list = rows(plan.develop.budget);
      if (!list.length) return [finding('develop.budget', say.budgetEmpty)];
      const opportunities = new Set(plan.develop.opportunities.map((o) => o.id));
      return list.flatMap((row, i) => {
        const name = say.budgetLineName(say.quote(row.item, say.onLine(i)));
        const out: Finding[] = [];
        const costs = (has(row.hours) && has(row.rate)) || has(row.otherCost);
        const missing = missingParts([!filled(row.item) && say.aName, !costs && say.costs]);
        if (missing.length) out.push(finding('develop.budget', say.rowMissing(name, missing)));
        if (!opportunities.has(row.opportunity) && !filled(row.noOpportunity))
          out.push(finding('develop.budget', row.opportunity ? say.lineServesRemovedOpportunity(name) : say.lineServesNoOpportunity(name)));
        return out;
      });
    },
  }),
  check({
    id: 'budget-uren',
    field: 'develop.budget',
    text: 'Het budget telt de extra uren van de acties, met een uurtarief.',
    run: (plan) => {
      const withHours = rows(plan.develop.budget).filter((r) => has(r.hours) && r.hours > 0);
      if (!withHours.length) return [finding('develop.budget', say.budgetWithoutHours)];
      return withHours.filter((r) => !has(r.rate)).map((r) => finding('develop.budget', say.hoursWithoutRate(say.quote(r.item, say.unnamed))));
    },
  }),
  check({
    id: 'financien-jaren',
    field: 'develop.planYears',
    text: 'De planjaren en kwartalen hebben omzet en marge; de kwartalen tellen op tot het planjaar.',
    run: (plan) => {
      const out: Finding[] = [];
      const years = rows(plan.develop.planYears);
      const year = planYear(plan);
      for (const [i, row] of years.entries()) {
        const missing = missingParts([!has(row.year) && say.wordYear, !has(row.revenue) && say.wordRevenue, !has(row.margin) && say.wordMargin]);
        if (missing.length)
          out.push(finding('develop.planYears', say.planYearMissing(has(row.year) ? say.planYearName(row.year) : say.planYearLine(i), missing)));
      }
      if (year !== null && !years.some((r) => r.year === year)) out.push(finding('develop.planYears', say.fillPlanYear(year)));
      if (year === null && !years.length) out.push(finding('develop.planYears', say.fillAPlanYear));
      const last = Math.max(...plan.envision.history.map((h) => h.year ?? -Infinity));
      for (const row of years) if (has(row.year) && row.year <= last) out.push(finding('develop.planYears', say.planYearInHistory(row.year)));
      const quarters = rows(plan.develop.quarters);
      const given = new Set(quarters.map((q) => q.quarter).filter(Boolean));
      if (given.size < 4 || quarters.length !== 4) out.push(finding('develop.quarters', say.fourQuarters));
      if (quarters.some((q) => !has(q.revenue) || !has(q.margin))) out.push(finding('develop.quarters', say.quarterFigures));
      const t = quarterTotals(plan);
      if (given.size === 4 && t.target !== null && t.year !== null && t.revenue !== t.target)
        out.push(finding('develop.quarters', say.quartersDoNotAddUp(formatEuro(t.revenue), t.year, formatEuro(t.target))));
      return out;
    },
  }),
  check({
    id: 'omzetopbouw',
    field: 'develop.baseGrowth',
    text: `Je omzetdoel is opgebouwd uit de bestaande omzet en je verkoopkansen, en ligt er niet meer dan ${BRIDGE_TOLERANCE}% boven.`,
    run: (plan) => {
      const d = plan.develop;
      const out = whenMissing('develop.baseGrowth', say.bridgeMissing, [
        !has(d.baseGrowth) && say.theBaseGrowth,
        !filled(d.baseGrowthNote) && say.whyThatGrowth,
      ]);
      const b = revenueBridge(plan);
      if (b.backed === false && b.base && b.year !== null && b.target !== null && b.gap !== null && b.gapPercent !== null) {
        out.push(
          finding(
            'develop.baseGrowth',
            say.targetAboveBridge(
              b.year,
              formatEuro(b.target),
              formatEuro(b.gap),
              formatEuro(b.expected),
              formatPercent(b.gapPercent),
              formatPercent(BRIDGE_TOLERANCE),
            ),
          ),
        );
      }
      return out;
    },
  }),
  check({
    id: 'financien-toelichting',
    field: 'develop.financeNote',
    text: 'Je legt uit wat het plan oplevert tegenover wat het kost.',
    run: (plan) => (filled(plan.develop.financeNote) ? [] : [finding('develop.financeNote', say.writeFinanceNote)]),
  }),
  self({ id: 'financien-haalbaar', text: 'De jaren na het planjaar en de kwartalen passen bij de data van je verkoopkansen.' }),
];

import { planYear, quarterTotals } from '../finance/totals';
import { formatEuro } from '../values/format';
import { check, filled, finding, has, missingParts, rows, self } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The budget and finance items of lesson 6's checklist (develop.ts lists them after the others). */
export const BUDGET_AND_FINANCE: StepItem[] = [
  check({
    id: 'budget-posten',
    field: 'develop.budget',
    text: 'Elke post in het budget heeft kosten en een extra brutomarge die niet hoger is dan de extra omzet.',
    run: (plan) => {
      const list = rows(plan.develop.budget);
      if (!list.length) return [finding('develop.budget', say.budgetEmpty)];
      return list.flatMap((row, i) => {
        const name = say.budgetLineName(say.quote(row.item, say.onLine(i)));
        const out: Finding[] = [];
        const costs = (has(row.hours) && has(row.rate)) || has(row.otherCost);
        const missing = missingParts([!filled(row.item) && say.aName, !costs && say.costs, !has(row.returns) && say.expectedExtraMargin]);
        if (missing.length) out.push(finding('develop.budget', say.rowMissing(name, missing)));
        if (has(row.returns) && row.returns > 0 && !has(row.extraRevenue)) out.push(finding('develop.budget', say.marginWithoutRevenue(name)));
        if (has(row.returns) && has(row.extraRevenue) && row.returns > row.extraRevenue) out.push(finding('develop.budget', say.marginAboveRevenue(name)));
        return out;
      });
    },
  }),
  check({
    id: 'budget-uren',
    field: 'develop.budget',
    text: 'Het budget telt ook de uren die de acties kosten, elk met een uurtarief.',
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
        if (missing.length) out.push(finding('develop.planYears', say.planYearMissing(has(row.year) ? say.planYearName(row.year) : say.planYearLine(i), missing)));
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
      if (given.size === 4 && t.target !== null && t.year !== null && t.revenue !== t.target) out.push(finding('develop.quarters', say.quartersDoNotAddUp(formatEuro(t.revenue), t.year, formatEuro(t.target))));
      return out;
    },
  }),
  check({
    id: 'financien-toelichting',
    field: 'develop.financeNote',
    text: 'Je legt uit wat het plan oplevert tegenover wat het kost.',
    run: (plan) => (filled(plan.develop.financeNote) ? [] : [finding('develop.financeNote', say.writeFinanceNote)]),
  }),
  self({ id: 'financien-haalbaar', text: 'De groei per jaar en per kwartaal past bij je verkoopkansen.' }),
];

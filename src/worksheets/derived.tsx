import { formatDateNl } from '../plan/values/dates';
import { formatEuro, formatNumber, formatPercent, shownLike } from '../plan/values/format';
import { reviewDates } from '../plan/method/reviews';
import type { Plan } from '../plan/model/schema';
import { budgetTotals, lineCost, pipelineTotals, quarterTotals } from '../plan/finance/totals';
import { FinanceOverview } from './finance-overview';
import * as say from './messages/derived';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

/**
 * Values that follow from what the reader typed, shown under the field they follow from. In a
 * chunk of their own: only steps 2 and 6 show them.
 */

/** A sentence as the list of its parts, with the figures (the odd parts) in bold. */
const bold = (parts: string[]) => parts.map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part));

/** The review dates that follow from the validity period and the rhythm (step 2). */
export function ReviewDates() {
  const schedule = useSection('schedule', useIsReady());
  const dates = schedule ? reviewDates(schedule) : [];
  return (
    <p className="derived" aria-live="polite">
      {dates.length ? say.reviewDates(dates.map(formatDateNl).join(', ')) : say.reviewDatesWait}
    </p>
  );
}

/** The cost of every budget line and the totals of the budget (step 6), with what it yields on new business. */
export function BudgetTotals() {
  const ready = useIsReady();
  const develop = useSection('develop', ready);
  const envision = useSection('envision', ready);
  const schedule = useSection('schedule', ready);
  const cover = useSection('cover', ready);
  const rows = develop?.budget ?? [];
  const plan = {
    develop: develop ?? ({ budget: [], opportunities: [], planYears: [], baseGrowth: null } as never),
    envision: envision ?? ({ history: [] } as never),
    schedule: schedule ?? ({ validFrom: '' } as never),
    cover: cover ?? ({ periodFrom: '' } as never),
  };
  const { hours, hoursCost, cost, extraRevenue, returns, balance, returnOnCost } = budgetTotals(plan);
  const costed = rows.filter((r) => lineCost(r) !== null);
  return (
    <div className="derived totals" aria-live="polite">
      {costed.length ? (
        <p>
          {say.costPerLine}{' '}
          {costed.map((r, i) => (
            <span key={r.id}>
              {i ? ' · ' : ''}
              {r.item.trim() || say.unnamedLine(rows.indexOf(r))} <strong>{formatEuro(lineCost(r))}</strong>
            </span>
          ))}
        </p>
      ) : null}
      <p>
        {returns === null || balance === null
          ? bold(say.budgetCostOnly(formatNumber(hours), formatEuro(hoursCost), formatEuro(cost)))
          : bold(
              say.budgetTotal(formatNumber(hours), formatEuro(hoursCost), formatEuro(cost), formatEuro(extraRevenue), formatEuro(returns), formatEuro(balance)),
            )}
        {returnOnCost !== null ? bold(say.returnOnCost(formatPercent(returnOnCost))) : null}
      </p>
    </div>
  );
}

/** Under the plan years (step 6): every year with its gross margin, and the chart. */
export function PlanYears() {
  const ready = useIsReady();
  const develop = useSection('develop', ready);
  const envision = useSection('envision', ready);
  // Not a live region: the table and the chart would be read out whole on every change.
  return (
    <div className="derived">
      <FinanceOverview plan={{ develop: develop ?? ({ planYears: [] } as never), envision: envision ?? ({ history: [] } as never) }} />
    </div>
  );
}

/** Under the quarters (step 6): their totals against the revenue planned for the plan year. */
export function QuarterTotals() {
  const ready = useIsReady();
  const develop = useSection('develop', ready);
  const schedule = useSection('schedule', ready);
  const cover = useSection('cover', ready);
  const t = quarterTotals({
    develop: develop ?? ({ quarters: [], planYears: [] } as never),
    schedule: schedule ?? ({ validFrom: '' } as never),
    cover: cover ?? ({ periodFrom: '' } as never),
  });
  return (
    <p className="derived totals" aria-live="polite">
      {bold(say.quarterTotal(formatEuro(t.revenue), formatEuro(shownLike(t.grossMargin, t.revenue))))}
      {t.target !== null && t.year !== null
        ? t.revenue === t.target
          ? say.quartersMatch(t.year)
          : say.quartersDiffer(t.year, formatEuro(t.target), t.revenue < t.target, formatEuro(Math.abs(t.target - t.revenue)))
        : null}
    </p>
  );
}

/** The total and weighted value of the sales opportunities (step 6). */
export function PipelineTotals() {
  const develop = useSection('develop', useIsReady());
  const { total, weighted } = pipelineTotals({ develop: develop ?? { opportunities: [] } } as unknown as Plan);
  return (
    <p className="derived totals" aria-live="polite">
      {bold(say.pipelineTotal(formatEuro(total), formatEuro(weighted)))}
    </p>
  );
}

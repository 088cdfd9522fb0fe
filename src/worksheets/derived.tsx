import { formatDateNl } from '../plan/dates';
import { formatEuro, formatNumber } from '../plan/format';
import { reviewDates } from '../plan/reviews';
import type { Plan } from '../plan/schema';
import { budgetTotals, pipelineTotals } from '../plan/totals';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

/**
 * Values that follow from what the reader typed, shown under the field they follow from. In a
 * chunk of their own: only steps 2 and 6 show them.
 */

/** The review dates that follow from the validity period and the rhythm (step 2). */
export function ReviewDates() {
  const schedule = useSection('schedule', useIsReady());
  const dates = schedule ? reviewDates(schedule) : [];
  return (
    <p className="derived" aria-live="polite">
      {dates.length ? `Evaluatiemomenten: ${dates.map(formatDateNl).join(', ')}.` : 'Vul de geldigheidsperiode en het ritme in; dan verschijnen hier de evaluatiemomenten.'}
    </p>
  );
}

/** The totals of the budget (step 6). */
export function BudgetTotals() {
  const develop = useSection('develop', useIsReady());
  const { hours, cost, extraRevenue, returns, balance } = budgetTotals({ develop: develop ?? { budget: [] } } as unknown as Plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totaal: <strong>{formatNumber(hours)} uur</strong> · kosten <strong>{formatEuro(cost)}</strong> · extra omzet <strong>{formatEuro(extraRevenue)}</strong> · extra
      brutomarge <strong>{formatEuro(returns)}</strong> · saldo (extra brutomarge min kosten) <strong>{formatEuro(balance)}</strong>
    </p>
  );
}

/** The total and weighted value of the sales opportunities (step 6). */
export function PipelineTotals() {
  const develop = useSection('develop', useIsReady());
  const { total, weighted } = pipelineTotals({ develop: develop ?? { opportunities: [] } } as unknown as Plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totale verwachte omzet: <strong>{formatEuro(total)}</strong> · gewogen met de waarschijnlijkheid: <strong>{formatEuro(weighted)}</strong>
    </p>
  );
}

import { formatEuro, formatNumber } from '../../plan/format';
import type { Plan } from '../../plan/schema';
import { budgetTotals, pipelineTotals } from '../../plan/totals';
import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

function Totals({ plan }: { plan: Plan }) {
  const { hours, cost, extraRevenue, returns, balance } = budgetTotals(plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totaal: <strong>{formatNumber(hours)} uur</strong> · kosten <strong>{formatEuro(cost)}</strong> · extra omzet <strong>{formatEuro(extraRevenue)}</strong> · extra
      brutomarge <strong>{formatEuro(returns)}</strong> · saldo (extra brutomarge min kosten) <strong>{formatEuro(balance)}</strong>
    </p>
  );
}

function Pipeline({ plan }: { plan: Plan }) {
  const { total, weighted } = pipelineTotals(plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totale verwachte omzet: <strong>{formatEuro(total)}</strong> · gewogen met de waarschijnlijkheid: <strong>{formatEuro(weighted)}</strong>
    </p>
  );
}

/** Worksheet of step 6: SMART objectives, sales opportunities, what online sources say, the budget. */
export default function DevelopWorksheet() {
  return (
    <WorksheetFrame section="develop" title="Werkblad stap 6">
      {(plan) => <SectionFields plan={plan} section="develop" footers={{ budget: <Totals plan={plan} />, opportunities: <Pipeline plan={plan} /> }} />}
    </WorksheetFrame>
  );
}

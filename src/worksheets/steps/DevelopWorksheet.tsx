import { formatEuro } from '../../plan/format';
import type { Plan } from '../../plan/schema';
import { budgetTotals, pipelineTotals } from '../../plan/totals';
import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

function Totals({ plan }: { plan: Plan }) {
  const { cost, returns, balance } = budgetTotals(plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totaal kosten: <strong>{formatEuro(cost)}</strong> · totaal verwachte opbrengst: <strong>{formatEuro(returns)}</strong> · saldo:{' '}
      <strong>{formatEuro(balance)}</strong>
    </p>
  );
}

function Pipeline({ plan }: { plan: Plan }) {
  const { total, weighted } = pipelineTotals(plan);
  return (
    <p className="derived totals" aria-live="polite">
      Totale waarde: <strong>{formatEuro(total)}</strong> · gewogen naar kans van slagen: <strong>{formatEuro(weighted)}</strong>
    </p>
  );
}

/** Worksheet of step 6: SMART objectives, opportunities, what online sources say, the budget. */
export default function DevelopWorksheet() {
  return (
    <WorksheetFrame section="develop" title="Werkblad stap 6">
      {(plan) => <SectionFields plan={plan} section="develop" footers={{ budget: <Totals plan={plan} />, opportunities: <Pipeline plan={plan} /> }} />}
    </WorksheetFrame>
  );
}

import { formatDateNl } from '../plan/dates';
import { financeChart } from '../plan/finance-chart';
import { formatEuro, formatNumber, formatPercent } from '../plan/format';
import { reviewDates } from '../plan/reviews';
import type { Plan } from '../plan/schema';
import { budgetTotals, financeYears, lineCost, pipelineTotals, quarterTotals } from '../plan/totals';
import { FinanceChart } from './FinanceChart';
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

/** The cost of every budget line and the totals of the budget (step 6). */
export function BudgetTotals() {
  const develop = useSection('develop', useIsReady());
  const rows = develop?.budget ?? [];
  const { hours, hoursCost, cost, extraRevenue, returns, balance, returnOnCost } = budgetTotals({ develop: develop ?? { budget: [] } } as unknown as Plan);
  const costed = rows.filter((r) => lineCost(r) !== null);
  return (
    <div className="derived totals" aria-live="polite">
      {costed.length ? (
        <p>
          Kosten per post (uren × uurtarief + overige kosten):{' '}
          {costed.map((r, i) => (
            <span key={r.id}>
              {i ? ' · ' : ''}
              {r.item.trim() || `post ${rows.indexOf(r) + 1}`} <strong>{formatEuro(lineCost(r))}</strong>
            </span>
          ))}
        </p>
      ) : null}
      <p>
        Totaal: <strong>{formatNumber(hours)} uur</strong> (samen {formatEuro(hoursCost)}) · kosten <strong>{formatEuro(cost)}</strong> · extra omzet <strong>{formatEuro(extraRevenue)}</strong> · extra
        brutomarge <strong>{formatEuro(returns)}</strong> · saldo (extra brutomarge min kosten) <strong>{formatEuro(balance)}</strong>
        {returnOnCost !== null ? <> · het saldo is <strong>{formatPercent(returnOnCost)}</strong> van de kosten</> : null}
      </p>
    </div>
  );
}

/** The years of step 1's history and step 6's plan years, with gross margin, as a table and as the chart. */
export function FinanceOverview({ plan }: { plan: Pick<Plan, 'envision' | 'develop'> }) {
  const years = financeYears(plan);
  const chart = financeChart(years);
  if (!years.length) return <p>Vul de geschiedenis in stap 1 en de planjaren hier in; dan verschijnen hier de omzet en brutomarge per jaar, met een grafiek.</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Omzet en brutomarge per jaar" tabIndex={0}>
        <table className="finance-table">
          <caption className="sr-only">Omzet en brutomarge per jaar</caption>
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col" className="number">Omzet</th>
              <th scope="col" className="number">Marge</th>
              <th scope="col" className="number">Brutomarge</th>
              <th scope="col">Soort</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="number">{formatEuro(y.revenue)}</td>
                <td className="number">{formatPercent(y.margin)}</td>
                <td className="number">{formatEuro(y.grossMargin)}</td>
                <td>{y.kind === 'plan' ? 'plan' : 'gerealiseerd'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart ? <FinanceChart chart={chart} /> : null}
    </>
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
  const t = quarterTotals({ develop: develop ?? ({ quarters: [], planYears: [] } as never), schedule: schedule ?? ({ validFrom: '' } as never), cover: cover ?? ({ periodFrom: '' } as never) });
  return (
    <p className="derived totals" aria-live="polite">
      Totaal van de kwartalen: omzet <strong>{formatEuro(t.revenue)}</strong> · brutomarge <strong>{formatEuro(t.grossMargin)}</strong>
      {t.target !== null && t.year !== null
        ? t.revenue === t.target
          ? ` · gelijk aan de omzet die je voor ${t.year} plant.`
          : ` · voor ${t.year} plan je ${formatEuro(t.target)}: ${t.revenue < t.target ? 'er ontbreekt' : 'het is'} ${formatEuro(Math.abs(t.target - t.revenue))}${t.revenue < t.target ? '' : ' te veel'}.`
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
      Totale verwachte omzet: <strong>{formatEuro(total)}</strong> · gewogen met de waarschijnlijkheid: <strong>{formatEuro(weighted)}</strong>
    </p>
  );
}

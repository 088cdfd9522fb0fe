import { financeChart } from '../plan/finance/finance-chart';
import { financeYears } from '../plan/finance/totals';
import type { Plan } from '../plan/model/schema';
import { formatEuro, formatPercent, shownLike } from '../plan/values/format';
import { FinanceChart } from './FinanceChart';
import * as say from './messages/finance-overview';

/**
 * Revenue and gross margin per year as a table and a chart: under the plan years of step 6
 * (derived.tsx) and in the workbook's finance part, which loads this module and not the other
 * values of step 6.
 */

/** The years of step 1's history and step 6's plan years, with gross margin, as a table and as the chart. */
export function FinanceOverview({ plan }: { plan: Pick<Plan, 'envision' | 'develop'> }) {
  // A gross margin in whole euros beside a revenue in whole euros, in the table and the chart's description alike.
  const years = financeYears(plan).map((y) => ({ ...y, grossMargin: shownLike(y.grossMargin, y.revenue) }));
  const chart = financeChart(years);
  if (!years.length) return <p>{say.financeWait}</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label={say.financeTitle} tabIndex={0}>
        <table className="finance-table">
          <caption className="sr-only">{say.financeTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{say.yearColumn}</th>
              <th scope="col" className="number">
                {say.revenueColumn}
              </th>
              <th scope="col" className="number">
                {say.marginColumn}
              </th>
              <th scope="col" className="number">
                {say.grossMarginColumn}
              </th>
              <th scope="col">{say.kindColumn}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="number">{formatEuro(y.revenue)}</td>
                <td className="number">{formatPercent(y.margin)}</td>
                <td className="number">{formatEuro(y.grossMargin)}</td>
                <td>{say.yearKind(y.kind === 'plan')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart ? <FinanceChart chart={chart} /> : null}
    </>
  );
}

import { useId } from 'react';
import { ChartShapes } from './ChartShapes';
import { revenueBridge, type BridgePlan } from '../plan/finance/bridge';
import { bridgeChart, type BridgeChartModel } from '../plan/finance/bridge-chart';
import { bridgeText } from '../plan/finance/bridge-table';
import * as say from '../plan/finance/messages/bridge';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

/**
 * The build-up of the revenue target ("Opbouw van je omzetdoel"), computed from what the reader
 * typed in steps 1 and 6: a table and a waterfall chart, with what the budget yields and what the
 * largest opportunity is worth. The numbers and words are src/plan/finance/bridge*.ts, so the
 * lesson and the example page show exactly this. In a chunk of its own: only step 6 loads it.
 */

/** A sentence as the list of its parts, with the figures (the odd parts) in bold. */
const bold = (parts: string[]) => parts.map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part));

/** The narrowest the waterfall is drawn, in CSS pixels: wide enough that its smallest text is 11 px. */
export const bridgeMinWidth = (chart: BridgeChartModel) => Math.ceil((11 / Math.min(...chart.texts.map((t) => t.size))) * chart.width);

/**
 * The waterfall laid out by bridge-chart.ts, as SVG; the colours come from site.css (light and dark
 * mode). Never drawn so small that its text is under 11 px: a narrow column scrolls it sideways.
 */
export function BridgeChart({ chart }: { chart: BridgeChartModel }) {
  const titleId = useId();
  return (
    <div className="chart-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
      <svg
        className="bridge-chart"
        style={{ minWidth: bridgeMinWidth(chart) }}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{chart.description}</title>
        <ChartShapes chart={chart} prefix="bridge" />
      </svg>
    </div>
  );
}

/** The build-up of a plan: table, sentences and chart (the example page shows it for the running case). */
export function BridgeOverview({ plan }: { plan: BridgePlan }) {
  const bridge = revenueBridge(plan);
  const text = bridgeText(bridge);
  const chart = bridgeChart(bridge);
  if (!text) return <p>{say.wait}</p>;
  return (
    <div className="revenue-bridge" data-bridge-year={text.year}>
      <div className="table-scroll" role="region" aria-label={say.title} tabIndex={0}>
        <table className="bridge-table">
          <caption className="sr-only">{say.title}</caption>
          <thead>
            <tr>
              <th scope="col">{say.columnPart}</th>
              <th scope="col">{say.columnHow}</th>
              <th scope="col" className="number">
                {say.columnAmount}
              </th>
            </tr>
          </thead>
          <tbody>
            {text.rows.map((row) => (
              <tr key={row.key} className={`bridge-row-${row.kind}`} data-bridge-row={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.how}</td>
                <td className="number">{row.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {text.verdict ? <p className="bridge-verdict">{text.verdict}</p> : null}
      {text.budget ? <p className="bridge-budget">{bold(text.budget)}</p> : null}
      {text.sensitivity ? <p className="bridge-sensitivity">{bold(text.sensitivity)}</p> : null}
      {chart ? <BridgeChart chart={chart} /> : null}
    </div>
  );
}

/** Under the growth of the existing revenue (step 6): the build-up, as the reader types. */
export default function RevenueBridge() {
  const ready = useIsReady();
  const develop = useSection('develop', ready);
  const envision = useSection('envision', ready);
  const schedule = useSection('schedule', ready);
  const cover = useSection('cover', ready);
  // Not a live region: the table and the chart would be read out whole on every change.
  return (
    <div className="derived">
      <BridgeOverview
        plan={{
          develop: develop ?? ({ budget: [], opportunities: [], planYears: [], baseGrowth: null } as never),
          envision: envision ?? ({ history: [] } as never),
          schedule: schedule ?? ({ validFrom: '' } as never),
          cover: cover ?? ({ periodFrom: '' } as never),
        }}
      />
    </div>
  );
}

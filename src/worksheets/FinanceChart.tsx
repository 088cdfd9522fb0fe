import { useId } from 'react';
import { ChartShapes } from './ChartShapes';
import type { ChartModel } from '../plan/finance/finance-chart';

/**
 * A chart laid out by src/plan/finance/finance-chart.ts, as SVG: the same shapes the PDF draws. The
 * colours come from CSS (`.chart-…` in worksheet.css), so they follow light and dark mode.
 */
export function FinanceChart({ chart }: { chart: ChartModel }) {
  const titleId = useId();
  // A narrow screen scrolls the chart sideways rather than shrink its text below 11 px.
  return (
    <div className="chart-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
      <svg className="finance-chart" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{chart.description}</title>
        <ChartShapes chart={chart} prefix="chart" />
      </svg>
    </div>
  );
}

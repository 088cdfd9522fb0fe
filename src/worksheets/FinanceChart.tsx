import { useId } from 'react';
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
        {chart.lines.map((l, i) => (
          <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className={`chart-${l.tone}`} strokeDasharray={l.dashed ? '0.8 0.8' : undefined} />
        ))}
        {chart.rects.map((r, i) => (
          <rect
            key={`r${i}`}
            x={r.x}
            y={r.y}
            width={r.width}
            height={Math.max(0, r.height)}
            className={`chart-${r.tone}${r.outlined ? ' chart-outlined' : ''}`}
          />
        ))}
        {chart.texts.map((t, i) => (
          <text
            key={`t${i}`}
            x={t.x}
            y={t.y}
            fontSize={t.size}
            textAnchor={t.anchor}
            fontWeight={t.bold ? 600 : undefined}
            className={`chart-text-${t.tone}`}
            aria-hidden="true"
          >
            {t.text}
          </text>
        ))}
      </svg>
    </div>
  );
}

import type { ChartLine, ChartRect, ChartText } from '../plan/finance/finance-chart';

/** A chart's shapes in any tone set: the finance chart's and the revenue bridge's share their shapes. */
interface Shapes<T extends string> {
  rects: ReadonlyArray<Omit<ChartRect, 'tone'> & { tone: T }>;
  lines: ReadonlyArray<Omit<ChartLine, 'tone'> & { tone: T }>;
  texts: ReadonlyArray<Omit<ChartText, 'tone'> & { tone: T }>;
}

/**
 * The lines, bars and texts of a chart laid out in src/plan/finance/, as SVG elements. Their colours
 * come from CSS classes `<prefix>-<tone>`, `<prefix>-outlined` and `<prefix>-text-<tone>`
 * (worksheet.css, site.css), so they follow light and dark mode. The texts are hidden from screen
 * readers: the chart's title says everything it shows.
 */
export function ChartShapes<T extends string>({ chart, prefix }: { chart: Shapes<T>; prefix: string }) {
  return (
    <>
      {chart.lines.map((l, i) => (
        <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className={`${prefix}-${l.tone}`} strokeDasharray={l.dashed ? '0.8 0.8' : undefined} />
      ))}
      {chart.rects.map((r, i) => (
        <rect
          key={`r${i}`}
          x={r.x}
          y={r.y}
          width={r.width}
          height={Math.max(0, r.height)}
          className={`${prefix}-${r.tone}${r.outlined ? ` ${prefix}-outlined` : ''}`}
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
          className={`${prefix}-text-${t.tone}`}
          aria-hidden="true"
        >
          {t.text}
        </text>
      ))}
    </>
  );
}

import { formatEuro } from '../values/format';
import { ellipsize } from '../values/text';
import type { RevenueBridge } from './bridge';
import { signedEuro } from './bridge-table';
import { niceStep, type ChartLine, type ChartRect, type ChartText } from './finance-chart';
import * as say from './messages/bridge';

/**
 * The build-up of the revenue target as a waterfall, defined once: last year's revenue, then each
 * step up or down (the growth of the existing revenue, every sales opportunity), the expected
 * revenue, and the target beside it. Laid out as shapes in a box of `BRIDGE_CHART.width` ×
 * `BRIDGE_CHART.height` units, like finance-chart.ts: the worksheet and the lesson draw them as SVG,
 * the PDF can draw the same shapes. Colours are named by what they mean (`tone`).
 */

export type BridgeTone = 'base' | 'up' | 'down' | 'expected' | 'target' | 'link' | 'axis' | 'grid' | 'text' | 'muted';

export interface BridgeChartModel {
  width: number;
  height: number;
  rects: Array<Omit<ChartRect, 'tone'> & { tone: BridgeTone }>;
  lines: Array<Omit<ChartLine, 'tone'> & { tone: BridgeTone }>;
  texts: Array<Omit<ChartText, 'tone'> & { tone: BridgeTone }>;
  /** The chart in one sentence, for screen readers (the SVG's title). */
  description: string;
}

export const BRIDGE_CHART = { width: 160, height: 84 } as const;

const LEFT = 22;
const RIGHT = 2;
const TOP = 7;
const BOTTOM = 17;
const FONT = 2.4;
/** Average width of a character, as a share of the font size. */
const CHAR = 0.52;

/** "€ 340.000" as "€ 340k" on the axis; smaller amounts as they are. */
const axisLabel = (value: number) => (value >= 10_000 && value % 1000 === 0 ? `€ ${formatEuro(value / 1000).slice(2)}k` : formatEuro(value));

/** A label in at most two lines of `max` characters, the second shortened when it does not fit. */
function twoLines(text: string, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (!line) line = word;
    else if (`${line} ${word}`.length <= max || lines.length === 1) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 2).map((l) => ellipsize(l, max));
}

interface Bar {
  label: string;
  from: number;
  to: number;
  tone: BridgeTone;
  amount: string;
  outlined?: boolean;
}

/** The waterfall of a build-up, or null when there is no plan year or nothing to draw. */
export function bridgeChart(b: RevenueBridge): BridgeChartModel | null {
  if (b.year === null || (!b.base && !b.opportunities.length)) return null;
  const year = b.year;
  const bars: Bar[] = [];
  const start = b.base?.revenue ?? 0;
  bars.push({ label: b.base ? say.chartBase(b.base.year) : say.noBase, from: 0, to: start, tone: 'base', amount: formatEuro(start) });
  let running = start;
  const step = (label: string, delta: number) => {
    bars.push({ label, from: running, to: running + delta, tone: delta < 0 ? 'down' : 'up', amount: signedEuro(delta) });
    running += delta;
  };
  step(say.chartGrowth, b.growth);
  b.opportunities.forEach((o, i) => step(o.name || say.unnamedOpportunity(i), o.contribution));
  bars.push({ label: say.chartExpected(year), from: 0, to: b.expected, tone: 'expected', amount: formatEuro(b.expected) });
  if (b.target !== null) bars.push({ label: say.chartTarget(year), from: 0, to: b.target, tone: 'target', amount: formatEuro(b.target), outlined: true });

  // The value axis: from a round amount below the lowest level, so the steps can be seen.
  const levels = bars.flatMap((bar) => (bar.from === 0 ? [bar.to] : [bar.from, bar.to]));
  const lo = Math.min(...levels);
  const hi = Math.max(...levels, 1);
  const spread = Math.max(hi - lo, hi * 0.02, 1);
  const low = Math.max(0, lo - spread * 0.6);
  const unit = niceStep(hi - low);
  const axisMin = Math.floor(low / unit) * unit;
  const axisMax = Math.max(axisMin + unit, Math.ceil(hi / unit) * unit);
  const plotBottom = BRIDGE_CHART.height - BOTTOM;
  const plotHeight = plotBottom - TOP;
  const plotWidth = BRIDGE_CHART.width - LEFT - RIGHT;
  const yOf = (value: number) => plotBottom - ((Math.min(axisMax, Math.max(axisMin, value)) - axisMin) / (axisMax - axisMin)) * plotHeight;

  const rects: BridgeChartModel['rects'] = [];
  const lines: BridgeChartModel['lines'] = [];
  const texts: BridgeChartModel['texts'] = [];
  for (let value = axisMin; value <= axisMax + unit / 2; value += unit) {
    const y = yOf(value);
    lines.push({ x1: LEFT, y1: y, x2: BRIDGE_CHART.width - RIGHT, y2: y, tone: value === axisMin ? 'axis' : 'grid' });
    texts.push({ x: LEFT - 1.5, y: y + FONT * 0.35, text: axisLabel(value), anchor: 'end', size: FONT, tone: 'muted' });
  }
  const slot = plotWidth / bars.length;
  const width = Math.min(11, slot * 0.62);
  const longest = Math.max(...bars.map((bar) => bar.amount.length));
  const amountSize = Math.min(FONT, Math.max(1.5, (slot * 0.96) / (longest * CHAR)));
  const labelSize = Math.min(FONT, Math.max(1.6, slot / 7 / CHAR));
  const maxChars = Math.max(4, Math.floor((slot * 0.96) / (labelSize * CHAR)));
  bars.forEach((bar, i) => {
    const centre = LEFT + slot * (i + 0.5);
    const top = yOf(Math.max(bar.from, bar.to));
    const bottom = bar.from === 0 ? plotBottom : yOf(Math.min(bar.from, bar.to));
    const height = bottom - top;
    // A step of nothing is a thin line, so it is seen to be there.
    rects.push({
      x: centre - width / 2,
      y: height < 0.4 ? top - 0.2 : top,
      width,
      height: Math.max(0.4, height),
      tone: bar.to === bar.from ? 'muted' : bar.tone,
      ...(bar.outlined ? { outlined: true } : {}),
    });
    texts.push({ x: centre, y: top - 1.2, text: bar.amount, anchor: 'middle', size: amountSize, tone: 'text', bold: bar.from === 0 });
    twoLines(bar.label, maxChars).forEach((line, n) =>
      texts.push({ x: centre, y: plotBottom + labelSize + 1 + n * (labelSize + 0.6), text: line, anchor: 'middle', size: labelSize, tone: 'text' }),
    );
    // A dashed line from the level this bar ends at to the next bar.
    const next = bars[i + 1];
    if (next && next.from !== 0)
      lines.push({
        x1: centre + width / 2,
        y1: yOf(bar.from === 0 ? bar.to : bar.to),
        x2: centre + slot - width / 2,
        y2: yOf(bar.from === 0 ? bar.to : bar.to),
        tone: 'link',
        dashed: true,
      });
  });
  if (b.target !== null && b.gap !== null && b.gap !== 0) {
    // The gap between the expected revenue and the target, marked over the target's bar.
    const centre = LEFT + slot * (bars.length - 0.5);
    lines.push({ x1: LEFT + slot * (bars.length - 1.5), y1: yOf(b.expected), x2: centre + width / 2, y2: yOf(b.expected), tone: 'link', dashed: true });
    texts.push({ x: BRIDGE_CHART.width - RIGHT, y: TOP - 4, text: say.chartGap(signedEuro(b.gap)), anchor: 'end', size: FONT, tone: 'muted' });
  }
  if (axisMin > 0)
    texts.push({ x: LEFT, y: BRIDGE_CHART.height - 0.8, text: say.axisFrom(formatEuro(axisMin)), anchor: 'start', size: FONT * 0.9, tone: 'muted' });
  const description = say.chartDescription(year, bars.map((bar) => say.chartPart(bar.label, bar.amount)).join('; '));
  return { width: BRIDGE_CHART.width, height: BRIDGE_CHART.height, rects, lines, texts, description };
}

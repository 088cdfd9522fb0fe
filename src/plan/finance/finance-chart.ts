import { formatEuro } from '../values/format';
import * as say from './messages/finance-chart';
import type { FinanceYear } from './totals';

/**
 * The chart of the financial chapter, defined once: revenue and gross margin per year, the past
 * years and the plan years side by side. This module lays it out as shapes in a box of
 * `CHART.width` × `CHART.height` units (millimetres in the PDF, the viewBox of the SVG in the
 * workbook); the worksheet draws the shapes as SVG, the PDF draws the same shapes with jsPDF.
 * Colours are named by what they mean (`tone`), so each drawing picks its own (dark mode).
 */

export type Tone = 'realised' | 'plan' | 'margin' | 'axis' | 'grid' | 'text' | 'muted';

export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  /** Drawn with an outline in the text colour (plan years: told apart without colour). */
  outlined?: boolean;
}

export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: Tone;
  dashed?: boolean;
}

export interface ChartText {
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Height of the font in units (1 unit = 1 mm in the PDF). */
  size: number;
  tone: Tone;
  bold?: boolean;
}

export interface ChartModel {
  width: number;
  height: number;
  rects: ChartRect[];
  lines: ChartLine[];
  texts: ChartText[];
  /** The chart in one sentence, for screen readers (the SVG's title). */
  description: string;
}

export const CHART = { width: 160, height: 72 } as const;

const LEFT = 22;
const RIGHT = 2;
const TOP = 4;
const BOTTOM = 16;
/** Text height in units: 3.4 mm in the PDF (9.6 pt); on screen the chart is never drawn so small that this is under 11 px (site.css). */
const FONT = 3.4;

/** A round step for the value axis: 1, 2 or 5 × a power of ten, about four steps to the top. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/** "€ 400.000" as "€ 400k" on the axis, where space is short; smaller amounts as they are. */
const axisLabel = (value: number) => (value >= 10_000 && value % 1000 === 0 ? `€ ${formatEuro(value / 1000).slice(2)}k` : formatEuro(value));

/**
 * The chart of the given years, or null when no year has a revenue. Each year gets two bars:
 * revenue (realised or plan) and gross margin; under them the year, and "plan" for a plan year.
 */
export function financeChart(years: readonly FinanceYear[]): ChartModel | null {
  const shown = years.filter((y) => y.revenue !== null);
  if (!shown.length) return null;
  const max = Math.max(...shown.map((y) => Math.max(y.revenue ?? 0, y.grossMargin ?? 0)));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const plotBottom = CHART.height - BOTTOM;
  const plotHeight = plotBottom - TOP;
  const plotWidth = CHART.width - LEFT - RIGHT;
  const yOf = (value: number) => plotBottom - (Math.max(0, value) / top) * plotHeight;

  const rects: ChartRect[] = [];
  const lines: ChartLine[] = [];
  const texts: ChartText[] = [];
  for (let value = 0; value <= top + step / 2; value += step) {
    const y = yOf(value);
    lines.push({ x1: LEFT, y1: y, x2: CHART.width - RIGHT, y2: y, tone: value === 0 ? 'axis' : 'grid' });
    texts.push({ x: LEFT - 1.5, y: y + FONT * 0.35, text: axisLabel(value), anchor: 'end', size: FONT, tone: 'muted' });
  }
  const slot = plotWidth / shown.length;
  const bar = Math.min(9, slot * 0.32);
  shown.forEach((year, i) => {
    const centre = LEFT + slot * (i + 0.5);
    const revenue = year.revenue ?? 0;
    const tone: Tone = year.kind === 'plan' ? 'plan' : 'realised';
    rects.push({
      x: centre - bar - 0.4,
      y: yOf(revenue),
      width: bar,
      height: plotBottom - yOf(revenue),
      tone,
      ...(year.kind === 'plan' ? { outlined: true } : {}),
    });
    if (year.grossMargin !== null)
      rects.push({ x: centre + 0.4, y: yOf(year.grossMargin), width: bar, height: plotBottom - yOf(year.grossMargin), tone: 'margin' });
    texts.push({ x: centre, y: plotBottom + FONT + 1.2, text: String(year.year), anchor: 'middle', size: FONT, tone: 'text', bold: true });
    if (year.kind === 'plan') texts.push({ x: centre, y: plotBottom + 2 * FONT + 1.6, text: say.planYear, anchor: 'middle', size: FONT, tone: 'muted' });
  });
  // Legend under the years.
  const legendY = CHART.height - 1.2;
  const items: Array<{ tone: Tone; text: string; outlined?: boolean }> = [
    { tone: 'realised', text: say.legendRevenue },
    { tone: 'plan', text: say.legendPlanRevenue, outlined: true },
    { tone: 'margin', text: say.legendGrossMargin },
  ];
  let x = LEFT;
  for (const item of items) {
    rects.push({ x, y: legendY - FONT * 0.8, width: FONT, height: FONT * 0.8, tone: item.tone, ...(item.outlined ? { outlined: true } : {}) });
    texts.push({ x: x + FONT + 1, y: legendY, text: item.text, anchor: 'start', size: FONT, tone: 'text' });
    x += FONT + 1 + item.text.length * FONT * 0.55 + 5;
  }
  const describe = (y: FinanceYear) =>
    say.yearDescription(y.year, y.kind === 'plan', formatEuro(y.revenue), y.grossMargin !== null ? formatEuro(y.grossMargin) : null);
  return { width: CHART.width, height: CHART.height, rects, lines, texts, description: say.chartDescription(shown.map(describe).join('; ')) };
}

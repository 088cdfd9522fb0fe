/**
 * Draws a chart laid out by src/plan/finance/finance-chart.ts with jsPDF's own shapes and the embedded
 * font: the same rectangles, lines and texts the workbook draws as SVG, one unit = one millimetre.
 */
import type { FigureKind, FigureOf } from '../document/types';
import type { ChartModel, Tone } from '../plan/finance/finance-chart';
import type { Pdf } from './blocks';
import { COLOR, PAGE, PT, SPACE, TEXT_WIDTH, type Rgb } from './style';
import type { Block, Writer } from './writer';

const TONES: Record<Tone, Rgb> = {
  realised: COLOR.accent,
  plan: COLOR.accentTint,
  margin: [96, 148, 186],
  axis: COLOR.ruleStrong,
  grid: COLOR.rule,
  text: COLOR.ink,
  muted: COLOR.muted,
};

/** Places the chart in the flow at the cursor, on a new page when it does not fit. */
export function drawChart(w: Writer, chart: ChartModel): void {
  const scale = TEXT_WIDTH / chart.width;
  const height = chart.height * scale;
  w.space(SPACE.paragraph);
  w.ensure(height);
  const x0 = PAGE.left;
  const y0 = w.y;
  const doc = w.doc;
  for (const r of chart.rects) {
    const [fr, fg, fb] = TONES[r.tone];
    doc.setFillColor(fr, fg, fb);
    if (r.outlined) {
      const [dr, dg, db] = TONES.realised;
      doc.setDrawColor(dr, dg, db);
      doc.setLineWidth(0.3);
    }
    if (r.height > 0 || r.outlined) doc.rect(x0 + r.x * scale, y0 + r.y * scale, r.width * scale, Math.max(r.height, 0) * scale, r.outlined ? 'FD' : 'F');
  }
  for (const l of chart.lines) {
    // Any direction, so figures other than the years' (a map of relations) can draw their lines too.
    const [r, g, b] = TONES[l.tone];
    doc.setDrawColor(r, g, b);
    doc.setLineWidth(l.tone === 'axis' ? 0.35 : 0.2);
    if (l.dashed) doc.setLineDashPattern([0.8, 0.8], 0);
    doc.line(x0 + l.x1 * scale, y0 + l.y1 * scale, x0 + l.x2 * scale, y0 + l.y2 * scale);
    if (l.dashed) doc.setLineDashPattern([], 0);
  }
  for (const t of chart.texts) {
    const size = (t.size * scale) / PT;
    const style = { size, leading: size * PT * 1.2, bold: !!t.bold, color: TONES[t.tone] };
    // Writer.line takes the top of a line box; the chart gives the baseline.
    const top = y0 + t.y * scale - (style.leading / 2 + 0.357 * size * PT);
    const box = 40;
    const x = x0 + t.x * scale;
    if (t.anchor === 'start') w.line(t.text, x, top, style);
    else if (t.anchor === 'middle') w.line(t.text, x - box / 2, top, style, 'center', box);
    else w.line(t.text, x - box, top, style, 'right', box);
  }
  w.y = y0 + height;
  w.space(SPACE.paragraph + 1);
}

/** A figure's shapes as a block in the flow. */
const shapes = (pdf: Pdf, figure: { shapes: ChartModel }): Block => ({
  firstHeight: (figure.shapes.height * TEXT_WIDTH) / figure.shapes.width,
  draw: () => drawChart(pdf.w, figure.shapes),
});

/** The drawing of each kind of figure (src/document/figures.ts): every figure so far as its shapes. */
export const FIGURES = {
  financeYears: shapes,
} satisfies { [K in FigureKind]: (pdf: Pdf, figure: FigureOf<K>) => Block };

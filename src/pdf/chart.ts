/**
 * Draws the figures of the document model (src/document/figures.ts) with jsPDF's own shapes and the
 * embedded font: the chart of the years laid out by src/plan/finance/finance-chart.ts, and the
 * pictures (src/plan/pictures/: the relationship map, the timeline; the build-up of the revenue
 * target as a picture), the same shapes the workbook draws as SVG, one unit = one millimetre.
 */
import type { FigureKind, FigureOf } from '../document/types';
import type { ChartModel, Tone } from '../plan/finance/finance-chart';
import type { Picture } from '../plan/pictures/picture';
import { pictureSlices } from '../plan/pictures/slices';
import type { Pdf } from './blocks';
import { drawPicture } from './pictures';
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

/** The height of the first part of a picture that can stand on its own (its first row), in its units. */
function firstPart(picture: Picture, page: number): number {
  for (let room = 4; room < page; room += 4) {
    const [first] = pictureSlices(picture, room, page);
    if (first && first.to > first.from) return first.to;
  }
  return Math.min(picture.height, page);
}

/**
 * A picture in the flow, as wide as the text: whole on the page where it starts, or on the next
 * when it does not fit there (a figure is not cut where it need not be); one taller than a page
 * goes over pages in parts cut between whole shapes (a row of cards, an action's bar and its text).
 */
function picture(pdf: Pdf, figure: { shapes: Picture }): Block {
  const p = figure.shapes;
  const scale = TEXT_WIDTH / p.width;
  const page = (PAGE.bottom - PAGE.top) / scale;
  const whole = p.height <= page;
  return {
    firstHeight: (whole ? p.height : firstPart(p, page)) * scale,
    draw: () => {
      const { w } = pdf;
      w.space(SPACE.paragraph);
      if (whole) w.ensure(p.height * scale);
      const slices = whole ? [{ from: 0, to: p.height }] : pictureSlices(p, Math.max(0, (PAGE.bottom - w.y) / scale), page);
      slices.forEach((slice, i) => {
        if (slice.to > slice.from) {
          const options = {
            x: PAGE.left,
            y: w.y,
            width: TEXT_WIDTH,
            fontName: w.fontNames.regular,
            boldFontName: w.fontNames.bold,
            clean: (t: string) => pdf.cleaner.quoted(t),
          };
          w.y += drawPicture(w.doc, p, { ...options, from: slice.from, to: slice.to }).height;
        }
        if (i < slices.length - 1) w.newPage();
      });
      // The picture set the font and colours itself.
      w.forget();
      w.space(SPACE.paragraph + 1);
    },
  };
}

/** The drawing of each kind of figure (src/document/figures.ts): a chart's shapes, or a picture. */
export const FIGURES = {
  financeYears: shapes,
  revenueBridge: picture,
  relationshipMap: picture,
  timeline: picture,
} satisfies { [K in FigureKind]: (pdf: Pdf, figure: FigureOf<K>) => Block };

/**
 * The figures of the document model in Word, one drawing per kind (FIGURE_KINDS): the years as a
 * Word chart with its data in an embedded sheet, so the student can change the numbers in Word; the
 * pictures (the relationship map, the timeline, the build-up of the revenue target) as native
 * shapes (pictures.ts), every name and amount in them text.
 */
import { LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { FigureKind, FigureOf } from '../document/types';
import { grossMarginColumn, revenueColumn } from '../document/messages';
import type { Picture } from '../plan/pictures/picture';
import { pictureSlices, slicePicture } from '../plan/pictures/slices';
import { pictureParagraph } from './pictures';
import { ACCENT, TEXT_MM } from './style';
import { chartPlanYear, pictureContinued } from './messages';
import type { DocxText } from './text';

/** Pixels (as the docx library sizes drawings: 1/96 inch) of the text column's width. */
const WIDTH = Math.round((TEXT_MM / 25.4) * 96);

/** A drawing on a paragraph of its own: single line spacing, so no reader squeezes it into a line's height. */
const alone = (run: ChartRun) =>
  new Paragraph({ spacing: { before: 120, after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true, children: [run] });

/** A picture with every text made safe for Word (the names are the reader's, already counted where typed). */
const safe = (text: DocxText, picture: Picture): Picture => ({
  ...picture,
  title: text.quote(picture.title),
  description: text.quote(picture.description),
  shapes: picture.shapes.map((s) => (s.type === 'text' ? { ...s, text: text.quote(s.text) } : s)),
});

/**
 * The height of the text on a page (A4 with margins of 2.5 cm) a picture may take, mm, with room
 * for its paragraph's spacing; the first part leaves room for the heading it is kept with (else
 * LibreOffice leaves the heading alone on the page before).
 */
const PAGE_MM = 240;
const FIRST_MM = 220;

/**
 * A picture on a paragraph of its own; one taller than a page as parts of a page each, cut between
 * whole shapes (Word would cut an inline drawing off at the foot of the page). The first part
 * carries the description; the others say they go on.
 */
function picture(text: DocxText, figure: { shapes: Picture }): Paragraph[] {
  const whole = safe(text, figure.shapes);
  const units = (mm: number) => (mm * whole.width) / TEXT_MM;
  if (whole.height <= units(PAGE_MM)) return [pictureParagraph(whole, { width: TEXT_MM })];
  return pictureSlices(whole, units(FIRST_MM), units(PAGE_MM))
    .filter((s) => s.to > s.from)
    .map((s, i) => {
      const part = slicePicture(whole, s.from, s.to);
      const continued = i === 0 ? part : { ...part, title: pictureContinued(whole.title), description: pictureContinued(whole.title) };
      return pictureParagraph(continued, { width: TEXT_MM });
    });
}

export const FIGURES = {
  financeYears: (_text, figure) => {
    const shown = figure.data.years.filter((y) => y.revenue !== null);
    return [
      alone(
        new ChartRun({
          type: 'column',
          title: figure.title,
          categories: shown.map((y) => (y.kind === 'plan' ? chartPlanYear(y.year) : String(y.year))),
          series: [
            { name: revenueColumn, values: shown.map((y) => y.revenue), color: ACCENT, colors: shown.map((y) => (y.kind === 'plan' ? 'A9C4DE' : undefined)) },
            { name: grossMarginColumn, values: shown.map((y) => y.grossMargin), color: '6094BA' },
          ],
          // The width of the text, and half of it high: a size of its own, whatever the paragraph around it.
          transformation: { width: WIDTH, height: Math.round(WIDTH / 2) },
          altText: { name: figure.title, description: figure.description },
        }),
      ),
    ];
  },
  // Word has no waterfall chart: the build-up is drawn as the PDF and the site draw it (see README, "Documents").
  revenueBridge: picture,
  relationshipMap: picture,
  timeline: picture,
} satisfies { [K in FigureKind]: (text: DocxText, figure: FigureOf<K>) => Paragraph[] };

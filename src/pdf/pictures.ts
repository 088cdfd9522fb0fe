/**
 * Draws a picture of the plan (src/plan/pictures/: the relationship map, the timeline) with
 * jsPDF's own shapes and the PDF's embedded font: the same rectangles, lines, marks and texts the
 * worksheet draws as SVG. Standalone: it takes a jsPDF document and a place, so any renderer can
 * put it in its flow. A tall picture goes over pages in parts from `pictureSlices`
 * (src/plan/pictures/slices.ts), each drawn with `drawPicture(…, { from, to })`.
 */
import type { jsPDF } from 'jspdf';
import { PRINT_COLOURS, rgb } from '../plan/pictures/palette';
import type { Picture, Tone } from '../plan/pictures/picture';
import { drawnIn } from '../plan/pictures/slices';
import { ellipsizeToFit } from '../plan/values/text';

/** Millimetres per typographic point. */
const PT = 25.4 / 72;

export interface PdfPictureOptions {
  /** The left edge on the page, mm. */
  x: number;
  /** Where the top of the drawn part goes on the page, mm. */
  y: number;
  /** The width on the page, mm; the picture is scaled to it (a picture laid out at `PRINT` is 160 wide: one unit = 1 mm). */
  width: number;
  /** A font registered in `doc` in the styles normal and bold (the PDF's Noto Sans). */
  fontName: string;
  /** Where regular and bold are fonts of their own (the plan's PDF names each as its subset): the bold one, registered in the style normal. */
  boldFontName?: string;
  /** Makes a text drawable with that font (the PDF's `TextCleaner.quoted`); by default the text as it is. */
  clean?: (text: string) => string;
  /** The part of the picture to draw, in its units (a slice from `pictureSlices`); by default all of it. */
  from?: number;
  to?: number;
}

const colour = (tone: Tone) => rgb(PRINT_COLOURS[tone]);

/** Draws the picture, or its part from `from` to `to`; returns the height it took on the page, mm. */
export function drawPicture(doc: jsPDF, picture: Picture, options: PdfPictureOptions): { height: number } {
  const { x: left, y: top, width, fontName, boldFontName, clean = (t: string) => t } = options;
  const from = options.from ?? 0;
  const to = options.to ?? picture.height;
  const k = width / picture.width;
  const X = (u: number) => left + u * k;
  const Y = (u: number) => top + (u - from) * k;

  const paint = (fill: Tone | null, stroke: Tone | null, strokeWidth: number, dashed?: boolean) => {
    if (fill) doc.setFillColor(...colour(fill));
    if (stroke) {
      doc.setDrawColor(...colour(stroke));
      doc.setLineWidth(strokeWidth * k);
    }
    doc.setLineDashPattern(dashed && stroke ? [strokeWidth * k * 3, strokeWidth * k * 2] : [], 0);
    return fill && stroke ? 'FD' : fill ? 'F' : 'S';
  };

  for (const shape of picture.shapes) {
    if (!drawnIn(shape, from, to)) continue;
    switch (shape.type) {
      case 'rect': {
        if (!shape.fill && !shape.stroke) break;
        const y1 = Math.max(shape.y, from);
        const y2 = Math.min(shape.y + shape.height, to);
        const style = paint(shape.fill, shape.stroke, shape.strokeWidth, shape.dashed);
        if (shape.radius) doc.roundedRect(X(shape.x), Y(y1), shape.width * k, (y2 - y1) * k, shape.radius * k, shape.radius * k, style);
        else doc.rect(X(shape.x), Y(y1), shape.width * k, (y2 - y1) * k, style);
        break;
      }
      case 'line': {
        paint(null, shape.stroke, shape.strokeWidth, shape.dashed);
        const clip = (v: number) => Math.min(Math.max(v, from), to);
        doc.line(X(shape.x1), Y(clip(shape.y1)), X(shape.x2), Y(clip(shape.y2)));
        break;
      }
      case 'mark': {
        const style = paint(shape.fill, shape.stroke, shape.strokeWidth);
        const h = (shape.size / 2) * k;
        if (shape.shape === 'circle') doc.circle(X(shape.x), Y(shape.y), h, style);
        else
          doc.lines(
            [
              [h, h],
              [-h, h],
              [-h, -h],
              [h, -h],
            ],
            X(shape.x),
            Y(shape.y) - h,
            [1, 1],
            style,
            true,
          );
        break;
      }
      case 'text': {
        if (shape.bold && boldFontName) doc.setFont(boldFontName, 'normal');
        else doc.setFont(fontName, shape.bold ? 'bold' : 'normal');
        doc.setFontSize((shape.size * k) / PT);
        doc.setTextColor(...colour(shape.tone));
        // The layout fitted the text by an estimate; the real font decides, and shortens it if it must.
        const room = shape.maxWidth * k;
        const text = ellipsizeToFit(clean(shape.text), (t) => doc.getTextWidth(t) <= room + 0.01);
        const w = doc.getTextWidth(text);
        const x = X(shape.x) - (shape.anchor === 'middle' ? w / 2 : shape.anchor === 'end' ? w : 0);
        doc.text(text, x, Y(shape.y));
        break;
      }
    }
  }
  doc.setLineDashPattern([], 0);
  return { height: (to - from) * k };
}

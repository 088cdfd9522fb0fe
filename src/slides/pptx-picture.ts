/**
 * A picture of the plan (src/plan/pictures/: the relationship map, the timeline) on a PowerPoint
 * slide as native shapes: rectangles, lines, diamonds, circles and text boxes at the layout's
 * places, in the print colours. The names stay text, so PowerPoint finds them, a screen reader
 * reads them, and the student can still correct one. (An image would need a canvas in the browser
 * to turn the SVG into a PNG, and its text could no longer be searched or edited.)
 *
 * A text box is as wide as the room the layout gave the text, its first line on the text's
 * baseline, without wrapping: the layout measured the text wider than Arial draws it
 * (src/plan/pictures/fit.ts), which LibreOffice's rendering of the example confirms.
 */
import type PptxGenJS from 'pptxgenjs';
import { PRINT_COLOURS } from '../plan/pictures/palette';
import { ASCENT, type Picture, type PictureShape, type Tone } from '../plan/pictures/picture';
import type { Rect } from '../deck/layout';

/** PowerPoint measures in inches; the layout in points. */
export const inch = (pt: number) => pt / 72;
export const FONT = 'Arial';

const fill = (tone: Tone | null): PptxGenJS.ShapeFillProps => (tone ? { color: PRINT_COLOURS[tone] } : { type: 'none' });
const line = (tone: Tone | null, width: number, dashed?: boolean): PptxGenJS.ShapeLineProps =>
  tone ? { color: PRINT_COLOURS[tone], width: Math.max(0.25, width), ...(dashed ? { dashType: 'dash' as const } : {}) } : { type: 'none' };

/** Draws `picture` scaled into `box` (its width; the height follows the picture's proportions). */
export function addPicture(pres: PptxGenJS, slide: PptxGenJS.Slide, picture: Picture, box: Rect): void {
  const k = box.w / picture.width;
  const X = (u: number) => inch(box.x + u * k);
  const Y = (u: number) => inch(box.y + u * k);
  const size = (u: number) => inch(u * k);
  const draw = (s: PictureShape) => {
    switch (s.type) {
      case 'rect': {
        if (!s.fill && !s.stroke) return;
        const radius = s.radius ? Math.min(s.radius, s.width / 2, s.height / 2) : 0;
        slide.addShape(radius ? pres.ShapeType.roundRect : pres.ShapeType.rect, {
          x: X(s.x),
          y: Y(s.y),
          w: size(Math.max(0, s.width)),
          h: size(Math.max(0, s.height)),
          fill: fill(s.fill),
          line: line(s.stroke, s.strokeWidth * k, s.dashed),
          ...(radius ? { rectRadius: size(radius) } : {}),
        });
        return;
      }
      case 'line':
        slide.addShape(pres.ShapeType.line, {
          x: X(Math.min(s.x1, s.x2)),
          y: Y(Math.min(s.y1, s.y2)),
          w: size(Math.abs(s.x2 - s.x1)),
          h: size(Math.abs(s.y2 - s.y1)),
          line: line(s.stroke, s.strokeWidth * k, s.dashed),
          ...(s.x2 < s.x1 !== s.y2 < s.y1 ? { flipV: true } : {}),
        });
        return;
      case 'mark':
        slide.addShape(s.shape === 'circle' ? pres.ShapeType.ellipse : pres.ShapeType.diamond, {
          x: X(s.x - s.size / 2),
          y: Y(s.y - s.size / 2),
          w: size(s.size),
          h: size(s.size),
          fill: fill(s.fill),
          line: line(s.stroke, s.strokeWidth * k),
        });
        return;
      case 'text': {
        const w = s.maxWidth;
        const x = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - w / 2 : s.x - w;
        slide.addText(s.text, {
          x: X(x),
          y: Y(s.y - s.size * (ASCENT + 0.15)),
          w: size(w),
          h: size(s.size * 1.3),
          fontFace: FONT,
          fontSize: Math.round(s.size * k * 10) / 10,
          bold: s.bold ?? false,
          color: PRINT_COLOURS[s.tone],
          align: s.anchor === 'start' ? 'left' : s.anchor === 'middle' ? 'center' : 'right',
          valign: 'top',
          margin: 0,
          wrap: false,
          fit: 'none',
          lang: 'nl-NL',
        });
        return;
      }
    }
  };
  for (const shape of picture.shapes) draw(shape);
}

import { textWidth } from './fit';
import { shapeBox, type Picture, type PictureShape } from './picture';

/**
 * Where a tall picture may be cut over pages: between rows, never through a text, a card, a bar
 * or a mark, nor right under a heading (a role in the map, an objective in the timeline). Only shapes that run down along the picture (the grid, review and today lines, the
 * band of the plan's period, the lines of an organisation chart) may be cut: each page draws its
 * part of them. `pictureSlices` gives the parts, in the picture's units, for a renderer that
 * pages (the PDF); a renderer without pages draws the picture whole.
 */

/** The texts that head what follows them (a role's lane, an objective's actions, the undated list): never the last thing before a cut. */
const HEADINGS = new Set(['lane', 'group', 'undated-title']);

/** Whether a shape may be cut by a page break (lines that run down, and the period's band). */
export const cuttable = (shape: PictureShape) => (shape.type === 'line' && shape.x1 === shape.x2) || (shape.type === 'rect' && shape.role === 'period');

/**
 * The parts of `picture` from top to bottom, each at most `first` units tall (the room left on
 * the current page) and after that `rest` (a whole page), cut where no whole shape is.
 * A part with `from === to` means: nothing fits in the room left, go on to a new page. A shape
 * taller than a whole page is cut anyway (it cannot be helped).
 */
export function pictureSlices(picture: Picture, first: number, rest: number): Array<{ from: number; to: number }> {
  const box = (s: PictureShape) => shapeBox(s, (t) => textWidth(t.text, t.size, t.bold));
  const solid = picture.shapes.filter((s) => !cuttable(s)).map(box);
  const headings = picture.shapes.filter((s) => s.type === 'text' && HEADINGS.has(s.role ?? '')).map(box);
  const cutsThrough = (y: number) => solid.some((b) => b.y < y - 1e-9 && b.y + b.height > y + 1e-9);
  // A heading above the cut with nothing under it before the cut would end a page alone.
  const orphans = (y: number) => headings.some((h) => h.y + h.height <= y + 1e-9 && !solid.some((b) => b.y >= h.y + h.height - 1e-9 && b.y < y - 1e-9));
  // Candidate cuts: just under every solid shape, and the end.
  const candidates = [...new Set([...solid.map((b) => b.y + b.height), picture.height])]
    .filter((y) => y >= picture.height - 1e-9 || (!cutsThrough(y) && !orphans(y)))
    .sort((a, b) => a - b);
  const slices: Array<{ from: number; to: number }> = [];
  let from = 0;
  let room = first;
  while (from < picture.height - 1e-9) {
    if (picture.height - from <= room + 1e-9) {
      slices.push({ from, to: picture.height });
      break;
    }
    const fits = candidates.filter((y) => y > from + 1e-9 && y <= from + room + 1e-9);
    // Nothing fits in what is left of this page: start on a new one, unless this is a new page.
    if (!fits.length && room < rest) {
      slices.push({ from, to: from });
      room = rest;
      continue;
    }
    const to = fits.length ? fits[fits.length - 1]! : from + room;
    slices.push({ from, to });
    from = to;
    room = rest;
  }
  return slices;
}

/** Whether the part from `from` to `to` draws the shape: whole shapes whose top is in it, and its share of a cuttable one. */
export function drawnIn(shape: PictureShape, from: number, to: number): boolean {
  const box = shapeBox(shape, (t) => textWidth(t.text, t.size, t.bold));
  if (cuttable(shape)) return box.y + box.height > from && box.y < to;
  // A slice never cuts through a whole shape: it belongs to the part its top is in.
  return box.y >= from - 1e-9 && box.y < to - 1e-9;
}

/**
 * The part of a picture from `from` to `to` as a picture of its own, `to − from` high: the shapes
 * it draws (drawnIn), moved up by `from`, rectangles and lines cut to it. For a renderer that cannot cut a
 * drawing over pages itself (Word: an inline drawing taller than a page is cut off at its foot).
 */
export function slicePicture(picture: Picture, from: number, to: number): Picture {
  const clip = (y: number) => Math.min(Math.max(y, from), to) - from;
  const shapes = picture.shapes
    .filter((s) => drawnIn(s, from, to))
    .map((s): PictureShape => {
      switch (s.type) {
        // As the PDF draws a part: rectangles and lines no further than its edges.
        case 'rect':
          return { ...s, y: clip(s.y), height: clip(s.y + s.height) - clip(s.y) };
        case 'line':
          return { ...s, y1: clip(s.y1), y2: clip(s.y2) };
        case 'mark':
        case 'text':
          return { ...s, y: s.y - from };
      }
    });
  return { ...picture, height: to - from, shapes };
}

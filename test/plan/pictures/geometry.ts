import { textWidth } from '../../../src/plan/pictures/fit';
import { shapeBox, type Picture, type PictureRect, type PictureShape, type PictureText } from '../../../src/plan/pictures/picture';

/** Geometry the layout tests share: the box of each shape, overlaps, containment. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text's box by the layouts' own width estimate (the widest font they fit for). */
export const box = (shape: PictureShape): Box => shapeBox(shape, (t: PictureText) => textWidth(t.text, t.size, t.bold));

const EPS = 1e-6;
export const overlap = (a: Box, b: Box) => a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - EPS &&
  inner.y >= outer.y - EPS &&
  inner.x + inner.width <= outer.x + outer.width + EPS &&
  inner.y + inner.height <= outer.y + outer.height + EPS;

export const texts = (p: Picture) => p.shapes.filter((s): s is PictureText => s.type === 'text');
export const rects = (p: Picture, role?: string) => p.shapes.filter((s): s is PictureRect => s.type === 'rect' && (role === undefined || s.role === role));

/** Every pair of shapes in `shapes` whose boxes overlap, described for a failure message. */
export function overlaps(shapes: readonly PictureShape[]): string[] {
  const out: string[] = [];
  const boxes = shapes.map(box);
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      if (overlap(boxes[i]!, boxes[j]!)) out.push(`${label(shapes[i]!)} × ${label(shapes[j]!)}`);
    }
  }
  return out;
}

/** Shapes (texts included) that reach outside the picture. */
export function outside(p: Picture): string[] {
  const frame = { x: 0, y: 0, width: p.width, height: p.height };
  return p.shapes.filter((s) => !inside(box(s), frame)).map(label);
}

/** Texts wider than the room they were fitted into. */
export function tooWide(p: Picture): string[] {
  return texts(p)
    .filter((t) => textWidth(t.text, t.size, t.bold) > t.maxWidth + EPS)
    .map(label);
}

const label = (s: PictureShape) => `${s.type}${s.role ? `:${s.role}` : ''}${'ref' in s && s.ref ? `(${s.ref})` : ''}${s.type === 'text' ? ` "${s.text}"` : ''}`;

/** The texts of a picture as a reader sees them: lines joined by spaces. */
export const readText = (p: Picture) =>
  texts(p)
    .map((t) => t.text)
    .join(' ');

import { ASCENT, DESCENT, LEADING, type PictureShape, type PictureText, type Tone } from './picture';
import { textWidth, wrapText } from './fit';

/** The small parts both layouts are built from: lines of text and a legend that flows. */

export interface Line {
  text: string;
  size: number;
  tone: Tone;
  bold?: boolean;
  role?: string;
}

/** A paragraph as lines that fit `width`. */
export function paragraph(text: string, width: number, size: number, style: { tone: Tone; bold?: boolean; maxLines?: number; role?: string }): Line[] {
  const bold = style.bold ?? false;
  return wrapText(text, width, size, { bold, ...(style.maxLines ? { maxLines: style.maxLines } : {}) }).map((line) => ({
    text: line,
    size,
    tone: style.tone,
    ...(bold ? { bold } : {}),
    ...(style.role ? { role: style.role } : {}),
  }));
}

/** The height of lines set one under the other. */
export const linesHeight = (lines: readonly Line[]) => lines.reduce((h, l) => h + l.size * LEADING, 0);

/** Where the baseline of a line lies in its line box. */
export const baseline = (top: number, size: number) => top + size * ((LEADING - ASCENT - DESCENT) / 2 + ASCENT);

/** Lines set from `top` down, starting at `x`, each in a room of `width`. */
export function placeLines(lines: readonly Line[], x: number, top: number, width: number, ref?: string): PictureText[] {
  let y = top;
  return lines.map((l) => {
    const text: PictureText = {
      type: 'text',
      x,
      y: baseline(y, l.size),
      text: l.text,
      size: l.size,
      anchor: 'start',
      tone: l.tone,
      maxWidth: width,
      ...(l.bold ? { bold: true } : {}),
      ...(l.role ? { role: l.role } : {}),
      ...(ref ? { ref } : {}),
    };
    y += l.size * LEADING;
    return text;
  });
}

export interface LegendItem {
  /** The sample drawn before the text, in a box of `swatch` × one line, its left edge at x and its middle at y. */
  sample?: (x: number, middle: number) => PictureShape[];
  swatch?: number;
  text: string;
}

/** A legend that flows like text: items side by side, on the next row when the row is full. */
export function legend(items: readonly LegendItem[], x: number, top: number, width: number, size: number): { shapes: PictureShape[]; height: number } {
  const shapes: PictureShape[] = [];
  const gap = size * 1.2;
  const lineHeight = size * LEADING;
  let cx = x;
  let rowTop = top;
  let rowHeight = 0;
  for (const item of items) {
    const swatch = item.sample ? (item.swatch ?? size * 1.4) + size * 0.4 : 0;
    const natural = swatch + textWidth(item.text, size);
    const fitsRow = cx === x || cx + natural <= x + width;
    if (!fitsRow) {
      rowTop += rowHeight + size * 0.3;
      cx = x;
      rowHeight = 0;
    }
    const room = Math.min(natural, x + width - cx);
    // A hair of room more than measured: the text that was measured to fit must not wrap.
    const lines = paragraph(item.text, Math.max(room - swatch, size) + size * 0.01, size, { tone: 'text', role: 'legend' });
    // A sample is a little taller than a line: the line sits in its middle.
    const itemTop = rowTop + (item.sample ? size * 0.15 : 0);
    if (item.sample) shapes.push(...item.sample(cx, itemTop + lineHeight / 2));
    shapes.push(...placeLines(lines, cx + swatch, itemTop, room - swatch));
    rowHeight = Math.max(rowHeight, linesHeight(lines), item.sample ? size * 1.6 : 0);
    cx += Math.max(...lines.map((l) => textWidth(l.text, size))) + swatch + gap;
  }
  return { shapes, height: rowTop + rowHeight - top };
}

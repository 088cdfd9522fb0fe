/**
 * A picture of the plan, laid out once and drawn by every renderer: SVG in the worksheet, the
 * workbook and the lessons, jsPDF's shapes in the PDF, DrawingML shapes in the Word document.
 * A layout module (relationship-map.ts, timeline.ts) turns the plan into a `Picture`: shapes in a
 * box of `width` × `height` units, in paint order. A unit is whatever the renderer says: a CSS
 * pixel on screen, a millimetre in the PDF. Colours are named by what they mean (`Tone`), so each
 * renderer picks its own (light and dark mode on screen, print colours in the PDF and Word).
 */

/** What a colour means. Renderers map each to a colour of their own. */
export const TONES = [
  // both pictures
  'paper',
  'text',
  'muted',
  'rule',
  'band',
  'accent',
  // attitudes (relationship map): always together with their sign, never colour alone
  'voorstander',
  'positief',
  'neutraal',
  'kritisch',
  'tegenstander',
  'card',
  'link',
  // timeline
  'grid',
  'review',
  'today',
  'gepland',
  'bezig',
  'klaar',
  'vervallen',
  'milestone',
] as const;
export type Tone = (typeof TONES)[number];

export interface PictureRect {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Tone | null;
  stroke: Tone | null;
  strokeWidth: number;
  /** Corner radius. */
  radius?: number;
  dashed?: boolean;
  /** What the rectangle is, for tests and hooks: 'card', 'bar', 'badge', 'lane', … */
  role?: string;
  /** The row id of the plan it stands for (a DMU member, an action). */
  ref?: string;
}

export interface PictureLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Tone;
  strokeWidth: number;
  dashed?: boolean;
  role?: string;
}

/** A point mark: a milestone (diamond) or a one-day action (circle). `x`, `y` is its centre. */
export interface PictureMark {
  type: 'mark';
  shape: 'diamond' | 'circle';
  x: number;
  y: number;
  size: number;
  fill: Tone | null;
  stroke: Tone;
  strokeWidth: number;
  role?: string;
  ref?: string;
}

export interface PictureText {
  type: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  /** Height of the font in units. */
  size: number;
  anchor: 'start' | 'middle' | 'end';
  tone: Tone;
  bold?: boolean;
  /** The room the text was fitted into: a renderer whose font runs wider may shorten it to this. */
  maxWidth: number;
  role?: string;
  ref?: string;
}

export type PictureShape = PictureRect | PictureLine | PictureMark | PictureText;

export interface Picture {
  width: number;
  height: number;
  /** In paint order: what comes later is drawn on top. */
  shapes: PictureShape[];
  /** A short name for the picture (the SVG's title, the figure's alt text name). */
  title: string;
  /** Everything the picture shows, in sentences (the SVG's desc, the figure's alt text). */
  description: string;
}

/** The sizes a layout works with, in its units. */
export interface PictureScale {
  /** The width of the picture. */
  width: number;
  /** The body text. */
  font: number;
  /** Secondary text: never under 11 px on screen or 7 pt in print. */
  small: number;
}

/** On screen: one unit is a CSS pixel; text at 13 and 11.5 px. */
export const SCREEN = { font: 13, small: 11.5 } as const;
/** In print: one unit is a millimetre; text at 8.2 and 7.2 pt (2.9 and 2.55 mm). */
export const PRINT = { width: 160, font: 2.9, small: 2.55 } as const;

/** The texts of a picture, in paint order: what the reader can read in it. */
export const pictureTexts = (picture: Picture): PictureText[] => picture.shapes.filter((s): s is PictureText => s.type === 'text');

/** The box a shape covers (a text's box is estimated from its width and size). */
export function shapeBox(shape: PictureShape, width: (t: PictureText) => number): { x: number; y: number; width: number; height: number } {
  switch (shape.type) {
    case 'rect':
      return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
    case 'line':
      return { x: Math.min(shape.x1, shape.x2), y: Math.min(shape.y1, shape.y2), width: Math.abs(shape.x2 - shape.x1), height: Math.abs(shape.y2 - shape.y1) };
    case 'mark':
      return { x: shape.x - shape.size / 2, y: shape.y - shape.size / 2, width: shape.size, height: shape.size };
    case 'text': {
      const w = width(shape);
      const x = shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - w / 2 : shape.x - w;
      return { x, y: shape.y - shape.size * ASCENT, width: w, height: shape.size * (ASCENT + DESCENT) };
    }
  }
}

/** How far a line of text reaches above and below its baseline, in font sizes. */
export const ASCENT = 0.8;
export const DESCENT = 0.25;
/** The height of one line of text, in font sizes. */
export const LEADING = 1.3;

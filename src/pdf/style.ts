/** The look of the PDF: page geometry (mm), type sizes (pt) and colours. One place to tune it. */

export type Rgb = readonly [number, number, number];

export const PAGE = {
  width: 210,
  height: 297,
  left: 25,
  right: 25,
  top: 24,
  /** Content never goes below this line; the footer lives underneath. */
  bottom: 297 - 26,
  /** Baseline of the footer text. */
  footerBaseline: 297 - 14,
} as const;

/** Width of the text column. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const COLOR = {
  ink: [31, 35, 40],
  muted: [95, 104, 116],
  accent: [23, 74, 120],
  accentTint: [231, 238, 245],
  rule: [214, 220, 227],
  ruleStrong: [125, 136, 148],
} as const satisfies Record<string, Rgb>;

/** Millimetres per typographic point. */
export const PT = 25.4 / 72;

export interface TextStyle {
  /** Font size in pt. */
  size: number;
  /** Height of one line in mm. */
  leading: number;
  bold: boolean;
  color: Rgb;
}

const style = (size: number, leadingFactor: number, bold: boolean, color: Rgb = COLOR.ink): TextStyle => ({
  size,
  leading: size * PT * leadingFactor,
  bold,
  color,
});

export const TEXT = {
  body: style(10, 1.45, false),
  bodyMuted: style(10, 1.45, false, COLOR.muted),
  small: style(8, 1.35, false, COLOR.muted),
  coverKicker: style(11, 1.3, true, COLOR.accent),
  coverTitle: style(28, 1.15, true),
  kicker: style(9.5, 1.3, true, COLOR.accent),
  chapter: style(22, 1.2, true),
  chapterSub: style(12.5, 1.3, false, COLOR.muted),
  appendix: style(16, 1.25, true),
  h2: style(12, 1.3, true, COLOR.accent),
  h3: style(10.5, 1.35, true),
  tocEntry: style(11, 1.45, false),
} as const satisfies Record<string, TextStyle>;

/** Table text: a little smaller than the body, smaller still for wide tables. */
export function tableStyle(columns: number, bold = false, color: Rgb = COLOR.ink): TextStyle {
  return style(columns >= 6 ? 8 : columns >= 4 ? 8.5 : 9, 1.35, bold, color);
}

/** Vertical rhythm in mm. */
export const SPACE = {
  paragraph: 2.4,
  afterHeading: 1.6,
  beforeH2: 7,
  beforeH3: 4.5,
  cellX: 1.8,
  cellY: 1.3,
} as const;

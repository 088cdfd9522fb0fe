import { ELLIPSIS, ellipsizeToFit, graphemes } from '../plan/values/text';

/**
 * Fitting text into a box of a slide, the same way for the page, PowerPoint and the slide PDF.
 * Widths are upper bounds: per character at least as wide as Noto Sans (the slide PDF) and Arial
 * (PowerPoint; Liberation Sans has its metrics), regular and bold, so a text this module fits on
 * N lines takes at most N lines in any of them (test/deck/fit.test.ts measures the real fonts).
 * A text that does not fit is cut at a grapheme boundary and ends in "…"; the caller keeps the
 * whole text for the speaker notes.
 */

/** Line height as a share of the font size, in every renderer. */
export const LINE_HEIGHT = 1.2;

// Width classes in em, upper bounds of the four fonts, for Basic Latin, Latin-1 and Latin
// Extended-A. Letters not listed: 0.84 when upper case, else 0.68. Any other character of the Basic
// Multilingual Plane counts 1.1 (CJK is 1, Cyrillic's widest 1.07), the Latin digraphs (Ǆ, Ǳ…) and
// per mille signs 1.7, anything above the plane (emoji) 1.3. The C1 controls never reach a slide
// (clean.ts drops them).
const NARROW = " ',.ijlìíîïĩīĭįıĵĺļł";
const SLIM = '!():;-[]`{}fIÌÍÎÏĨĪĬĮİľ¡´·¸ºª²³¹ſ';
const THIN = '"rt/\\z°ŕŗřţŧťźżžŀ';
const BROAD = '#&©®¼ßĳŉďđĐĎĲ';
const WIDE = 'mwMW@%ÆŒœæ½¾Ŵŵ';
const EXTRA_WIDE = /[\u01c4-\u01cc\u01f1-\u01f3\u2030\u2031]/u;

const TABLE = new Float32Array(0x180);
for (let cp = 0x20; cp < 0x180; cp++) TABLE[cp] = /\p{Lu}/u.test(String.fromCodePoint(cp)) ? 0.84 : 0.68;
for (const [chars, em] of [
  [NARROW, 0.31],
  [SLIM, 0.4],
  [THIN, 0.5],
  [BROAD, 0.84],
  [WIDE, 1.02],
] as const) {
  for (const c of chars) TABLE[c.codePointAt(0)!] = em;
}

/** Width of one character in em (an upper bound). */
export function charWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint < 0x180) return TABLE[codePoint]!;
  if (codePoint > 0xffff) return 1.3;
  return EXTRA_WIDE.test(String.fromCharCode(codePoint)) ? 1.7 : 1.1;
}

/** Width of a text in points at a font size in points. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c.codePointAt(0)!);
  return em * size;
}

/** A box on a slide, in points, and the font size of its text. */
export interface TextBox {
  width: number;
  height: number;
  size: number;
}

/** How many lines of this size fit in a height. */
export function linesIn(height: number, size: number): number {
  return Math.max(1, Math.floor(height / (size * LINE_HEIGHT) + 1e-9));
}

/** A line of wrapped text and where it starts in the text. */
interface Line {
  text: string;
  start: number;
}

/**
 * Greedy word wrap of `text` ("\n" between paragraphs) to `width` points; a word longer than a
 * line breaks between graphemes. Stops after `limit` lines.
 */
function wrapLines(text: string, width: number, size: number, limit: number): Line[] {
  const out: Line[] = [];
  const space = charWidth(0x20) * size;
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(' ');
    let line = '';
    let lineWidth = 0;
    let start = offset;
    let at = offset;
    for (const word of words) {
      const w = textWidth(word, size);
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
      } else if (!line && w <= width) {
        line = word;
        lineWidth = w;
        start = at;
      } else {
        if (line) {
          out.push({ text: line, start });
          if (out.length >= limit) return out;
        }
        line = '';
        lineWidth = 0;
        start = at;
        // A word wider than the line: as many graphemes per line as fit, at least one.
        let pos = at;
        for (const g of w <= width ? [word] : graphemes(word)) {
          const gw = textWidth(g, size);
          if (line && lineWidth + gw > width) {
            out.push({ text: line, start });
            if (out.length >= limit) return out;
            line = '';
            lineWidth = 0;
            start = pos;
          }
          line += g;
          lineWidth += gw;
          pos += g.length;
        }
      }
      at += word.length + 1;
    }
    if (line || paragraph === '') out.push({ text: line, start });
    if (out.length >= limit) return out;
    offset += paragraph.length + 1;
  }
  return out;
}

/** The lines a text takes in a width (all of them). */
export function wrap(text: string, width: number, size: number): string[] {
  return wrapLines(text, width, size, Number.POSITIVE_INFINITY).map((l) => l.text);
}

export interface Fitted {
  /** The text as it fits: the original, or its start with "…". */
  text: string;
  /** Its lines in the box. */
  lines: string[];
  shortened: boolean;
}

/**
 * Fits a text (single spaces, "\n" between paragraphs: see clean.ts) into a box: whole when it
 * fits, else the lines that fit with the last one cut at a grapheme boundary and ending in "…".
 */
export function fitText(text: string, box: TextBox): Fitted {
  const max = linesIn(box.height, box.size);
  const lines = wrapLines(text, box.width, box.size, max + 1);
  if (lines.length <= max) return { text, lines: lines.map((l) => l.text), shortened: false };
  const lastStart = lines[max - 1]!.start;
  const rest = text.slice(lastStart).replace(/\n/g, ' ');
  const fits = (candidate: string) => textWidth(candidate, box.size) <= box.width;
  const kept = text.slice(0, lastStart);
  // The rest on one line: the last paragraphs joined, when that is all it takes.
  if (fits(rest)) return { text: `${kept}${rest}`, lines: [...lines.slice(0, max - 1).map((l) => l.text), rest], shortened: false };
  let last = ellipsizeToFit(rest, fits);
  // Cut between words where the line has a space: a grapheme boundary, and easier to read.
  const cut = last.slice(0, -ELLIPSIS.length);
  const space = cut.lastIndexOf(' ');
  if (space > 0 && rest[cut.length] !== ' ') last = `${cut.slice(0, space).trimEnd()}${ELLIPSIS}`;
  return { text: `${kept}${last}`, lines: [...lines.slice(0, max - 1).map((l) => l.text), last], shortened: true };
}

import { ELLIPSIS, ellipsizeToFit, graphemes } from '../values/text';

/**
 * Fitting text into a picture without a font at hand. A layout runs in Node, in the browser and
 * before the PDF font is loaded, so it estimates widths from the kind of each character, on the
 * wide side: the widest of the fonts that draw it (DejaVu Sans, the sans-serif of many Linux
 * browsers; Noto Sans in the PDF; Calibri in Word) fits in the room the estimate gives. A
 * renderer that can measure (the PDF) may still shorten a text to its `maxWidth`.
 */

const NARROW = new Set([..."iljI.,:;'!|()[]{}`’‘ "]);
const SEMI = new Set([...'frt-"“”/\\*°']);
const WIDE = new Set([...'mwMW@%&—…']);

/** The estimated width of one grapheme, in ems. */
function em(g: string): number {
  if (NARROW.has(g)) return 0.34;
  if (SEMI.has(g)) return 0.46;
  if (WIDE.has(g)) return 1.0;
  const cp = g.codePointAt(0)!;
  // Latin, Greek, Cyrillic and their accents: by case.
  if (cp < 0x0530) return g.length === 1 && g === g.toUpperCase() && g !== g.toLowerCase() ? 0.78 : 0.64;
  // Punctuation, currency and symbols the fonts share.
  if (cp >= 0x2000 && cp < 0x2400) return 0.8;
  // Everything else (CJK, emoji, other scripts): a full square and then some.
  return 1.2;
}

/** The estimated width of `text` at font size `size` (bold runs a little wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const g of graphemes(text)) total += em(g);
  return total * size * (bold ? 1.07 : 1);
}

/** `text` cut at a grapheme boundary and ended in "…" so it fits `width`; itself when it fits. */
export function shorten(text: string, width: number, size: number, bold = false): string {
  const fits = (candidate: string) => textWidth(candidate, size, bold) <= width;
  if (fits(text)) return text;
  if (!fits(ELLIPSIS)) return '';
  return ellipsizeToFit(text, fits);
}

/** Splits a word too long for a line at grapheme boundaries into pieces that fit. */
function breakWord(word: string, width: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const g of graphemes(word)) {
    if (piece && textWidth(piece + g, size, bold) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += g;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * `text` in lines that each fit `width`: broken at spaces, a word longer than a line broken
 * between graphemes, at most `maxLines` lines (the last one shortened with "…" when text is
 * left). Line breaks in the text count as spaces. Never an empty array for a non-empty text.
 */
export function wrapText(text: string, width: number, size: number, options: { maxLines?: number; bold?: boolean } = {}): string[] {
  const { maxLines = Infinity, bold = false } = options;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = textWidth(word, size, bold) <= width ? [word] : breakWord(word, width, size, bold);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    if (lines.length >= maxLines) {
      cut = true;
      break;
    }
  }
  if (line && lines.length < maxLines) lines.push(line);
  else if (line) cut = true;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cut = true;
  }
  if (cut && lines.length) {
    const last = lines.length - 1;
    const marked = `${lines[last]!.trimEnd()}${ELLIPSIS}`;
    lines[last] = textWidth(marked, size, bold) <= width ? marked : shorten(marked, width, size, bold);
  }
  return lines;
}

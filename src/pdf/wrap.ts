/**
 * Line breaking for the PDF: words wrap at spaces; a word wider than the line (a URL, a long
 * compound, a string without spaces) breaks after a slash, hyphen or other separator where one
 * fits, else between any two characters. Nothing is ever dropped: joining the lines gives back
 * every visible character of the input.
 */

/** Width of a string in the caller's unit; must be additive (no kerning). */
export type Measure = (text: string) => number;

/** Characters after which a long word may break. */
const BREAK_AFTER = new Set(['/', '\\', '-', '\u2010', '\u2013', '\u2014', '?', '&', '=', '_', '.', ',', ';', ':', '|', '+', '#', '@', '~']);
/** Combining accents stay with the letter before them. */
const COMBINING = /^[\u0300-\u036f]$/;

export interface Wrapped {
  lines: string[];
  /** `joined[i]`: line i ends inside a word that continues on line i + 1 (keep them on one page). */
  joined: boolean[];
}

/** Wraps text to lines no wider than `maxWidth`. Each "\n" starts a new line; an empty line stays. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return wrap(text, maxWidth, measure).lines;
}

/** Like {@link wrapText}, and says which lines end inside a broken word. */
export function wrap(text: string, maxWidth: number, measure: Measure): Wrapped {
  const out: Wrapped = { lines: [], joined: [] };
  for (const paragraph of text.split('\n')) wrapParagraph(paragraph, maxWidth, measure, out);
  return out;
}

function wrapParagraph(paragraph: string, max: number, measure: Measure, result: Wrapped): void {
  const out = {
    push(line: string, joined = false) {
      result.lines.push(line);
      result.joined.push(joined);
    },
  };
  if (paragraph.trim() === '') {
    out.push('');
    return;
  }
  let line = '';
  let lineWidth = 0;
  let space = '';
  let first = true;
  const flush = () => {
    out.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const token of paragraph.split(/( +)/)) {
    if (token === '') continue;
    if (token[0] === ' ') {
      // Indentation at the start of a paragraph is kept (up to half a line); other runs of
      // spaces are kept between words and dropped where the line breaks.
      if (first) {
        const width = measure(token);
        if (width < max / 2) {
          line = token;
          lineWidth = width;
        }
      } else if (line !== '') space = token;
      continue;
    }
    first = false;
    const wordWidth = measure(token);
    const gap = line === '' ? '' : space;
    const gapWidth = gap ? measure(gap) : 0;
    space = '';
    if (lineWidth + gapWidth + wordWidth <= max) {
      line += gap + token;
      lineWidth += gapWidth + wordWidth;
    } else if (wordWidth <= max) {
      if (line.trim() !== '') flush();
      line = token;
      lineWidth = wordWidth;
    } else {
      if (line.trim() !== '') flush();
      const pieces = breakWord(token, max, measure);
      for (const piece of pieces.slice(0, -1)) out.push(piece, true);
      line = pieces.at(-1) ?? '';
      lineWidth = measure(line);
    }
  }
  if (line !== '') flush();
}

/** Splits a word that is wider than a line into pieces that fit. */
export function breakWord(word: string, max: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  let width = 0;
  // Where the last separator in `current` ends, and the width up to there.
  let breakAt = -1;
  let breakWidth = 0;
  for (const unit of clusters(word)) {
    const unitWidth = measure(unit);
    if (width + unitWidth > max && current !== '') {
      if (breakAt > 0 && breakAt < current.length && breakWidth >= max / 2) {
        pieces.push(current.slice(0, breakAt));
        current = current.slice(breakAt);
        width -= breakWidth;
      } else {
        pieces.push(current);
        current = '';
        width = 0;
      }
      breakAt = -1;
    }
    current += unit;
    width += unitWidth;
    // A separator is a break opportunity, except the dot or comma inside a number (1.250,50).
    if (BREAK_AFTER.has(unit) && !((unit === '.' || unit === ',') && /\d$/.test(current.slice(0, -1)))) {
      breakAt = current.length;
      breakWidth = width;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Code points, with combining accents attached to the character before them. */
function clusters(word: string): string[] {
  const units: string[] = [];
  for (const char of word) {
    if (units.length && COMBINING.test(char)) units[units.length - 1] += char;
    else units.push(char);
  }
  return units;
}

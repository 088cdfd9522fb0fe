/**
 * Text as the PDF fonts can draw it. jsPDF silently drops characters its font has no glyph for
 * (and control characters can cut a line short), so every string passes through here first.
 */
import { graphemes, INVISIBLE } from '../plan/values/text';

/** A test for "the fonts have a glyph for this code point". */
export type Coverage = (codePoint: number) => boolean;

/** Builds a fast coverage test from sorted inclusive ranges (as generated in fonts/coverage.ts). */
export function coverageFromRanges(ranges: ReadonlyArray<readonly [number, number]>): Coverage {
  const bmp = new Uint8Array(0x10000);
  const astral: Array<readonly [number, number]> = [];
  for (const [from, to] of ranges) {
    if (to < 0x10000) bmp.fill(1, from, to + 1);
    else astral.push([from, to]);
  }
  return (cp) => (cp < 0x10000 ? bmp[cp] === 1 : astral.some(([from, to]) => cp >= from && cp <= to));
}

// Line separators of every kind become "\n"; a tab becomes spaces (a PDF has no tab stops).
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
const TAB = /\t/g;
const TAB_SPACES = '    ';
// Invisible characters (document/cover.ts) are dropped without counting; an emoji's joiners go with the emoji's mark.

function allCovered(text: string, covered: Coverage): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      if (!covered(cp)) return false;
      if (cp > 0xffff) i++;
    } else if (!covered(unit)) return false;
  }
  return true;
}

export interface Sanitised {
  text: string;
  /** How many characters (as the reader sees them: emoji with skin tone = 1) were replaced. */
  replaced: number;
}

/**
 * Makes text drawable: NFC, every line break as "\n", tabs as spaces, invisible characters
 * dropped, and every character the fonts cannot draw replaced by `mark`. A character the fonts
 * lack precomposed but can draw as letter plus accent (Vietnamese ễ) is drawn decomposed.
 */
export function sanitise(input: string, covered: Coverage, mark: string): Sanitised {
  const text = input.normalize('NFC').replace(LINE_BREAKS, '\n').replace(TAB, TAB_SPACES);
  if (allCovered(text, covered)) return { text, replaced: 0 };
  let out = '';
  let replaced = 0;
  // Per user-perceived character, so an emoji made of several code points (family, flag, skin
  // tone) is one mark; its invisible joiners are dropped with it.
  for (const cluster of graphemes(text)) {
    const visible = cluster.replace(INVISIBLE, '');
    if (allCovered(visible, covered)) out += visible;
    else {
      const decomposed = visible.normalize('NFD');
      if (allCovered(decomposed, covered)) out += decomposed;
      else {
        out += mark;
        replaced++;
      }
    }
  }
  return { text: out, replaced };
}

/**
 * A sanitiser that keeps count. Each value the reader typed is cleaned once with `typed`; text
 * that repeats or quotes it elsewhere (a reference, the footer) uses `quoted`, which does not count.
 */
export class TextCleaner {
  replaced = 0;
  constructor(
    private readonly covered: Coverage,
    readonly mark: string,
  ) {}

  typed(text: string): string {
    const result = sanitise(text, this.covered, this.mark);
    this.replaced += result.replaced;
    return result.text;
  }

  quoted(text: string): string {
    return sanitise(text, this.covered, this.mark).text;
  }

  /** Whether `text` can be drawn as it is (a last guard before jsPDF). */
  drawable(text: string): boolean {
    return allCovered(text, this.covered);
  }
}

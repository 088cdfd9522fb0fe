/**
 * Shortening text for display, in one place. A reader's text may hold emoji, flags, accents
 * written as two code points and right-to-left names: cutting it by UTF-16 code unit can leave
 * half an emoji (a lone surrogate) that a PDF, a Word file or a calendar shows as garbage. These
 * helpers cut only between graphemes (what a reader sees as one character), by `Intl.Segmenter`.
 */

/**
 * Characters that draw nothing: control characters (but the line feed), format characters (soft
 * hyphen, zero-width space and joiners, direction marks, BOM), variation selectors and tags.
 */
export const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** The ellipsis a shortened text ends in. */
export const ELLIPSIS = '…';

let segmenter: Intl.Segmenter | undefined;

/** The graphemes of a text: a family emoji, a flag or "é" written as e + accent is one. */
export function graphemes(text: string): string[] {
  // Made on first use: building a segmenter costs time a page that never shortens need not spend.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** How many code points a text has: the unit the limits in model/limits.ts count in. */
export const codePoints = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/**
 * `text` when it has at most `max` code points; otherwise its longest start of whole graphemes
 * that, with "…" after it, has at most `max` code points. The result never ends in half a
 * character, and never in a space before the ellipsis.
 */
export function ellipsize(text: string, max: number): string {
  if (max < 1) return '';
  if (text.length <= max || codePoints(text) <= max) return text;
  const room = max - 1;
  let kept = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const size = codePoints(g);
    if (used + size > room) break;
    kept += g;
    used += size;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * The longest start of `text` (whole graphemes) that, with "…", passes `fits`: for a width in
 * points on a page. `text` itself when it fits.
 */
export function ellipsizeToFit(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const parts = graphemes(text);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${parts.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`)) low = mid;
    else high = mid - 1;
  }
  return `${parts.slice(0, low).join('').trimEnd()}${ELLIPSIS}`;
}

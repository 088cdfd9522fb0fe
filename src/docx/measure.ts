/**
 * How wide a text is in a Word table, for the column widths (src/document/column-widths.ts). Word
 * has no fonts here to measure with, so this takes the advance widths of Noto Sans (in 1/100 em,
 * ASCII; other letters by their base letter): what LibreOffice draws Calibri with where it lacks
 * it, and wider than Calibri itself, so a column sized by it holds its longest word in either.
 */

// Space to tilde (U+0020–U+007E), regular and bold.
const REGULAR = [
  26, 27, 41, 65, 57, 83, 73, 23, 30, 30, 55, 57, 27, 32, 27, 37, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 27, 27, 57, 57, 57, 43, 90, 64, 65, 63, 73, 56, 52,
  73, 74, 34, 27, 62, 52, 91, 76, 78, 61, 78, 62, 55, 56, 73, 60, 93, 59, 57, 57, 33, 37, 33, 57, 44, 28, 56, 62, 48, 62, 56, 34, 62, 62, 26, 26, 53, 26, 94,
  62, 61, 62, 62, 41, 48, 36, 62, 51, 79, 53, 51, 47, 38, 55, 38, 57,
];
const BOLD = [
  26, 28, 48, 65, 57, 90, 75, 27, 34, 34, 54, 57, 29, 32, 28, 42, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 28, 29, 57, 57, 57, 48, 90, 69, 67, 64, 73, 56, 55,
  72, 77, 39, 33, 66, 56, 94, 81, 79, 62, 79, 66, 55, 58, 76, 65, 97, 67, 63, 58, 33, 42, 33, 57, 41, 37, 60, 63, 52, 63, 60, 39, 63, 65, 30, 30, 62, 30, 98,
  65, 63, 63, 63, 45, 50, 43, 65, 57, 86, 58, 57, 49, 39, 55, 39, 57,
];
/** A character outside ASCII without an ASCII base letter (€, –, an emoji): as wide as a capital. */
const OTHER = 70;
const MM_PER_PT = 25.4 / 72;
/**
 * A word measured exactly to its column's width still breaks in LibreOffice (its own rounding and
 * spacing): a tenth more keeps it whole.
 */
const SLACK = 1.1;

/** The width of `text` in mm at `size` points. */
export function measure(text: string, size: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const base = code < 0x80 ? code : char.normalize('NFD').charCodeAt(0);
    em += base >= 0x20 && base < 0x7f ? table[base - 0x20]! : OTHER;
  }
  return (em / 100) * size * MM_PER_PT * SLACK;
}

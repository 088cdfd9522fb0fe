import { existsSync, readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { COVERED_RANGES } from '../../src/pdf/fonts/coverage';
import { coverageFromRanges } from '../../src/pdf/text';

/**
 * The real widths of the fonts slides are drawn in: Noto Sans (the slide PDF: the subsets of
 * src/pdf/fonts/) and, where the machine has it, Liberation Sans (Arial's metrics: PowerPoint,
 * LibreOffice, the page), regular and bold.
 */
export function fontWidths(path: string): (codePoint: number) => number {
  const doc = new jsPDF();
  const name = path.replace(/\W/g, '');
  doc.addFileToVFS(`${name}.ttf`, Array.from(readFileSync(path), (b) => String.fromCharCode(b)).join(''));
  doc.addFont(`${name}.ttf`, name, 'normal');
  doc.setFont(name, 'normal');
  const font = doc.getFont();
  const cache = new Map<number, number>();
  return (cp) => {
    let w = cache.get(cp);
    if (w === undefined) cache.set(cp, (w = doc.getStringUnitWidth(String.fromCodePoint(cp), { font, fontSize: 10 })));
    return w;
  };
}

export const NOTO = ['src/pdf/fonts/noto-sans-regular.ttf', 'src/pdf/fonts/noto-sans-bold.ttf'];
export const LIBERATION = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
].filter((p) => existsSync(p));

let widest: ((text: string, size: number) => number) | undefined;

/**
 * The width of a text in points in the widest of these fonts. A character Noto Sans lacks is drawn
 * in the slide PDF as its replacement mark, so it is measured as that mark; Liberation Sans counts
 * for the Latin letters (what it is used for here).
 */
export function realWidth(text: string, size: number): number {
  if (!widest) {
    const covered = coverageFromRanges(COVERED_RANGES);
    const noto = NOTO.map(fontWidths);
    const liberation = LIBERATION.map(fontWidths);
    const mark = Math.max(...noto.map((f) => f(0xfffd)));
    widest = (t, s) => {
      let em = 0;
      for (const c of t) {
        const cp = c.codePointAt(0)!;
        if (!covered(cp)) em += mark;
        else em += Math.max(...noto.map((f) => f(cp)), ...(cp < 0x250 ? liberation.map((f) => f(cp)) : []));
      }
      return em * s;
    };
  }
  return widest(text, size);
}

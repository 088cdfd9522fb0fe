import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidth, fitText, linesIn, textWidth, wrap } from '../../src/deck/fit';
import { COVERED_RANGES } from '../../src/pdf/fonts/coverage';
import { ELLIPSIS, graphemes } from '../../src/plan/values/text';
import { fontWidths, LIBERATION, NOTO } from './fonts';

/** Control characters never reach a slide (clean.ts drops them). */
const drawn = (cp: number) => cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f);
const covered = COVERED_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter(drawn);

/**
 * The widths fit.ts measures with must be at least those of the fonts the slides are drawn in:
 * Noto Sans (the slide PDF) and Arial, whose metrics Liberation Sans has (PowerPoint, LibreOffice,
 * the page), regular and bold.
 */
describe('the widths text is fitted with', () => {
  it.each(NOTO)('are at least those of %s for every character it draws', (path) => {
    const real = fontWidths(path);
    const narrower = covered
      .filter((cp) => charWidth(cp) + 1e-6 < real(cp))
      .map((cp) => `U+${cp.toString(16)} ${String.fromCodePoint(cp)}: ${charWidth(cp)} < ${real(cp)}`);
    expect(narrower).toEqual([]);
  });

  it.runIf(LIBERATION.length === 2).each(LIBERATION)('are at least those of %s (Arial’s metrics) for Latin text', (path) => {
    const real = fontWidths(path);
    const latin = Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i).filter(drawn);
    expect(latin.filter((cp) => charWidth(cp) + 1e-6 < real(cp)).map((cp) => `U+${cp.toString(16)}`)).toEqual([]);
  });

  it('lose little on ordinary Dutch text: at most a third wider than Noto Sans', () => {
    const real = fontWidths(NOTO[0]!);
    const text = 'Zorggroep Lindenhof wil in 2030 de helft minder milieubelasting en betere scores bij de inspectie.';
    const noto = [...text].reduce((n, c) => n + real(c.codePointAt(0)!), 0);
    expect(textWidth(text, 1) / noto).toBeLessThan(1.34);
  });
});

describe('fitting a text into a box', () => {
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.lorem({ maxCount: 80 }));
  const anyBox = fc.record({ width: fc.integer({ min: 20, max: 900 }), height: fc.integer({ min: 10, max: 400 }), size: fc.integer({ min: 8, max: 40 }) });

  it('never gives more lines than fit, nor a line wider than the box (unless one character is)', () => {
    fc.assert(
      fc.property(anyText, anyBox, (text, box) => {
        const fitted = fitText(text, box);
        expect(fitted.lines.length).toBeLessThanOrEqual(linesIn(box.height, box.size));
        for (const line of fitted.lines) {
          if (graphemes(line).length > 1) expect(textWidth(line, box.size)).toBeLessThanOrEqual(box.width + 1e-6);
        }
      }),
    );
  });

  it('keeps a text that fits, and cuts one that does not at a grapheme boundary, ending in …', () => {
    fc.assert(
      fc.property(anyText, anyBox, (text, box) => {
        const fitted = fitText(text, box);
        if (!fitted.shortened) {
          expect(fitted.text.replace(/\n/g, ' ')).toBe(text.replace(/\n/g, ' '));
          return;
        }
        expect(fitted.text.endsWith(ELLIPSIS)).toBe(true);
        const kept = fitted.text.slice(0, -ELLIPSIS.length).replace(/\n/g, ' ');
        const original = text.replace(/\n/g, ' ');
        expect(original.startsWith(kept)).toBe(true);
        // Whole graphemes only: the kept part's graphemes are the original's first ones.
        const g = graphemes(kept);
        expect(graphemes(original).slice(0, g.length)).toEqual(g);
      }),
    );
  });

  it('wraps between words, and breaks a word only when it is wider than the line', () => {
    expect(wrap('een twee drie vier', textWidth('een twee', 10), 10)).toEqual(['een twee', 'drie vier']);
    expect(wrap('eenheelerglangwoord', textWidth('eenheel', 10), 10)).toEqual(['eenheel', 'erglang', 'woord']);
    expect(wrap('a\nb', 1000, 10)).toEqual(['a', 'b']);
  });

  it('cuts between words where the last line has a space', () => {
    const fitted = fitText('Hoe kunnen we met de centrale facilitaire dienst de duurzaamheidsdoelen sneller halen', {
      width: textWidth('Hoe kunnen we met de centrale', 20),
      height: 24,
      size: 20,
    });
    expect(fitted).toMatchObject({ shortened: true, lines: ['Hoe kunnen we met de…'] });
  });

  it('never splits an emoji, a flag or an accent written as two characters', () => {
    const text = '👨‍👩‍👧‍👦🇳🇱e\u0301'.repeat(30);
    const fitted = fitText(text, { width: 100, height: 12, size: 10 });
    expect(fitted.shortened).toBe(true);
    expect(graphemes(fitted.text).every((g) => ['👨‍👩‍👧‍👦', '🇳🇱', 'e\u0301', ELLIPSIS].includes(g))).toBe(true);
  });
});

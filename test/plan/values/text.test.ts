import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, ellipsize, ellipsizeToFit, graphemes } from '../../../src/plan/values/text';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Texts a reader may type: letters, accents as combining marks, emoji with skin tones and ZWJ, flags, RTL. */
const readerText = fc
  .array(fc.constantFrom('a', 'é', 'e\u0301', ' ', '😀', '👍🏽', '👨‍👩‍👧', '🇳🇱', 'ש', 'ﷺ', '\u200f', 'Ж', '字'), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('shortening a text for display', () => {
  it('leaves a text that fits as it is', () => {
    expect(ellipsize('Lindenhof', 9)).toBe('Lindenhof');
    expect(ellipsize('😀😀😀', 3)).toBe('😀😀😀');
  });

  it('cuts a long text and ends it in an ellipsis, without a space before it', () => {
    expect(ellipsize('Zorggroep Lindenhof', 11)).toBe('Zorggroep…');
  });

  it('counts emoji as the characters they are, not as UTF-16 halves', () => {
    // Regression: TableEditor's old short() left "\ud83d" at the end of 40 emoji.
    const cut = ellipsize('😀'.repeat(40), 10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });

  it('never splits a family emoji or a flag', () => {
    const cut = ellipsize('ab👨‍👩‍👧🇳🇱', 4);
    expect(cut).toBe('ab…');
  });

  it('holds for any text and any limit: short enough, a prefix, whole graphemes', () => {
    fc.assert(
      fc.property(readerText, fc.integer({ min: 1, max: 60 }), (text, max) => {
        const cut = ellipsize(text, max);
        expect(codePoints(cut)).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(cut)).toBe(false);
        if (cut === text) return;
        expect(cut.endsWith('…')).toBe(true);
        const kept = cut.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        // The cut falls between two graphemes of the original.
        const starts = new Set<number>();
        let at = 0;
        for (const g of graphemes(text)) {
          starts.add(at);
          at += g.length;
        }
        expect(starts.has(kept.length)).toBe(true);
      }),
    );
  });
});

describe('shortening a text to a width', () => {
  it('keeps as many whole graphemes as fit', () => {
    const fits = (s: string) => codePoints(s) <= 5;
    expect(ellipsizeToFit('🇳🇱🇳🇱🇳🇱', fits)).toBe('🇳🇱🇳🇱…');
    expect(ellipsizeToFit('abc', fits)).toBe('abc');
  });
});

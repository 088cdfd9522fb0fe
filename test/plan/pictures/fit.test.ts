import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten, textWidth, wrapText } from '../../../src/plan/pictures/fit';
import { ELLIPSIS, graphemes } from '../../../src/plan/values/text';

const bare = (text: string) => text.replace(/\s+/g, '');

describe('fitting text into a picture', () => {
  it('estimates wide letters wider than narrow ones, bold wider than regular, and a flag as one character', () => {
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
    expect(textWidth('Ingrid Bos', 10, true)).toBeGreaterThan(textWidth('Ingrid Bos', 10));
    expect(textWidth('🇳🇱', 10)).toBe(textWidth('中', 10));
    expect(textWidth('ab', 20)).toBe(2 * textWidth('ab', 10));
  });

  it('wraps at spaces, and breaks a word longer than the line between graphemes', () => {
    const width = textWidth('duurzaamheidsvisie', 10) + 1;
    expect(wrapText('Presenteer de duurzaamheidsvisie aan Ingrid Bos', width, 10)).toEqual(['Presenteer de', 'duurzaamheidsvisie', 'aan Ingrid Bos']);
    expect(wrapText('duurzaamheidsvisie', width - 2, 10)).toHaveLength(2);
    const lines = wrapText('👩‍👩‍👧‍👦'.repeat(12), 40, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(graphemes(line).every((g) => g === '👩‍👩‍👧‍👦')).toBe(true);
  });

  it('ends a text cut at its last line in "…"', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien', 60, 10, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(shorten('Fatima El Amrani', 50, 10)).toMatch(/…$/);
    expect(shorten('Fatima', 500, 10)).toBe('Fatima');
  });

  it('fits any text: every line in its width, whole graphemes only, nothing lost unless cut with "…" (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120, unit: 'grapheme' }),
        fc.double({ min: 1.4, max: 40, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.boolean(),
        (text, ems, maxLines, bold) => {
          const size = 10;
          const width = ems * size;
          const lines = wrapText(text, width, size, { ...(maxLines ? { maxLines } : {}), bold });
          for (const line of lines) expect(textWidth(line, size, bold)).toBeLessThanOrEqual(width + 1e-9);
          if (maxLines) expect(lines.length).toBeLessThanOrEqual(maxLines);
          const typed = new Set([...graphemes(text), ELLIPSIS]);
          for (const line of lines) for (const g of graphemes(line)) if (!/^\s+$/.test(g)) expect(typed.has(g), `"${g}"`).toBe(true);
          const joined = bare(lines.join(''));
          if (joined.endsWith(ELLIPSIS) && !bare(text).endsWith(ELLIPSIS)) expect(bare(text).startsWith(joined.slice(0, -1))).toBe(true);
          else expect(joined).toBe(bare(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

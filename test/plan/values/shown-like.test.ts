import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grossMargin } from '../../../src/plan/finance/totals';
import { formatEuro, shownLike } from '../../../src/plan/values/format';

describe('a computed amount beside the amount it comes from', () => {
  it('shows whole euros beside a revenue in whole euros (issue 27: "€ 54.762,50" among whole euros)', () => {
    expect(formatEuro(shownLike(grossMargin(365_083, 15), 365_083))).toBe('€ 54.762');
    expect(formatEuro(shownLike(grossMargin(110.5, 20), 110.5))).toBe('€ 22,10');
    expect(shownLike(null, 1000)).toBeNull();
  });

  it('never moves more than half a euro, and is whole whenever its source is (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 100, noNaN: true }), (revenue, margin) => {
        const computed = grossMargin(revenue, margin)!;
        const shown = shownLike(computed, revenue)!;
        expect(Number.isInteger(shown)).toBe(true);
        expect(Math.abs(shown - computed)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

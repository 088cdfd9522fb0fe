import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clock, keyMove, moveTo, perSlide, swipeMove, timeState } from '../../src/deck/presenting';

describe('keys while presenting', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
    ['Tab', null],
  ])('%j moves %s', (key, move) => {
    expect(keyMove({ key })).toBe(move);
  });

  it('leave keys with Ctrl, Alt or Meta to the browser, and Shift+Space goes back', () => {
    expect(keyMove({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyMove({ key: 'PageDown', altKey: true })).toBeNull();
    expect(keyMove({ key: 'ArrowLeft', metaKey: true })).toBeNull();
    expect(keyMove({ key: ' ', shiftKey: true })).toBe('previous');
  });
});

describe('a swipe', () => {
  it('to the left is next, to the right previous; short or mostly vertical is none', () => {
    expect(swipeMove(-120, 10)).toBe('next');
    expect(swipeMove(120, -10)).toBe('previous');
    expect(swipeMove(-30, 0)).toBeNull();
    expect(swipeMove(-100, 90)).toBeNull();
  });
});

describe('moving between slides', () => {
  it('never leaves the deck', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('next', 'previous', 'first', 'last', 'exit') as fc.Arbitrary<'next'>,
        (index, count, move) => {
          const at = Math.min(index, count - 1);
          const to = moveTo(at, move, count);
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(count);
        },
      ),
    );
    expect(moveTo(2, 'next', 9)).toBe(3);
    expect(moveTo(8, 'next', 9)).toBe(8);
    expect(moveTo(0, 'previous', 9)).toBe(0);
    expect(moveTo(4, 'last', 9)).toBe(8);
  });
});

describe('the clock', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [65_000, '1:05'],
    [15 * 60_000, '15:00'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(clock(ms)).toBe(text);
  });

  it('says when time runs out and when it is over', () => {
    expect(timeState(0, 15)).toBe('ok');
    expect(timeState(13 * 60_000, 15)).toBe('ok');
    expect(timeState(13.6 * 60_000, 15)).toBe('near');
    expect(timeState(15 * 60_000, 15)).toBe('near');
    expect(timeState(15 * 60_000 + 1, 15)).toBe('over');
    // At least the last minute is "near", also for a short talk.
    expect(timeState(4 * 60_000 + 1, 5)).toBe('near');
  });

  it('shares the length over the slides', () => {
    expect(perSlide(15, 9)).toBe(100_000);
    expect(perSlide(15, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateProblem, fitName, LIMITS, textCounter, textProblem } from '../../../src/plan/model/limits';

describe('a text at its limit', () => {
  it.each(['text', 'longText', 'name', 'versionNote'] as const)('%s: fits up to the limit, not one character more', (kind) => {
    expect(textProblem(kind, 'a'.repeat(LIMITS[kind]))).toBeNull();
    expect(textProblem(kind, 'a'.repeat(LIMITS[kind] + 1))).toMatch(/Maak hem korter: je wijziging is nog niet opgeslagen/);
  });

  it('says how long the text is and what fits, in Dutch numbers', () => {
    expect(textProblem('longText', 'a'.repeat(21_250))).toBe(
      'Deze tekst is 21.250 tekens; hier passen er 20.000 in. Maak hem korter: je wijziging is nog niet opgeslagen.',
    );
  });
});

describe('the counter near a limit', () => {
  it.each([
    ['text', 799, null],
    ['text', 800, '800 van 1.000 tekens'],
    ['text', 1_200, '1.200 van 1.000 tekens'],
    ['name', 159, null],
    ['name', 160, '160 van 200 tekens'],
    ['longText', 16_000, '16.000 van 20.000 tekens'],
    ['versionNote', 200, '200 van 200 tekens'],
  ] as const)('%s with %s characters: %j', (kind, length, counter) => {
    expect(textCounter(kind, 'a'.repeat(length))).toBe(counter);
  });
});

describe('a date field', () => {
  it.each(['', '1900-01-01', '2027-02-28', '2028-02-29', '2100-12-31'])('stores %j', (iso) => {
    expect(dateProblem(iso)).toBeNull();
  });

  it.each([
    ['1899-12-31', /bestaande datum tussen 1 januari 1900 en 31 december 2100/],
    ['2101-01-01', /bestaande datum tussen 1 januari 1900 en 31 december 2100/],
    ['0202-03-04', /tussen 1 januari 1900/],
    // A five- or six-digit year sorts as text between 1900 and 2100: it must still be refused.
    ['20255-03-04', /tussen 1 januari 1900/],
    ['275760-09-13', /tussen 1 januari 1900/],
    ['2027-02-31', /bestaande datum tussen 1 januari 1900/],
    ['2027-13-01', /bestaande datum tussen 1 januari 1900/],
    ['12-03-2027', /bestaande datum tussen 1 januari 1900/],
    ['gisteren', /bestaande datum tussen 1 januari 1900/],
  ])('refuses %j', (iso, message) => {
    expect(dateProblem(iso)).toMatch(message);
  });

  it('refuses what the browser could not read (a half-typed date reads as empty)', () => {
    expect(dateProblem('', true)).toMatch(/niet compleet of bestaat niet/);
  });
});

describe('a name made from another name (a copy, a version kept as a plan)', () => {
  it('fits the limit as the reader counts it, for any name and suffix, and keeps the suffix whole', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom('𐀀', '👩‍👩‍👧', '\ud800', 'é'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
          minLength: 60,
          maxLength: 300,
          size: 'max',
        }),
        fc.constantFrom('', ' (kopie)', ' (versie van 7 december 2026)'),
        (base, suffix) => {
          const name = fitName(base, suffix);
          expect(textProblem('name', name)).toBeNull();
          expect(name.endsWith(suffix)).toBe(true);
        },
      ),
    );
  });
  it('is not too long when the account is 100 characters outside the BMP (found by the store property: the copy was set aside on every visit)', () => {
    const name = fitName(`Accountplan ${'𐀀'.repeat(100)}\ud800`, ' (kopie)');
    expect(name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(name.endsWith('… (kopie)')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatEuro, formatPercent, formatPlainNumber, parseDutchNumber } from '../../src/plan/format';

describe('amounts in euro', () => {
  it.each([
    [1250000.5, '€ 1.250.000,50'],
    [1250000, '€ 1.250.000'],
    [0, '€ 0'],
    [-300.25, '€ -300,25'],
    [null, ''],
  ])('%s is written as %j', (value, text) => {
    expect(formatEuro(value).replace(/\u00a0/g, ' ').replace('−', '-')).toBe(text);
  });
});

describe('percentages', () => {
  it.each([
    [35, '35%'],
    [12.5, '12,5%'],
    [null, ''],
  ])('%s is written as %j', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});

describe('reading a typed number', () => {
  it.each([
    ['1.250.000,50', 1250000.5],
    ['€ 1.250.000,50', 1250000.5],
    ['1250000,5', 1250000.5],
    ['1.250', 1250],
    ['12.5', 12.5],
    ['35%', 35],
    ['-3', -3],
    ['', null],
    ['  ', null],
  ])('%j is %s', (input, value) => {
    expect(parseDutchNumber(input)).toBe(value);
  });

  it.each(['twaalf', '1,2,3', '1e5', '€'])('%j is not a number', (input) => {
    const value = parseDutchNumber(input);
    expect(value === null || Number.isNaN(value)).toBe(true);
  });
});

describe('plain numbers (years)', () => {
  it.each([
    [2027, '2027'],
    [1250.5, '1250,5'],
    [null, ''],
  ])('%s is written as %j', (value, text) => {
    expect(formatPlainNumber(value)).toBe(text);
  });
});

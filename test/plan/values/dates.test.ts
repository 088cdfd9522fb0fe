import { describe, expect, it } from 'vitest';
import { addMonths, formatDateNl, parseIsoDate } from '../../../src/plan/values/dates';

describe('dates', () => {
  it.each([
    ['2027-03-12', '12 maart 2027'],
    ['2027-01-01', '1 januari 2027'],
    ['1900-12-31', '31 december 1900'],
    ['2100-05-09', '9 mei 2100'],
    ['', ''],
    ['12-03-2027', '12-03-2027'],
    ['2027-02-30', '2027-02-30'],
  ])('writes %j as %j', (iso, text) => {
    expect(formatDateNl(iso)).toBe(text);
  });

  it.each([
    ['2024-02-29', { y: 2024, m: 2, d: 29 }],
    ['2023-02-29', null],
    ['2027-13-01', null],
    ['2027-1-1', null],
  ])('reads %j as %j', (iso, parts) => {
    expect(parseIsoDate(iso)).toEqual(parts);
  });

  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-11-15', 3, '2028-02-15'],
    ['geen datum', 1, ''],
  ])('adds months to %j: +%i is %j', (iso, months, result) => {
    expect(addMonths(iso, months)).toBe(result);
  });
});

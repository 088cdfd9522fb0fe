import { parseIsoDate } from '../values/dates';
import { dateIncomplete, dateOutOfRange, notANumber, numberTooBig, textCount, textTooLong, wholeNumberOnly } from '../messages';
import { ellipsizeToFit } from '../values/text';

/**
 * What the reader can store, in one place. The read schema (schema.ts) accepts everything these
 * limits allow, so whatever the store writes reads back equal. Inputs enforce the limits where
 * the reader types (maxLength, a counter near the limit, min/max on dates) and the store refuses
 * a write that breaks them, with a Dutch message, instead of writing something it cannot read.
 */
export const LIMITS = {
  /** Characters in a plan's name (also the schema's maximum). */
  name: 200,
  /** Characters in a one-line text field, a table cell or a list item. */
  text: 1_000,
  /** Characters in a multi-line text field (about eight pages). */
  longText: 20_000,
  /** Characters in a version's note. */
  versionNote: 200,
  /** The earliest and latest date a date field accepts (ISO, inclusive). */
  minDate: '1900-01-01',
  maxDate: '2100-12-31',
  /** Digits a number may have before doubles stop holding it exactly. */
  significantDigits: 15,
} as const;

/** From this share of a text limit on, the input shows a counter ("950 van 1.000 tekens"). */
export const COUNTER_FROM = 0.8;

/** Whether an ISO date string is inside the accepted range (the caller checks it is a real date). */
export function dateInRange(iso: string): boolean {
  return iso >= LIMITS.minDate && iso <= LIMITS.maxDate;
}

/**
 * A name made from another name and a suffix ("… (kopie)"), shortened so it fits the name limit.
 * The suffix always stays whole: it says what the plan is. The limit counts as the reader's check
 * counts (UTF-16 units, `textProblem` and the plan reader): a name of 100 emoji is 200 units, and
 * a copy's name once fitted by characters was too long for the reader, which set the plan aside
 * on every visit.
 */
export function fitName(base: string, suffix = ''): string {
  const fits = (max: number) => (candidate: string) => candidate.length <= max;
  const room = LIMITS.name - suffix.length;
  if (room <= 1) return ellipsizeToFit(suffix, fits(LIMITS.name));
  return `${ellipsizeToFit(base.trim(), fits(room))}${suffix}`;
}

/** The kinds of text the reader types, each with its own limit. */
export type TextKind = 'text' | 'longText' | 'name' | 'versionNote';

/**
 * Why a text cannot be stored in a field of this kind, in Dutch, or null when it can. Only the
 * write limits live here; the type of a value is the schema's business.
 */
export function textProblem(kind: TextKind, text: string): string | null {
  const max = LIMITS[kind];
  return text.length > max ? textTooLong(text.length, max) : null;
}

/** The counter shown near a text limit ("950 van 1.000 tekens"), or null while far from it. */
export function textCounter(kind: TextKind, text: string): string | null {
  const max = LIMITS[kind];
  return text.length >= max * COUNTER_FROM ? textCount(text.length, max) : null;
}

/** Why a number cannot be stored, or null: it must be finite, and whole where the field counts. */
export function numberProblem(value: number, whole = false): string | null {
  if (!Number.isFinite(value)) return notANumber;
  if (Math.abs(value) >= 10 ** LIMITS.significantDigits) return numberTooBig(LIMITS.significantDigits);
  if (whole && !Number.isInteger(value)) return wholeNumberOnly;
  return null;
}

/**
 * Why a date cannot be stored, or null: empty, or a real day from 1900 to 2100 (ISO yyyy-mm-dd;
 * a year of five or six digits, which a date input allows, is refused too). A date input reports
 * a date it cannot read (31 februari, half typed) as empty with `badInput`.
 */
export function dateProblem(iso: string, badInput = false): string | null {
  if (badInput) return dateIncomplete;
  return iso === '' || (parseIsoDate(iso) && dateInRange(iso)) ? null : dateOutOfRange;
}

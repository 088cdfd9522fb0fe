/** Dutch number formatting and parsing for amounts, percentages and plain numbers. */
import { LIMITS } from '../model/limits';
import { numberDecimals, numberDigits, numberInDigits, numberSeparators, numberUnit, numberWhole } from '../messages';

/**
 * Number formats, made on first use: building an Intl.NumberFormat costs a few milliseconds,
 * which would otherwise be spent while every worksheet page starts.
 *
 * Every format shows every decimal a stored number has (up to 20, the most every browser
 * allows): Intl writes the shortest decimal that reads back as the same number, so a stored
 * 12.345 shows as "12,345", never rounded to "12,35". What a reader can type has at most two
 * decimals, so in practice a number shows as it was typed.
 */
function lazyFormat(options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let format: Intl.NumberFormat | undefined;
  return () => (format ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 20, ...options }));
}
const plain = lazyFormat({});
const euroCents = lazyFormat({ minimumFractionDigits: 2 });
const ungrouped = lazyFormat({ useGrouping: false });

/**
 * The text of a finite number, or '' for none. No "-0": a negative number too small to show
 * (or -0 itself) is written as 0.
 */
function write(format: () => Intl.NumberFormat, value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? format()
        .format(value)
        .replace(/^[-−](?=[0,]+$)/, '')
    : '';
}

/** "€ 1.250.000,50" (cents only when there are any). */
export function formatEuro(value: number | null | undefined): string {
  const text = write(Number.isInteger(value) ? plain : euroCents, value);
  return text && `€ ${text}`;
}

/**
 * A computed amount (a gross margin: revenue × margin %) shown as the amount it comes from: in
 * whole euros when that amount has no cents, so "€ 54.762,50" does not stand among whole euros.
 * Display only: the stored amounts are never rounded.
 */
export function shownLike(computed: number | null, source: number | null | undefined): number | null {
  return computed !== null && typeof source === 'number' && Number.isInteger(source) ? Math.round(computed) : computed;
}

/** "35%" or "12,5%" */
export function formatPercent(value: number | null | undefined): string {
  const text = write(plain, value);
  return text && `${text}%`;
}

/** "1.250" or "12,5" */
export function formatNumber(value: number | null | undefined): string {
  return write(plain, value);
}

/** A number without thousands separator, for years and codes: "2027", "12,5". */
export function formatPlainNumber(value: number | null | undefined): string {
  return write(ungrouped, value);
}

/** The number kinds of the schema (see fields.ts). */
export type NumberKind = 'number' | 'money' | 'percent';

/** What a typed number means: a number, empty (null), or a Dutch reason why it is refused. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads a number as a Dutch reader types it: "1.250.000,50", "1250000,5", "€ 1.250", "12,5%",
 * "-3". A dot only separates thousands ("1.250" is 1250) and a comma starts the decimals, so
 * nothing is guessed: "12.5", "1,000.50", "2,4 mln", "1e309" and numbers of more than 15 digits
 * are refused with a message that says what to type instead. Empty input means no value (null).
 * Amounts, percentages and other numbers have at most two decimals, and a `whole` field none.
 * A unit is read only where it is the field's own: "€" or "EUR" for an amount, "%" for a
 * percentage, the field's unit word (`unit`, "uur") after a number; "12%" in an amount or
 * "€ 12" in a percentage is refused, never read as 12.
 */
export function parseNumber(input: string, kind: NumberKind, whole = false, unit?: string): ParsedNumber {
  const refuse = (message: string): ParsedNumber => ({ ok: false, message });
  const example = kind === 'money' ? '1.000,50' : kind === 'percent' ? '12,5' : '1.250';
  // Spaces of any kind (a pasted amount may hold no-break spaces); one sign, before or after a unit.
  const [, sign1 = '', unit1 = '', sign2 = '', body = '-', unit2 = ''] =
    /^([-+−]?)([^-+−\d.,]*)([-+−]?)([\d.,]*)([^\d.,]*)$/.exec(input.replace(/\s/g, '')) ?? [];
  // A unit alone ("%", "€") stands after the number that is not typed yet. An amount takes "€"
  // (or EUR, euro) before or after it, a percentage "%" (or procent) after it, a number its own word.
  const [before, after] = !body && !unit2 ? ['', unit1] : [unit1, unit2];
  const euro = /^(€|eur|euro)$/i;
  const own = kind === 'money' ? euro : kind === 'percent' ? /^(%|procent)$/i : null;
  for (const [at, text] of [before, after].entries()) {
    if (!text || ((kind === 'money' || at) && own?.test(text)) || (at && unit && text.toLowerCase() === unit.replace(/\s/g, '').toLowerCase())) continue;
    return refuse(euro.test(text) || /^(%|procent)$/i.test(text) ? numberUnit(text, example) : numberInDigits(whole ? '12' : example));
  }
  if (sign1 && sign2) return refuse(numberInDigits(whole ? '12' : example));
  const sign = sign1 || sign2;
  if (!body && !sign) return { ok: true, value: null };
  const parts = /^(\d{1,3}(?:\.\d{3})+|\d*)(?:,(\d+))?$/.exec(body);
  if (!/\d/.test(body)) return refuse(numberInDigits(whole ? '12' : example));
  if (whole && (!parts || parts[2])) return refuse(numberWhole);
  if (!parts) return refuse(numberSeparators(example));
  const int = (parts[1] ?? '').replace(/\./g, '');
  const decimals = parts[2] ?? '';
  if (decimals.length > 2) {
    return refuse(numberDecimals(decimals.length));
  }
  if (`${int}${decimals.replace(/0+$/, '')}`.replace(/^0+/, '').length > LIMITS.significantDigits) {
    return refuse(numberDigits(LIMITS.significantDigits));
  }
  const size = Number(`${int || 0}.${decimals || 0}`);
  // What passed the checks above is what numberProblem (limits.ts) accepts: finite, at most 15
  // digits, whole where it must be. "- 0" is 0, not -0: `+ 0` turns -0 into 0.
  return { ok: true, value: /[-−]/.test(sign) ? -size + 0 : size };
}

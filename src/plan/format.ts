/** Dutch number formatting and parsing for amounts, percentages and plain numbers. */

/**
 * Number formats, made on first use: building an Intl.NumberFormat costs a few milliseconds,
 * which would otherwise be spent while every worksheet page starts.
 */
function lazyFormat(options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let format: Intl.NumberFormat | undefined;
  return () => (format ??= new Intl.NumberFormat('nl-NL', options));
}
const euro = lazyFormat({ minimumFractionDigits: 0, maximumFractionDigits: 2 });
const euroCents = lazyFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = lazyFormat({ maximumFractionDigits: 2 });
const ungrouped = lazyFormat({ maximumFractionDigits: 2, useGrouping: false });

/** "€ 1.250.000,50" (cents only when there are any). */
export function formatEuro(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const hasCents = Math.round(value * 100) % 100 !== 0;
  const text = hasCents
    ? euroCents().format(value)
    : euro().format(value);
  return `€ ${text}`;
}

/** "35%" or "12,5%" */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return `${plain().format(value)}%`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return plain().format(value);
}

/**
 * Reads a number as a Dutch reader types it: "1.250.000,50", "1250000,5", "€ 1.250", "35%",
 * "-3". A lone dot with three digits after it is a thousands separator ("1.250" = 1250); other
 * dots are decimal points, for readers who type the English way ("12.5"). Returns null for empty
 * input and NaN for text that is not a number.
 */
export function parseDutchNumber(input: string): number | null {
  const text = input.replace(/[€%\s\u00a0]/g, '');
  if (text === '') return null;
  if (!/^[-+]?[\d.,]+$/.test(text)) return Number.NaN;
  let normal: string;
  if (text.includes(',')) {
    normal = text.replace(/\./g, '').replace(',', '.');
    if (normal.includes(',')) return Number.NaN;
  } else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(text)) {
    normal = text.replace(/\./g, '');
  } else {
    normal = text;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A number without thousands separator, for years and codes: "2027", "12,5". */
export function formatPlainNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return ungrouped().format(value);
}

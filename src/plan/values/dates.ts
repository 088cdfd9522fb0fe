/** Date helpers on ISO `yyyy-mm-dd` strings (no time zones: a plan date is a calendar day). */

/** Made on first use: building an Intl format costs a few milliseconds a page would otherwise spend at start. */
let longDate: Intl.DateTimeFormat | undefined;

export function parseIsoDate(value: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { y, m, d };
}

/** "12 maart 2027" */
export function formatDateNl(value: string): string {
  const p = parseIsoDate(value);
  if (!p) return value;
  longDate ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(Date.UTC(p.y, p.m - 1, p.d)));
}

/** Adds whole months, clamping the day to the month's length (31 jan + 1 month = 28/29 feb). */
export function addMonths(value: string, months: number): string {
  const p = parseIsoDate(value);
  if (!p) return '';
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(p.d, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

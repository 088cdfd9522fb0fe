/**
 * How a field of each kind goes into a document: its form (label–value line, paragraph, list,
 * table, or a layout of its own), how its values align and wrap in a table column, and how a value
 * reads (amounts, dates, percentages, references). One table per kind, so a new kind does not
 * compile until the documents know it.
 */
import { displayValue } from '../plan/values/display';
import { formatEuro } from '../plan/values/format';
import { formatDateNl } from '../plan/values/dates';
import type { FieldInfo } from '../plan/model/fields';
import type { FieldKind } from '../plan/model/kinds';
import type { RefTarget } from '../plan/model/paths';
import type { Plan } from '../plan/model/schema';
import { swotCodes } from '../plan/method/swot';
import { ellipsize } from '../plan/values/text';
import { rowNumber } from './messages';
import type { Align, Column, Source } from './types';

/** A text with where it comes from. */
export interface Text {
  text: string;
  source?: Source;
}

/**
 * How each kind of field is written: `short` ones together as label–value lines, `paragraph`,
 * `list` and `table` under their label, `own` by a layout of its own (the matrix). In a table
 * column: its alignment, whether it may wrap, and how wide a reference may get.
 */
export const PRINT = {
  text: { form: 'short', align: 'left' },
  longText: { form: 'paragraph', align: 'left' },
  date: { form: 'short', align: 'left' },
  number: { form: 'short', align: 'right', noWrap: true },
  money: { form: 'short', align: 'right', noWrap: true },
  percent: { form: 'short', align: 'right', noWrap: true },
  choice: { form: 'short', align: 'left' },
  score: { form: 'short', align: 'center', noWrap: true },
  yesNo: { form: 'short', align: 'center', noWrap: true },
  // A reference only names a row that is printed in full elsewhere.
  reference: { form: 'short', align: 'left', maxWidth: 42 },
  list: { form: 'list', align: 'left' },
  table: { form: 'table', align: 'left' },
  matrix: { form: 'own', align: 'left' },
} satisfies Record<FieldKind, { form: 'short' | 'paragraph' | 'list' | 'table' | 'own'; align: Align; noWrap?: true; maxWidth?: number }>;

/** A table column for values of this kind, under `header`. */
export function columnOf(header: string, kind: FieldKind): Column {
  const print: { align: Align; noWrap?: true; maxWidth?: number } = PRINT[kind];
  return { header, align: print.align, ...(print.noWrap ? { noWrap: true } : {}), ...(print.maxWidth ? { maxWidth: print.maxWidth } : {}) };
}

/**
 * Amounts in a text kept together at a line end: never a break between "€" and the number, nor
 * after the sign of a negative amount (written as a real minus, "€ −7.733": a reader may break
 * after a hyphen).
 */
export const amountsWhole = (text: string) => text.replace(/€ (-)?(?=\d)/g, (_all, minus: string | undefined) => `€\u00a0${minus ? '−' : ''}`);

/** An amount kept together at a line end: "€ 1.250" never wraps between sign and number. */
export const euro = (value: number | null | undefined) => amountsWhole(formatEuro(value));

/** A matrix score with real minus signs: "--" reads as a dash in print. */
export const score = (value: string | undefined) => (value ?? '').replace(/-/g, '−');

/** A reference as the reader knows it: the label of the row it points to, or its matrix cell. */
function referenceText(plan: Plan, ref: RefTarget, value: string): Text {
  if (!value) return { text: '' };
  if ('matrix' in ref) {
    const [row, col] = value.split(':');
    const codes = swotCodes(plan);
    const from = codes.get(row ?? '');
    const to = codes.get(col ?? '');
    if (!from || !to) return { text: '' };
    const cell = plan.klantplan.matrix[value];
    return { text: `${from.code} × ${to.code}${cell ? ` (${score(cell)})` : ''}` };
  }
  const stored = (plan[ref.section] as Record<string, unknown>)[ref.field];
  const rows = Array.isArray(stored) ? (stored as Array<Record<string, unknown>>) : [];
  const index = rows.findIndex((r) => r['id'] === value);
  if (index < 0) return { text: '' };
  const label = rows[index]![ref.labelColumn];
  // The referenced text is printed in full where it belongs; here it names the row.
  return typeof label === 'string' && label.trim() ? { text: ellipsize(label.trim(), 140), source: 'quoted' } : { text: rowNumber(index) };
}

const typed = (value: unknown): Text => ({ text: typeof value === 'string' ? value.trim() : '', source: 'typed' });
const shown = (plan: Plan, info: FieldInfo, value: unknown): Text => ({ text: displayValue(plan, info, value) });

/** One value as text, per kind: typed text as typed, numbers and dates in Dutch. */
const VALUE_TEXT = {
  text: (_plan, _info, value) => typed(value),
  longText: (_plan, _info, value) => typed(value),
  choice: (plan, info, value) => (typeof value === 'string' && value ? { text: displayValue(plan, info, value), source: 'typed' } : { text: '' }),
  money: (_plan, _info, value) => ({ text: euro(value as number | null) }),
  reference: (plan, info, value) => (info.ref ? referenceText(plan, info.ref, typeof value === 'string' ? value : '') : { text: '' }),
  // "30 september" stays together; the year may go to the next line in a narrow column.
  date: (_plan, _info, value) => ({ text: formatDateNl(typeof value === 'string' ? value : '').replace(/^(\d+) /, '$1\u00a0') }),
  number: shown,
  percent: shown,
  score: shown,
  yesNo: shown,
  list: () => ({ text: '' }),
  table: () => ({ text: '' }),
  matrix: () => ({ text: '' }),
} satisfies Record<FieldKind, (plan: Plan, info: FieldInfo, value: unknown) => Text>;

/** A value of a field or a cell as text ('' when empty). */
export function valueText(plan: Plan, info: FieldInfo, value: unknown): Text {
  return VALUE_TEXT[info.kind](plan, info, value);
}

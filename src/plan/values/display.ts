import { formatDateNl } from './dates';
import { optionLabel, type FieldInfo } from '../model/fields';
import { formatEuro, formatNumber, formatPercent, formatPlainNumber } from './format';
import type { FieldKind } from '../model/kinds';
import { no, scoreOutOf5, yes } from '../messages';
import { refLabel } from '../model/references';
import type { Plan } from '../model/schema';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** How each kind of value reads as text ('' for empty); lists, tables and the matrix are shown by their own code. */
const DISPLAY = {
  text: (_p, _i, v) => text(v),
  longText: (_p, _i, v) => text(v),
  money: (_p, _i, v) => formatEuro(v as number | null),
  percent: (_p, _i, v) => formatPercent(v as number | null),
  number: (_p, info, v) =>
    v === null || v === undefined ? '' : `${info.plain ? formatPlainNumber(v as number) : formatNumber(v as number)}${info.unit ? ` ${info.unit}` : ''}`,
  date: (_p, _i, v) => formatDateNl(String(v ?? '')),
  score: (_p, _i, v) => (v ? scoreOutOf5(v) : ''),
  yesNo: (_p, _i, v) => (v ? yes : no),
  choice: (_p, info, v) => (typeof v === 'string' && v ? optionLabel(info, v) : ''),
  reference: (plan, info, v) => (info.ref ? (refLabel(plan, info.ref, String(v ?? '')) ?? '') : ''),
  list: () => '',
  table: () => '',
  matrix: () => '',
} satisfies Record<FieldKind, (plan: Plan, info: FieldInfo, value: unknown) => string>;

/** A single value as the reader would write it. */
export function displayValue(plan: Plan, info: FieldInfo, value: unknown): string {
  return DISPLAY[info.kind](plan, info, value);
}

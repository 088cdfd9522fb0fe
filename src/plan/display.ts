import { formatDateNl } from './dates';
import type { FieldInfo } from './fields';
import { formatEuro, formatNumber, formatPercent, formatPlainNumber } from './format';
import { refLabel } from './references';
import type { Plan } from './schema';

/** A single value as the reader would write it. */
export function displayValue(plan: Plan, info: FieldInfo, value: unknown): string {
  switch (info.kind) {
    case 'bedrag':
      return formatEuro(value as number | null);
    case 'percentage':
      return formatPercent(value as number | null);
    case 'getal':
      if (value === null || value === undefined) return '';
      return `${info.plain ? formatPlainNumber(value as number) : formatNumber(value as number)}${info.unit ? ` ${info.unit}` : ''}`;
    case 'datum':
      return formatDateNl(String(value ?? ''));
    case 'score':
      return value ? `${value} van 5` : '';
    case 'janee':
      return value ? 'ja' : 'nee';
    case 'verwijzing':
      return info.ref ? (refLabel(plan, info.ref, String(value ?? '')) ?? '') : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

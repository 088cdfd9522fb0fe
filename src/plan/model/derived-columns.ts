import { fieldColumns } from './field-entries';
import type { FieldEntry } from './fields';
import { withDerived, type PrintColumn } from './derived';

export { cellValue, DERIVED_COLUMNS, withDerived, type DerivedColumn, type DerivedKey, type PrintColumn, type PrintKey } from './derived';

/** The columns of a table field with the computed ones in their place, with the words of every section (derived.ts has the rest). */
export function printColumns(entry: Pick<FieldEntry, 'section' | 'key' | 'def'>): PrintColumn[] {
  return withDerived(entry, fieldColumns(entry));
}

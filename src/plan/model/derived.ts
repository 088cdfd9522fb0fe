import { shownLike } from '../values/format';
import type { FieldEntry, FieldInfo } from './fields';
import type { ColumnDef } from './kinds';
import type { PathColumn, TablePath } from './paths';
import { grossMargin, lineCost } from '../finance/totals';
import * as say from './messages/derived-columns';

/**
 * The computed columns of the tables, without the words of the fields: code that brings its own
 * words (the documents, which print the written plan only) takes them from here; code that shows
 * every section uses derived-columns.ts, which adds the words of every section.
 */

type Row = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The keys of the computed columns. */
export type DerivedKey = 'grossMargin' | 'cost';

/** A column of a table as printed: a stored column of that table, or a computed one. */
export type PrintKey<P extends TablePath> = PathColumn<P> | DerivedKey;

/** A column of a table that is computed from the other columns of its row, never stored. */
export interface DerivedColumn<After extends string = string> {
  key: DerivedKey;
  /** Placed after this stored column. */
  after: After;
  info: FieldInfo;
  value: (row: Row) => number | null;
}

const money = (label: string, hint: string): FieldInfo => ({ kind: 'money', label, hint });
const margin: Omit<DerivedColumn, 'after'> = {
  key: 'grossMargin',
  info: money(say.grossMarginLabel, say.grossMarginHint),
  // In whole euros beside a revenue in whole euros (shownLike): a computed column is only shown.
  value: (row) => shownLike(grossMargin(num(row['revenue']), num(row['margin'])), num(row['revenue'])),
};

/**
 * The computed columns, by table. The PDF, the Word document, the plan view and the lessons'
 * example tables print them beside the stored columns; the worksheet shows them under the table.
 */
export const DERIVED_COLUMNS: { readonly [P in TablePath]?: readonly DerivedColumn<PathColumn<P>>[] } = {
  'envision.history': [{ ...margin, after: 'margin' }],
  'develop.budget': [
    {
      key: 'cost',
      after: 'otherCost',
      info: money(say.costLabel, say.costHint),
      value: (row) => lineCost({ hours: num(row['hours']), rate: num(row['rate']), otherCost: num(row['otherCost']) }),
    },
  ],
  'develop.planYears': [{ ...margin, after: 'margin' }],
  'develop.quarters': [{ ...margin, after: 'margin' }],
};

/** A column to print: stored (with its declaration) or computed (with its function). */
export type PrintColumn = { key: string; info: FieldInfo; def?: ColumnDef; derive?: (row: Row) => number | null };

/** The columns of a table field (`columns`, with their words) with the computed ones in their place. */
export function withDerived(
  entry: Pick<FieldEntry, 'section' | 'key'>,
  columns: ReadonlyArray<{ key: string; def: ColumnDef; info: FieldInfo }>,
): PrintColumn[] {
  const derived: readonly DerivedColumn[] = DERIVED_COLUMNS[`${entry.section}.${entry.key}` as TablePath] ?? [];
  return columns.flatMap((column) => [
    column as PrintColumn,
    ...derived.filter((d) => d.after === column.key).map((d) => ({ key: d.key, info: d.info, derive: d.value })),
  ]);
}

/** The value of a column in a row: stored, or computed. */
export function cellValue(column: PrintColumn, row: Row): unknown {
  return column.derive ? column.derive(row) : row[column.key];
}

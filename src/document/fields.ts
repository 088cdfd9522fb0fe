/**
 * The generic layout of a section's fields, driven by the schema: every field under its label, its
 * kind deciding the form (PRINT in values.ts); consecutive short fields together as label–value
 * lines. Fields with a layout of their own (layouts.ts) take their place in the same flow.
 */
import { cellValue, withDerived } from '../plan/model/derived';
import { isFilled, type FieldEntry } from '../plan/model/fields';
import type { FieldPath } from '../plan/model/paths';
import type { Plan } from '../plan/model/schema';
import { notFilled } from './messages';
import type { Block, Cell, Pair, Tone } from './types';
import { columnOf, PRINT, valueText } from './values';
import { fieldColumns, sectionFields, type WrittenSection } from './words';

/** What every layout gets: the plan and the reader's choices. */
export interface Context {
  plan: Plan;
  /** Show empty fields as "nog niet ingevuld" instead of leaving them out. */
  showEmpty: boolean;
  order: 'steps' | 'exam';
  /** The day the document is made (ISO): what the pictures count from (a contact too long ago, the line for today). */
  today: string;
}

/** A field's layout: the blocks it adds to the flow (none: nothing to show). */
export type Layout = (ctx: Context, entry: FieldEntry) => Block[];

export type Row = { id?: string } & Record<string, unknown>;

export const pathOf = (entry: Pick<FieldEntry, 'section' | 'key'>) => `${entry.section}.${entry.key}` as FieldPath;

export const paragraph = (text: string, tone: Tone = 'body'): Block => ({ kind: 'paragraph', text, tone });

/** A field's label as heading over its content. */
export const titled = (title: string, body: Block[], fields?: readonly FieldPath[]): Block => ({
  kind: 'titled',
  title,
  role: 'field',
  ...(fields ? { fields } : {}),
  body,
});

/** An empty field: "nog niet ingevuld" under its label when the reader shows empty fields, else nothing. */
export const emptyField = (ctx: Context, label: string, fields?: readonly FieldPath[]): Block[] =>
  ctx.showEmpty ? [titled(label, [paragraph(notFilled, 'muted')], fields)] : [];

/** The value of a field. */
export const valueOf = (plan: Plan, entry: Pick<FieldEntry, 'section' | 'key'>): unknown => (plan[entry.section] as Record<string, unknown>)[entry.key];

/** The rows of a table field that hold anything. */
export function filledRows(value: unknown): Row[] {
  return Array.isArray(value) ? (value as Row[]).filter((row) => isFilled(row)) : [];
}

export const entryOf = (section: WrittenSection, key: string) => sectionFields(section).find((f) => f.key === key)!;

/** A table field as a table; `totals` adds bold rows under it; `only` shows some of its columns. */
export function tableBlock(ctx: Context, entry: FieldEntry, rows: Row[], totals?: (columns: string[]) => Cell[][], only?: readonly string[]): Block {
  const columns = withDerived(entry, fieldColumns(entry)).filter((c) => !only || only.includes(c.key));
  return {
    kind: 'table',
    columns: columns.map(({ info }) => columnOf(info.label, info.kind)),
    rows: rows.map((row) => columns.map((column) => valueText(ctx.plan, column.info, cellValue(column, row)))),
    ...(totals ? { totals: totals(columns.map((c) => c.key)) } : {}),
  };
}

/** A totals row: `label` in the first column, amounts under the named columns. */
export function totalsRow(columns: string[], label: string, amounts: Record<string, string>): Cell[] {
  return columns.map((key, i) => ({ text: i === 0 ? label : (amounts[key] ?? '') }));
}

/** One field in its generic form: a paragraph, a list or a table under its label. */
export function genericField(ctx: Context, entry: FieldEntry): Block[] {
  const value = valueOf(ctx.plan, entry);
  const { info } = entry;
  const fields = [pathOf(entry)];
  if (!isFilled(value)) return emptyField(ctx, info.label, fields);
  const form = PRINT[info.kind].form;
  if (form === 'list') {
    const items = (value as Array<{ text: string }>).filter((i) => i.text.trim()).map((i) => i.text.trim());
    return [titled(info.label, [{ kind: 'bullets', items, source: 'typed' }], fields)];
  }
  if (form === 'table') return [titled(info.label, [tableBlock(ctx, entry, filledRows(value))], fields)];
  // A paragraph; also the fallback for a field whose layout of its own is not used here.
  return [titled(info.label, [{ kind: 'paragraph', tone: 'body', ...valueText(ctx.plan, info, value) }], fields)];
}

export interface FieldsOptions {
  /** Only these fields, in this order. */
  only?: readonly string[];
  /** Leave these out (shown by another field's layout). */
  skip?: readonly string[];
  /** A layout of its own for a field. */
  layouts?: Readonly<Record<string, Layout>>;
  /** Extra label–value lines after a short field (derived values such as review dates). */
  after?: Readonly<Record<string, (ctx: Context) => Pair | null>>;
}

/**
 * A section's fields in schema order (or `only`'s), each under its label; consecutive short fields
 * (text, dates, numbers, choices) together as label–value lines.
 */
export function fieldBlocks(ctx: Context, section: WrittenSection, options: FieldsOptions = {}): Block[] {
  let entries = sectionFields(section).filter((f) => !options.skip?.includes(f.key));
  if (options.only) entries = options.only.flatMap((key) => entries.filter((f) => f.key === key));
  const out: Block[] = [];
  let pending: Pair[] = [];
  const flush = () => {
    if (pending.length) out.push({ kind: 'pairs', items: pending });
    pending = [];
  };
  for (const entry of entries) {
    const layout = options.layouts?.[entry.key];
    if (layout) {
      flush();
      out.push(...layout(ctx, entry));
      continue;
    }
    if (PRINT[entry.info.kind].form === 'short') {
      const value = valueText(ctx.plan, entry.info, valueOf(ctx.plan, entry));
      const field = pathOf(entry);
      if (value.text) pending.push({ label: entry.info.label, value: value.text, ...(value.source ? { source: value.source } : {}), fields: [field] });
      else if (ctx.showEmpty) pending.push({ label: entry.info.label, value: notFilled, muted: true, fields: [field] });
      const extra = options.after?.[entry.key]?.(ctx);
      if (extra) pending.push(extra);
      continue;
    }
    flush();
    out.push(...genericField(ctx, entry));
  }
  flush();
  return out;
}

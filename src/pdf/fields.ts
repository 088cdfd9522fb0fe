/**
 * The generic layout of a plan section, driven by the schema's field metadata: every field under
 * its Dutch label, its kind deciding the form (paragraph, list, table, label–value line) and the
 * formatting of its values (amounts, dates, percentages, references).
 */
import { displayValue } from '../plan/values/display';
import type { FieldInfo, RefTarget } from '../plan/model/fields';
import type { FieldKind } from '../plan/model/kinds';
import { formatEuro } from '../plan/values/format';
import { formatDateNl } from '../plan/values/dates';
import type { Plan, SectionId } from '../plan/model/schema';
import { swotCodes } from '../plan/method/swot';
import { sectionFields } from '../plan/model/field-entries';
import { cellValue, printColumns, type PrintColumn } from '../plan/model/derived-columns';
import { isFilled, type FieldEntry } from '../plan/model/fields';
import { notFilled, rowNumber } from './messages';
import { PAGE, SPACE, TEXT, TEXT_WIDTH } from './style';
import { pairs, table, type Cell, type Column } from './table';
import type { Block, Writer } from './writer';
import { ellipsize } from '../plan/values/text';

/** What every section function gets: the writer, the plan and the reader's choices. */
export interface SectionContext {
  w: Writer;
  plan: Plan;
  /** Show empty fields as "nog niet ingevuld" instead of leaving them out. */
  showEmpty: boolean;
  /** Fields drawn in the current chapter, to say so when a step is still empty. */
  drawn: number;
}

/**
 * How each kind of field is printed: `short` ones together as label–value lines, `paragraph`,
 * `list` and `table` under their label, `own` by the section's own code (the matrix). In a table
 * column: its alignment, whether it may wrap, and how wide a reference may get.
 */
const PRINT = {
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
} satisfies Record<FieldKind, { form: 'short' | 'paragraph' | 'list' | 'table' | 'own'; align: 'left' | 'right' | 'center'; noWrap?: true; maxWidth?: number }>;

/** Keeps an amount together at a line end: "€ 1.250" never wraps between sign and number. */
export const euro = (value: number | null | undefined) => formatEuro(value).replace('€ ', '€\u00a0');

/** A matrix score with real minus signs: "--" reads as a dash in print. */
export const score = (value: string | undefined) => (value ?? '').replace(/-/g, '−');

export const shorten = ellipsize;

// ---------------------------------------------------------------------------------------------
// Values

/** The SWOT codes of step 4 (S1, Z2, K1, B3): one definition, in src/plan/method/swot.ts. */
export { swotCodes } from '../plan/method/swot';

/** A reference as the reader knows it: the label of the row it points to, or its matrix cell. */
function referenceText(ctx: SectionContext, ref: RefTarget, value: string): string {
  if (!value) return '';
  if ('matrix' in ref) {
    const [row, col] = value.split(':');
    const codes = swotCodes(ctx.plan);
    const from = codes.get(row ?? '');
    const to = codes.get(col ?? '');
    if (!from || !to) return '';
    const cell = ctx.plan.klantplan.matrix[value];
    return `${from.code} × ${to.code}${cell ? ` (${score(cell)})` : ''}`;
  }
  const rows = (ctx.plan[ref.section as SectionId] as Record<string, unknown> | undefined)?.[ref.field];
  if (!Array.isArray(rows)) return '';
  const index = rows.findIndex((r) => (r as Record<string, unknown>)['id'] === value);
  if (index < 0) return '';
  const label = (rows[index] as Record<string, unknown>)[ref.labelColumn];
  // The referenced text is printed in full where it belongs; here it names the row.
  return typeof label === 'string' && label.trim() ? ctx.w.cleaner.quoted(shorten(label.trim(), 140)) : rowNumber(index);
}

const typed = (ctx: SectionContext, value: unknown) => (typeof value === 'string' ? ctx.w.cleaner.typed(value.trim()) : '');

/** One value as text, per kind: typed text cleaned (and counted), numbers and dates in Dutch. */
const VALUE_TEXT = {
  text: (ctx, _info, value) => typed(ctx, value),
  longText: (ctx, _info, value) => typed(ctx, value),
  choice: (ctx, info, value) => (typeof value === 'string' && value ? ctx.w.cleaner.typed(displayValue(ctx.plan, info, value)) : ''),
  money: (_ctx, _info, value) => euro(value as number | null),
  reference: (ctx, info, value) => (info.ref ? referenceText(ctx, info.ref, typeof value === 'string' ? value : '') : ''),
  // "30 september" stays together; the year may go to the next line in a narrow column.
  date: (_ctx, _info, value) => formatDateNl(typeof value === 'string' ? value : '').replace(/^(\d+) /, '$1\u00a0'),
  number: (ctx, info, value) => displayValue(ctx.plan, info, value),
  percent: (ctx, info, value) => displayValue(ctx.plan, info, value),
  score: (ctx, info, value) => displayValue(ctx.plan, info, value),
  yesNo: (ctx, info, value) => displayValue(ctx.plan, info, value),
  list: () => '',
  table: () => '',
  matrix: () => '',
} satisfies Record<FieldKind, (ctx: SectionContext, info: FieldInfo, value: unknown) => string>;

function valueText(ctx: SectionContext, info: FieldInfo, value: unknown): string {
  return VALUE_TEXT[info.kind](ctx, info, value);
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** A field's label as heading over its content. */
export function fieldBlock(ctx: SectionContext, label: string, block: Block): void {
  ctx.w.heading(label, TEXT.h2, SPACE.beforeH2, block);
  ctx.drawn++;
}

export function emptyField(ctx: SectionContext, label: string): void {
  if (ctx.showEmpty) fieldBlock(ctx, label, ctx.w.paragraph(notFilled, TEXT.bodyMuted));
}

interface TableRow {
  id?: string;
  [column: string]: unknown;
}

/** The columns of a table field with their meaning, the computed ones (a line's cost, a year's gross margin) in their place. */
function columnsOf(entry: FieldEntry): PrintColumn[] {
  return printColumns(entry);
}

/** The rows of a table field that hold anything. */
export function filledRows(value: unknown): TableRow[] {
  return Array.isArray(value) ? (value as TableRow[]).filter((row) => isFilled(row)) : [];
}

/** A table field as a table; `totals` adds bold rows under it; `only` prints some of its columns. */
export function tableBlock(ctx: SectionContext, entry: FieldEntry, rows: TableRow[], totals?: (columns: string[]) => Cell[][], only?: string[]): Block {
  const columns = columnsOf(entry).filter((c) => !only || only.includes(c.key));
  const spec: Column[] = columns.map(({ info }) => {
    const print: { align: 'left' | 'right' | 'center'; noWrap?: true; maxWidth?: number } = PRINT[info.kind];
    return { header: info.label, align: print.align, ...(print.noWrap ? { noWrap: true } : {}), ...(print.maxWidth ? { maxWidth: print.maxWidth } : {}) };
  });
  const body = rows.map((row) => columns.map((column) => ({ text: valueText(ctx, column.info, cellValue(column, row)) })));
  return table(ctx.w, { columns: spec, rows: body, ...(totals ? { totals: totals(columns.map((c) => c.key)) } : {}) });
}

/** A totals row: `label` in the first column, amounts under the named columns. */
export function totalsRow(columns: string[], label: string, amounts: Record<string, string>): Cell[] {
  return columns.map((key, i) => ({ text: i === 0 ? label : (amounts[key] ?? '') }));
}

/** Draws one field generically: a paragraph, a list or a table under its label. */
export function drawField(ctx: SectionContext, entry: FieldEntry): void {
  const value = (ctx.plan[entry.section] as Record<string, unknown>)[entry.key];
  const { info } = entry;
  if (!isFilled(value)) return emptyField(ctx, info.label);
  switch (PRINT[info.kind].form) {
    case 'list': {
      const items = (value as Array<{ text: string }>).filter((i) => i.text.trim()).map((i) => ctx.w.cleaner.typed(i.text.trim()));
      return fieldBlock(ctx, info.label, ctx.w.bullets(items));
    }
    case 'table':
      return fieldBlock(ctx, info.label, tableBlock(ctx, entry, filledRows(value)));
    default:
      // A paragraph; also the fallback for a field whose section draws it itself.
      return fieldBlock(ctx, info.label, ctx.w.paragraph(valueText(ctx, info, value)));
  }
}

interface PairItem {
  label: string;
  value: string;
  muted?: boolean;
}

interface FieldsOptions {
  /** Only these fields, in this order. */
  only?: string[];
  /** Leave these out (drawn elsewhere). */
  skip?: string[];
  /** A layout of its own for a field. */
  custom?: Record<string, (entry: FieldEntry) => void>;
  /** Extra label–value lines after a short field (derived values such as review dates). */
  after?: Record<string, () => PairItem | null>;
}

/**
 * The generic section layout: every field in schema order with its label; consecutive short
 * fields (text, dates, numbers, choices) together as label–value lines, long ones under headings.
 */
export function drawFields(ctx: SectionContext, section: SectionId, options: FieldsOptions = {}): void {
  let entries = sectionFields(section).filter((f) => !options.skip?.includes(f.key));
  if (options.only) entries = options.only.flatMap((key) => entries.filter((f) => f.key === key));
  let pending: PairItem[] = [];
  const flush = () => {
    if (!pending.length) return;
    const [only] = pending;
    if (pending.length === 1 && only) inlinePair(ctx, only);
    else {
      ctx.w.space(SPACE.beforeH2 - 2);
      pairs(ctx.w, pending).draw();
    }
    ctx.drawn += pending.length;
    pending = [];
  };
  for (const entry of entries) {
    const custom = options.custom?.[entry.key];
    if (custom) {
      flush();
      custom(entry);
      continue;
    }
    if (PRINT[entry.info.kind].form === 'short') {
      const value = valueText(ctx, entry.info, (ctx.plan[section] as Record<string, unknown>)[entry.key]);
      if (value) pending.push({ label: entry.info.label, value });
      else if (ctx.showEmpty) pending.push({ label: entry.info.label, value: notFilled, muted: true });
      const extra = options.after?.[entry.key]?.();
      if (extra) pending.push(extra);
      continue;
    }
    flush();
    drawField(ctx, entry);
  }
  flush();
}

/** A lone short field between long ones: "Label: value" on one line, else label as heading. */
function inlinePair(ctx: SectionContext, item: PairItem): void {
  const { w } = ctx;
  const label = `${item.label}:`;
  const labelStyle = { ...TEXT.body, bold: true };
  const valueStyle = item.muted ? TEXT.bodyMuted : TEXT.body;
  const gap = 1.8;
  if (item.value.includes('\n') || w.measure(label, labelStyle) + gap + w.measure(item.value, valueStyle) > TEXT_WIDTH) {
    w.heading(item.label, TEXT.h2, SPACE.beforeH2, w.paragraph(item.value, valueStyle));
    return;
  }
  w.space(SPACE.beforeH2 - 2.5);
  w.ensure(TEXT.body.leading);
  w.line(label, PAGE.left, w.y, labelStyle);
  w.line(item.value, PAGE.left + w.measure(label, labelStyle) + gap, w.y, valueStyle);
  w.y += TEXT.body.leading;
  w.space(SPACE.paragraph);
}

/** A divider that groups fields within a chapter (the three C's of step 3). */
export function group(ctx: SectionContext, title: string): void {
  const { w } = ctx;
  w.space(SPACE.beforeH2 + 2);
  w.ensure(TEXT.kicker.leading + 30);
  w.line(title.toUpperCase(), PAGE.left, w.y, TEXT.kicker);
  w.y += TEXT.kicker.leading + 0.6;
  w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, w.y, TEXT.kicker.color, 0.35);
  w.y += 0.5;
}

export const entryOf = (section: SectionId, key: string) => sectionFields(section).find((f) => f.key === key);

/**
 * The layouts of step 6's fields (layouts.ts keys them by path): the objectives in two tables,
 * totals under the opportunities, the budget and the quarters, the financial years with their
 * chart, and the build-up of the revenue target after the growth note.
 */
import { revenueBridge } from '../plan/finance/bridge';
import { bridgeText } from '../plan/finance/bridge-table';
import * as bridgeSay from '../plan/finance/messages/bridge';
import { formatNumber, formatPercent, shownLike } from '../plan/values/format';
import type { PrintKey } from '../plan/model/derived';
import type { PathColumn, TablePath } from '../plan/model/paths';
import { sum } from '../plan/finance/plan-figures';
import { budgetTotals, financeYears, pipelineTotals, quarterTotals } from '../plan/finance/totals';
import { bridgeFigure, financeFigure } from './figures';
import { emptyField, filledRows, genericField, paragraph, tableBlock, titled, type Layout } from './fields';
import * as say from './messages';
import type { Block, Cell } from './types';
import { amountsWhole, euro } from './values';

/** A totals row of table `P`: `label` in the first column, amounts under the named columns. */
const totals = <P extends TablePath>(columns: string[], label: string, amounts: Partial<Record<PrintKey<P>, string>>): Cell[] =>
  columns.map((key, i) => ({ text: i === 0 ? label : ((amounts as Record<string, string>)[key] ?? '') }));

/** Step 6: nine columns do not fit on A4: the references to step 4, step 1 and the strategies get a table of their own. */
const OBJECTIVES: readonly PathColumn<'develop.objectives'>[] = ['objective', 'type', 'kpi', 'baseline', 'target', 'deadline'];
const ORIGINS: readonly PathColumn<'develop.objectives'>[] = ['objective', 'question', 'goal', 'strategy'];
export const objectives: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.objectives);
  if (!rows.length) return emptyField(ctx, entry.info.label, ['develop.objectives']);
  const origin: Block = { kind: 'titled', title: say.objectivesOrigin, role: 'sub', body: [tableBlock(ctx, entry, rows, undefined, ORIGINS)] };
  return [titled(entry.info.label, [tableBlock(ctx, entry, rows, undefined, OBJECTIVES), origin], ['develop.objectives'])];
};

export const opportunities: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.opportunities);
  if (!rows.length) return emptyField(ctx, entry.info.label, ['develop.opportunities']);
  const t = pipelineTotals(ctx.plan);
  // The weighted total in whole euros under whole amounts, to the cent under amounts with cents (shownLike).
  const weighted = shownLike(sum(ctx.plan.develop.opportunities.map((r) => ((r.value ?? 0) * (r.probability ?? 0)) / 100)), t.total);
  const table = tableBlock(ctx, entry, rows, (c) => [
    totals<'develop.opportunities'>(c, say.total, { value: euro(t.total) }),
    totals<'develop.opportunities'>(c, say.weightedTotal, { value: euro(weighted) }),
  ]);
  return [titled(entry.info.label, [table], ['develop.opportunities'])];
};

/** The budget with each line's cost (hours × rate + other costs), the totals and the return on the cost. */
export const budget: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.budget);
  if (!rows.length) return emptyField(ctx, entry.info.label, ['develop.budget']);
  const t = budgetTotals(ctx.plan);
  const table = tableBlock(ctx, entry, rows, (c) => [
    totals<'develop.budget'>(c, say.total, { hours: `${formatNumber(t.hours)}\u00a0${say.hoursUnit}`, otherCost: euro(t.otherCost), cost: euro(t.cost) }),
  ]);
  // What the budget yields is counted on the new business of the opportunities it serves (the
  // revenue bridge of step 6), so it is a sentence under the table, not a column per line.
  const yields = bridgeText(revenueBridge(ctx.plan))?.budget?.join('') ?? null;
  const note = [
    say.ofWhichHours(euro(t.hoursCost)),
    ...(yields ? [amountsWhole(yields)] : []),
    ...(t.returnOnCost !== null ? [say.balanceOfCost(formatPercent(t.returnOnCost))] : []),
  ].join(' ');
  return [titled(entry.info.label, [table, paragraph(note, 'small')], ['develop.budget'])];
};

/** Revenue and gross margin per year, the history of step 1 and the plan years together, with the chart. */
export const planYears: Layout = (ctx, entry) => {
  if (!filledRows(ctx.plan.develop.planYears).length) return emptyField(ctx, entry.info.label, ['develop.planYears']);
  // A gross margin is shown as its revenue is (whole euros beside whole euros), in the table and the chart alike.
  const years = financeYears(ctx.plan).map((y) => ({ ...y, grossMargin: shownLike(y.grossMargin, y.revenue) }));
  const right = { align: 'right', noWrap: true } as const;
  const table: Block = {
    kind: 'table',
    columns: [
      { header: say.yearColumn },
      { header: say.revenueColumn, ...right },
      { header: say.marginColumn, ...right },
      { header: say.grossMarginColumn, ...right },
      { header: say.yearKindColumn },
    ],
    rows: years.map((y) => [
      { text: String(y.year) },
      { text: euro(y.revenue) },
      { text: formatPercent(y.margin) },
      { text: euro(y.grossMargin) },
      { text: y.kind === 'plan' ? say.planYear : say.realisedYear, muted: true },
    ]),
  };
  const figure = financeFigure(years);
  return [titled(say.financeTitle, [table, ...(figure ? [figure] : [])], ['develop.planYears'])];
};

export const quarters: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.quarters);
  if (!rows.length) return emptyField(ctx, entry.info.label, ['develop.quarters']);
  const t = quarterTotals(ctx.plan);
  // The gross margins as the rows show them (shownLike), so the column adds up to its total.
  const margin = t.rows.reduce((n, r) => n + (shownLike(r.grossMargin, r.revenue) ?? 0), 0);
  const body = [tableBlock(ctx, entry, rows, (c) => [totals<'develop.quarters'>(c, say.total, { revenue: euro(t.revenue), grossMargin: euro(margin) })])];
  if (t.target !== null && t.year !== null)
    body.push(paragraph(t.revenue === t.target ? say.quartersMatch(t.year) : say.quartersDiffer(euro(t.revenue), t.year, euro(t.target)), 'small'));
  return [titled(entry.info.label, body, ['develop.quarters'])];
};

/**
 * Step 6: after the growth of the existing revenue and why, the build-up of the revenue target
 * (computed, it has no field of its own): its table, how the target relates to it, what the
 * largest opportunity is worth, and the waterfall. What the budget yields is said under the budget.
 */
export const growthNote: Layout = (ctx, entry) => {
  const note = genericField(ctx, entry);
  const bridge = revenueBridge(ctx.plan);
  const text = bridgeText(bridge);
  if (!text) return note;
  const right = { align: 'right', noWrap: true } as const;
  const table: Block = {
    kind: 'table',
    columns: [{ header: bridgeSay.columnPart }, { header: bridgeSay.columnHow }, { header: bridgeSay.columnAmount, ...right }],
    rows: text.rows.map((row): Cell[] => {
      // The expected revenue and the target in bold, as on the site.
      const bold = row.kind === 'total' || row.kind === 'target' ? ({ bold: true } as const) : {};
      // An opportunity's row is named as the reader named it (the opportunities' table has it in full).
      const label: Cell = row.kind === 'step' && row.key !== 'growth' ? { text: row.label, source: 'quoted' } : { text: row.label };
      return [
        { ...label, ...bold },
        { text: amountsWhole(row.how), muted: true, ...bold },
        { text: amountsWhole(row.amount), ...bold },
      ];
    }),
  };
  const sentences = [text.verdict, text.sensitivity?.join('') ?? null].filter((t): t is string => !!t).map(amountsWhole);
  const figure = bridgeFigure(bridge);
  return [
    ...note,
    {
      kind: 'titled',
      title: bridgeSay.title,
      role: 'field',
      body: [table, ...sentences.map((t): Block => ({ kind: 'paragraph', text: t, tone: 'body', source: 'quoted' })), ...(figure ? [figure] : [])],
    },
  ];
};

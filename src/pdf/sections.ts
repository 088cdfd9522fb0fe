/**
 * What the chapters print. Most fields print generically (fields.ts); some have a layout of their
 * own, wherever they appear (a chapter per step, or a chapter of the exam order): the SWOT and its
 * matrix, a RACI chart, totals under objectives, opportunities and budget, the financial years
 * with their chart.
 */
import { formatDateNl } from '../plan/values/dates';
import { financeChart } from '../plan/finance/finance-chart';
import { formatNumber, formatPercent } from '../plan/values/format';
import { reviewDates } from '../plan/method/reviews';
import { MATRIX_SCORES, type Plan, type SectionId } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS } from '../plan/method/swot';
import type { StepId } from '../plan/model/steps';
import { budgetTotals, financeYears, pipelineTotals, quarterTotals } from '../plan/finance/totals';
import { isFilled, type FieldEntry } from '../plan/model/fields';
import { MEANING } from '../plan/meaning';
import * as words from '../plan/messages/document';
import { drawChart } from './chart';
import {
  drawField,
  drawFields,
  emptyField,
  entryOf,
  euro,
  fieldBlock,
  filledRows,
  group,
  score,
  shorten,
  swotCodes,
  tableBlock,
  totalsRow,
  type SectionContext,
} from './fields';
import { matrixLegend, notFilled, quartersMatch, sourcesInAppendix } from './messages';
import { SPACE, TEXT, TEXT_WIDTH } from './style';
import { table, type Cell } from './table';
import type { Block } from './writer';

type Layout = (ctx: SectionContext, entry: FieldEntry) => void;

/** Step 4: the SWOT as the classic four quadrants (drawn at the strengths; the other three lists go with them). */
const swot: Layout = (ctx) => {
  const k = ctx.plan.klantplan;
  const codes = swotCodes(ctx.plan);
  const quadrant = (items: Array<{ id: string; text: string }>): Cell => {
    if (!isFilled(items)) return { text: ctx.showEmpty ? notFilled : '', muted: true };
    const list = items.filter((i) => i.text.trim()).map((i) => ({ marker: codes.get(i.id)?.code ?? '', text: ctx.w.cleaner.typed(i.text.trim()) }));
    return { text: list.map((i) => `${i.marker}  ${i.text}`).join('\n'), items: list };
  };
  const quadrants = [
    [k.strengths, k.weaknesses],
    [k.opportunities, k.threats],
  ] as const;
  const labels = [
    [entryOf('klantplan', 'strengths'), entryOf('klantplan', 'weaknesses')],
    [entryOf('klantplan', 'opportunities'), entryOf('klantplan', 'threats')],
  ];
  if (!quadrants.flat().some((items) => isFilled(items))) return emptyField(ctx, words.swotTitle);
  const blocks = quadrants.map((pair, r) =>
    table(ctx.w, {
      columns: labels[r]!.map((e) => ({ header: e?.info.label ?? '', width: TEXT_WIDTH / 2 })),
      rows: [pair.map(quadrant)],
    }),
  );
  fieldBlock(ctx, words.swotTitle, blocks[0]!);
  blocks[1]!.draw();
};

/** Step 4: the confrontation matrix as a grid of scores, by SWOT code. */
const matrix: Layout = (ctx, entry) => {
  const k = ctx.plan.klantplan;
  const codes = swotCodes(ctx.plan);
  const rows = [...k.strengths, ...k.weaknesses].filter((i) => codes.has(i.id));
  const cols = [...k.opportunities, ...k.threats].filter((i) => codes.has(i.id));
  const scored = rows.some((r) => cols.some((c) => k.matrix[`${r.id}:${c.id}`]));
  if (!scored) return emptyField(ctx, entry.info.label);
  // At most ten score columns per table, so the cells stay readable on A4.
  for (let start = 0, first = true; start < cols.length; start += 10, first = false) {
    const part = cols.slice(start, start + 10);
    const block = table(ctx.w, {
      columns: [{ header: words.strengthOrWeakness, width: TEXT_WIDTH - part.length * 13 }, ...part.map((c) => ({ header: codes.get(c.id)!.code, align: 'center' as const }))],
      rows: rows.map((r) => {
        const { code, text } = codes.get(r.id)!;
        const label = ctx.w.cleaner.quoted(shorten(text, 90));
        return [{ text: `${code}  ${label}`, items: [{ marker: code, text: label }] }, ...part.map((c) => ({ text: score(k.matrix[`${r.id}:${c.id}`]) }))];
      }),
    });
    if (first) fieldBlock(ctx, entry.info.label, block);
    else block.draw();
  }
  const legend = MATRIX_SCORES.map((s) => `${score(s)} ${MATRIX_SCORE_MEANINGS[s]}`).join(' · ');
  ctx.w.paragraph(matrixLegend(legend), TEXT.small).draw();
};

/** Step 5: the task split as a RACI chart (goals × team members) when every line is complete. */
const raci: Layout = (ctx, entry) => {
  const a = ctx.plan.align;
  const rows = filledRows(a.raci) as typeof a.raci;
  const goals = ctx.plan.envision.firstGoals.filter((g) => rows.some((r) => r.goal === g.id));
  const members = a.team.filter((m) => rows.some((r) => r.member === m.id));
  const complete = rows.every((r) => goals.some((g) => g.id === r.goal) && members.some((m) => m.id === r.member) && r.role);
  if (!rows.length || !complete) return drawField(ctx, entry);
  const block = table(ctx.w, {
    columns: [{ header: words.goal }, ...members.map((m) => ({ header: ctx.w.cleaner.quoted(shorten(m.name.trim() || words.teamMember, 40)), align: 'center' as const }))],
    rows: goals.map((g) => [
      { text: ctx.w.cleaner.quoted(shorten(g.goal.trim() || words.goal, 140)) },
      ...members.map((m) => ({ text: ctx.w.cleaner.typed(rows.filter((r) => r.goal === g.id && r.member === m.id).map((r) => r.role).join(', ')) })),
    ]),
  });
  fieldBlock(ctx, entry.info.label, block);
  ctx.w.paragraph(words.raciLegend, TEXT.small).draw();
};

/** Step 6: eight columns do not fit on A4: the references to step 4, step 1 and the strategies get a table of their own. */
const objectives: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.objectives);
  if (!rows.length) return emptyField(ctx, entry.info.label);
  fieldBlock(ctx, entry.info.label, tableBlock(ctx, entry, rows, undefined, ['objective', 'type', 'kpi', 'baseline', 'target', 'deadline']));
  ctx.w.heading(words.objectivesOrigin, TEXT.h3, SPACE.beforeH3, tableBlock(ctx, entry, rows, undefined, ['objective', 'question', 'goal', 'strategy']));
};

const opportunities: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.opportunities);
  if (!rows.length) return emptyField(ctx, entry.info.label);
  const t = pipelineTotals(ctx.plan);
  fieldBlock(
    ctx,
    entry.info.label,
    tableBlock(ctx, entry, rows, (columns) => [
      totalsRow(columns, words.total, { value: euro(t.total) }),
      totalsRow(columns, words.weightedTotal, { value: euro(t.weighted) }),
    ]),
  );
};

/** The budget with each line's cost (hours × rate + other costs), the totals and the return on the cost. */
const budget: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.budget);
  if (!rows.length) return emptyField(ctx, entry.info.label);
  const t = budgetTotals(ctx.plan);
  fieldBlock(
    ctx,
    entry.info.label,
    tableBlock(ctx, entry, rows, (columns) => [
      totalsRow(columns, words.total, { hours: `${formatNumber(t.hours)}\u00a0${words.hoursUnit}`, otherCost: euro(t.otherCost), cost: euro(t.cost), extraRevenue: euro(t.extraRevenue), returns: euro(t.returns) }),
      totalsRow(columns, words.budgetBalance, { returns: euro(t.balance) }),
    ]),
  );
  const parts = [words.ofWhichHours(euro(t.hoursCost)), ...(t.returnOnCost !== null ? [words.balanceOfCost(formatPercent(t.returnOnCost))] : [])];
  ctx.w.paragraph(parts.join(' '), TEXT.small).draw();
};

/** Revenue and gross margin per year, the history of step 1 and the plan years together, with the chart. */
const planYears: Layout = (ctx, entry) => {
  if (!filledRows(ctx.plan.develop.planYears).length) return emptyField(ctx, entry.info.label);
  const years = financeYears(ctx.plan);
  const block = table(ctx.w, {
    columns: [{ header: words.yearColumn }, { header: words.revenueColumn, align: 'right', noWrap: true }, { header: words.marginColumn, align: 'right', noWrap: true }, { header: words.grossMarginColumn, align: 'right', noWrap: true }, { header: '' }],
    rows: years.map((y) => [
      { text: String(y.year) },
      { text: euro(y.revenue) },
      { text: formatPercent(y.margin) },
      { text: euro(y.grossMargin) },
      { text: y.kind === 'plan' ? words.planYear : words.realisedYear, muted: true },
    ]),
  });
  fieldBlock(ctx, words.financeTitle, block);
  const chart = financeChart(years);
  if (chart) drawChart(ctx.w, chart);
};

const quarters: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.develop.quarters);
  if (!rows.length) return emptyField(ctx, entry.info.label);
  const t = quarterTotals(ctx.plan);
  fieldBlock(
    ctx,
    entry.info.label,
    tableBlock(ctx, entry, rows, (columns) => [totalsRow(columns, words.total, { revenue: euro(t.revenue), grossMargin: euro(t.grossMargin) })]),
  );
  if (t.target !== null && t.year !== null) {
    const same = t.revenue === t.target;
    ctx.w.paragraph(same ? quartersMatch(t.year) : words.quartersDiffer(euro(t.revenue), t.year, euro(t.target)), TEXT.small).draw();
  }
};

/** Step 2: the review dates that follow from the validity period and the rhythm, after the rhythm. */
const reviewMoments = (ctx: SectionContext) => {
  const dates = reviewDates(ctx.plan.schedule);
  return dates.length ? { label: words.reviewMoments, value: dates.map(formatDateNl).join(', ') } : null;
};

/** Layouts of single fields, by `section.key`, wherever the field is printed. */
const LAYOUTS: Readonly<Record<string, Layout>> = {
  'klantplan.strengths': swot,
  'klantplan.matrix': matrix,
  'align.raci': raci,
  'develop.objectives': objectives,
  'develop.opportunities': opportunities,
  'develop.budget': budget,
  'develop.planYears': planYears,
  'develop.quarters': quarters,
};

/** Fields another field's layout draws (the SWOT is drawn as one at the strengths). */
const DRAWN_WITH: Readonly<Record<string, string>> = {
  'klantplan.weaknesses': 'klantplan.strengths',
  'klantplan.opportunities': 'klantplan.strengths',
  'klantplan.threats': 'klantplan.strengths',
};

/**
 * Some or all fields of a section, with the layouts above; `overrides` replaces a field's layout
 * in one place (the step chapter of step 3 points to the sources appendix).
 */
export function drawPart(ctx: SectionContext, section: SectionId, only?: readonly string[], overrides: Record<string, (entry: FieldEntry) => void> = {}): void {
  const custom: Record<string, (entry: FieldEntry) => void> = {};
  for (const [path, layout] of Object.entries(LAYOUTS)) {
    const [s, key] = path.split('.');
    if (s === section) custom[key!] = (entry) => layout(ctx, entry);
  }
  Object.assign(custom, overrides);
  const skip = Object.entries(DRAWN_WITH)
    .filter(([path, by]) => path.startsWith(`${section}.`) && (!only || only.includes(by.split('.')[1]!)))
    .map(([path]) => path.split('.')[1]!);
  drawFields(ctx, section, { ...(only ? { only: [...only] } : {}), skip, custom, ...(section === 'schedule' ? { after: { reviewRhythm: () => reviewMoments(ctx) } } : {}) });
}

/**
 * Step 3 in the groups the worksheet shows (src/plan/meaning/discover.ts): what is missing, then
 * the three C's, then the surroundings; the sources point to their appendix.
 */
function discover(ctx: SectionContext): void {
  const sources = (entry: FieldEntry) => {
    if (filledRows(ctx.plan.discover.sources).length) fieldBlock(ctx, entry.info.label, ctx.w.paragraph(sourcesInAppendix));
    else emptyField(ctx, entry.info.label);
  };
  groupedSection(ctx, 'discover', { sources });
}

/** A section in the groups of its worksheet, each titled group under its title. */
function groupedSection(ctx: SectionContext, section: SectionId, overrides: Record<string, (entry: FieldEntry) => void> = {}): void {
  for (const g of MEANING[section].groups ?? [{ title: null, fields: undefined }]) {
    if (g.title) {
      const present = (g.fields as readonly string[]).some((key) => isFilled((ctx.plan[section] as Record<string, unknown>)[key]));
      if (!present && !ctx.showEmpty) continue;
      group(ctx, g.title);
    }
    drawPart(ctx, section, g.fields as readonly string[] | undefined, overrides);
  }
}

/** One function per step: the fields in the groups of the step's worksheet. */
export const STEP_SECTIONS: Record<StepId, (ctx: SectionContext) => void> = {
  envision: (ctx) => groupedSection(ctx, 'envision'),
  schedule: (ctx) => groupedSection(ctx, 'schedule'),
  discover,
  klantplan: (ctx) => groupedSection(ctx, 'klantplan'),
  align: (ctx) => groupedSection(ctx, 'align'),
  develop: (ctx) => groupedSection(ctx, 'develop'),
  adapt: (ctx) => groupedSection(ctx, 'adapt'),
  inspire: (ctx) => groupedSection(ctx, 'inspire'),
  actie: (ctx) => groupedSection(ctx, 'actie'),
};

/** The appendix: the sources of step 3, numbered. */
export function sourcesBlock(ctx: SectionContext): Block | null {
  const rows = filledRows(ctx.plan.discover.sources) as Plan['discover']['sources'];
  if (!rows.length) return null;
  return table(ctx.w, {
    columns: [{ header: words.sourceNumberColumn, width: 12, align: 'right' }, { header: words.sourceColumn }, { header: words.consultedColumn, width: 36 }],
    rows: rows.map((row, i) => [{ text: `${i + 1}.` }, { text: ctx.w.cleaner.typed(row.source.trim()) }, { text: formatDateNl(row.date) }]),
  });
}

/**
 * One function per step: most print their worksheet field by field with the generic layout of
 * fields.ts; some add a layout of their own (the three C's, the SWOT and its matrix, a RACI
 * chart, totals under budget and opportunities).
 */
import { formatDateNl } from '../plan/dates';
import { reviewDates } from '../plan/reviews';
import { formatNumber } from '../plan/format';
import { MATRIX_SCORES, type Plan } from '../plan/schema';
import { MATRIX_SCORE_MEANINGS } from '../plan/swot';
import type { StepId } from '../plan/steps';
import { budgetTotals, pipelineTotals } from '../plan/totals';
import { isFilled, type FieldEntry } from '../plan/fields';
import { MEANING } from '../plan/meaning';
import {
  drawField,
  drawFields,
  emptyField,
  entryOf,
  euro,
  fieldBlock,
  filledRows,
  group,
  NOT_FILLED,
  score,
  shorten,
  swotCodes,
  tableBlock,
  totalsRow,
  type SectionContext,
} from './fields';
import { SPACE, TEXT, TEXT_WIDTH } from './style';
import { table, type Cell } from './table';
import type { Block } from './writer';

function schedule(ctx: SectionContext): void {
  drawFields(ctx, 'schedule', {
    after: {
      reviewRhythm: () => {
        const dates = reviewDates(ctx.plan.schedule);
        return dates.length ? { label: 'Evaluatiemomenten', value: dates.map(formatDateNl).join(', ') } : null;
      },
    },
  });
}

/**
 * Step 3 in the groups the worksheet shows (src/plan/meaning/discover.ts): what is missing, then
 * the three C's, then the surroundings; the sources point to their appendix.
 */
function discover(ctx: SectionContext): void {
  const sources = (entry: FieldEntry) => {
    if (filledRows(ctx.plan.discover.sources).length) fieldBlock(ctx, entry.info.label, ctx.w.paragraph('De gebruikte bronnen staan in de bijlage Bronnen, achter in dit plan.'));
    else emptyField(ctx, entry.info.label);
  };
  for (const g of MEANING.discover.groups ?? []) {
    if (g.title) {
      const present = g.fields.some((key) => isFilled((ctx.plan.discover as Record<string, unknown>)[key]));
      if (!present && !ctx.showEmpty) continue;
      group(ctx, g.title);
    }
    drawFields(ctx, 'discover', { only: [...g.fields], custom: { sources } });
  }
}

/** Step 4: the SWOT as the classic four quadrants, the confrontation matrix as a grid. */
function klantplan(ctx: SectionContext): void {
  const k = ctx.plan.klantplan;
  const codes = swotCodes(ctx.plan);
  const quadrant = (items: Array<{ id: string; text: string }>): Cell => {
    if (!isFilled(items)) return { text: ctx.showEmpty ? NOT_FILLED : '', muted: true };
    const list = items.filter((i) => i.text.trim()).map((i) => ({ marker: codes.get(i.id)?.code ?? '', text: ctx.w.cleaner.typed(i.text.trim()) }));
    return { text: list.map((i) => `${i.marker}  ${i.text}`).join('\n'), items: list };
  };
  const swot = () => {
    const quadrants = [
      [k.strengths, k.weaknesses],
      [k.opportunities, k.threats],
    ] as const;
    const labels = [
      [entryOf('klantplan', 'strengths'), entryOf('klantplan', 'weaknesses')],
      [entryOf('klantplan', 'opportunities'), entryOf('klantplan', 'threats')],
    ];
    if (!quadrants.flat().some((items) => isFilled(items))) return emptyField(ctx, 'SWOT van de klant');
    const blocks = quadrants.map((pair, r) =>
      table(ctx.w, {
        columns: labels[r]!.map((e) => ({ header: e?.info.label ?? '', width: TEXT_WIDTH / 2 })),
        rows: [pair.map(quadrant)],
      }),
    );
    fieldBlock(ctx, 'SWOT van de klant', blocks[0]!);
    blocks[1]!.draw();
  };
  const matrix = (entry: FieldEntry) => {
    const rows = [...k.strengths, ...k.weaknesses].filter((i) => codes.has(i.id));
    const cols = [...k.opportunities, ...k.threats].filter((i) => codes.has(i.id));
    const scored = rows.some((r) => cols.some((c) => k.matrix[`${r.id}:${c.id}`]));
    if (!scored) return emptyField(ctx, entry.info.label);
    // At most ten score columns per table, so the cells stay readable on A4.
    for (let start = 0, first = true; start < cols.length; start += 10, first = false) {
      const part = cols.slice(start, start + 10);
      const block = table(ctx.w, {
        columns: [{ header: 'Sterkte of zwakte', width: TEXT_WIDTH - part.length * 13 }, ...part.map((c) => ({ header: codes.get(c.id)!.code, align: 'center' as const }))],
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
    ctx.w.paragraph(`${legend}. De codes S, Z, K en B verwijzen naar de SWOT hierboven.`, TEXT.small).draw();
  };
  drawFields(ctx, 'klantplan', {
    skip: ['weaknesses', 'opportunities', 'threats'],
    custom: { strengths: swot, matrix },
  });
}

/** Step 5: the task split as a RACI chart (goals × team members) when every line is complete. */
function align(ctx: SectionContext): void {
  const a = ctx.plan.align;
  const raci = (entry: FieldEntry) => {
    const rows = filledRows(a.raci) as typeof a.raci;
    const goals = ctx.plan.envision.firstGoals.filter((g) => rows.some((r) => r.goal === g.id));
    const members = a.team.filter((m) => rows.some((r) => r.member === m.id));
    const complete = rows.every((r) => goals.some((g) => g.id === r.goal) && members.some((m) => m.id === r.member) && r.role);
    if (!rows.length || !complete) return drawField(ctx, entry);
    const block = table(ctx.w, {
      columns: [{ header: 'Doel' }, ...members.map((m) => ({ header: ctx.w.cleaner.quoted(shorten(m.name.trim() || 'Teamlid', 40)), align: 'center' as const }))],
      rows: goals.map((g) => [
        { text: ctx.w.cleaner.quoted(shorten(g.goal.trim() || 'Doel', 140)) },
        ...members.map((m) => ({ text: ctx.w.cleaner.typed(rows.filter((r) => r.goal === g.id && r.member === m.id).map((r) => r.role).join(', ')) })),
      ]),
    });
    fieldBlock(ctx, entry.info.label, block);
    ctx.w.paragraph('R = voert uit · A = eindverantwoordelijk · C = denkt mee · I = wordt geïnformeerd', TEXT.small).draw();
  };
  drawFields(ctx, 'align', { custom: { raci } });
}

/** Step 6: objectives in two tables (what and where from), opportunities and budget with their totals. */
function develop(ctx: SectionContext): void {
  // Eight columns do not fit on A4: the references to step 4 and step 1 get a table of their own.
  const objectives = (entry: FieldEntry) => {
    const rows = filledRows(ctx.plan.develop.objectives);
    if (!rows.length) return emptyField(ctx, entry.info.label);
    fieldBlock(ctx, entry.info.label, tableBlock(ctx, entry, rows, undefined, ['objective', 'type', 'kpi', 'baseline', 'target', 'deadline']));
    ctx.w.heading('Waar de doelen vandaan komen', TEXT.h3, SPACE.beforeH3, tableBlock(ctx, entry, rows, undefined, ['objective', 'question', 'goal']));
  };
  const opportunities = (entry: FieldEntry) => {
    const rows = filledRows(ctx.plan.develop.opportunities);
    if (!rows.length) return emptyField(ctx, entry.info.label);
    const t = pipelineTotals(ctx.plan);
    fieldBlock(
      ctx,
      entry.info.label,
      tableBlock(ctx, entry, rows, (columns) => [
        totalsRow(columns, 'Totaal', { value: euro(t.total) }),
        totalsRow(columns, 'Gewogen met de waarschijnlijkheid', { value: euro(t.weighted) }),
      ]),
    );
  };
  const budget = (entry: FieldEntry) => {
    const rows = filledRows(ctx.plan.develop.budget);
    if (!rows.length) return emptyField(ctx, entry.info.label);
    const t = budgetTotals(ctx.plan);
    fieldBlock(
      ctx,
      entry.info.label,
      tableBlock(ctx, entry, rows, (columns) => [
        totalsRow(columns, 'Totaal', { hours: `${formatNumber(t.hours)}\u00a0uur`, cost: euro(t.cost), extraRevenue: euro(t.extraRevenue), returns: euro(t.returns) }),
        totalsRow(columns, 'Saldo (extra brutomarge min kosten)', { returns: euro(t.balance) }),
      ]),
    );
  };
  drawFields(ctx, 'develop', { custom: { objectives, opportunities, budget } });
}

/** One function per step; steps without a layout of their own use the generic one. */
export const STEP_SECTIONS: Record<StepId, (ctx: SectionContext) => void> = {
  envision: (ctx) => drawFields(ctx, 'envision'),
  schedule,
  discover,
  klantplan,
  align,
  develop,
  adapt: (ctx) => drawFields(ctx, 'adapt'),
  inspire: (ctx) => drawFields(ctx, 'inspire'),
  actie: (ctx) => drawFields(ctx, 'actie'),
};

/** The appendix: the sources of step 3, numbered. */
export function sourcesBlock(ctx: SectionContext): Block | null {
  const rows = filledRows(ctx.plan.discover.sources) as Plan['discover']['sources'];
  if (!rows.length) return null;
  return table(ctx.w, {
    columns: [{ header: 'Nr.', width: 12, align: 'right' }, { header: 'Bron' }, { header: 'Geraadpleegd op', width: 36 }],
    rows: rows.map((row, i) => [{ text: `${i + 1}.` }, { text: ctx.w.cleaner.typed(row.source.trim()) }, { text: formatDateNl(row.date) }]),
  });
}

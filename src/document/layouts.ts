/**
 * The fields with a layout of their own, wherever they appear (a chapter per step, or a chapter of
 * the exam order): the SWOT and its matrix, a RACI chart, the DMU and the actions with their
 * pictures, the sources, and step 6's tables and figures (layouts-develop.ts). Keyed by field
 * path, so a misspelt field does not compile.
 */
import { formatDateNl } from '../plan/values/dates';
import { reviewDates } from '../plan/method/reviews';
import { MATRIX_SCORES, type Plan, type SectionId } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS, swotCodes } from '../plan/method/swot';
import type { ByPath, FieldPath } from '../plan/model/paths';
import { isFilled } from '../plan/model/fields';
import { ellipsize } from '../plan/values/text';
import { PRINT } from '../plan/pictures/picture';
import { relationshipMap } from '../plan/pictures/relationship-map';
import { timeline } from '../plan/pictures/timeline';
import { pictureFigure } from './figures';
import { budget, growthNote, objectives, opportunities, planYears, quarters } from './layouts-develop';
import { emptyField, entryOf, fieldBlocks, filledRows, genericField, paragraph, tableBlock, titled, type Context, type Layout } from './fields';
import * as say from './messages';
import type { Block, Cell, Pair } from './types';
import { score } from './values';
import type { WrittenSection } from './words';

const TEXT_WIDTH = 160;

const SWOT: readonly FieldPath[] = ['klantplan.strengths', 'klantplan.weaknesses', 'klantplan.opportunities', 'klantplan.threats'];

/** Step 4: the SWOT as the classic four quadrants (at the strengths; the other three lists go with them). */
const swot: Layout = (ctx) => {
  const k = ctx.plan.klantplan;
  const codes = swotCodes(ctx.plan);
  const quadrant = (items: Array<{ id: string; text: string }>): Cell => {
    if (!isFilled(items)) return { text: ctx.showEmpty ? say.notFilled : '', muted: true };
    const list = items.filter((i) => i.text.trim()).map((i) => ({ marker: codes.get(i.id)?.code ?? '', text: i.text.trim() }));
    return { text: list.map((i) => `${i.marker}  ${i.text}`).join('\n'), items: list, source: 'typed' };
  };
  const quadrants = [
    [k.strengths, k.weaknesses],
    [k.opportunities, k.threats],
  ] as const;
  if (!quadrants.flat().some((items) => isFilled(items))) return emptyField(ctx, say.swotTitle, SWOT);
  const label = (key: string) => entryOf('klantplan', key).info.label;
  const labels = [
    [label('strengths'), label('weaknesses')],
    [label('opportunities'), label('threats')],
  ];
  const tables = quadrants.map((pair, r): Block => ({
    kind: 'table',
    columns: labels[r]!.map((header) => ({ header, width: TEXT_WIDTH / 2 })),
    rows: [pair.map(quadrant)],
  }));
  return [titled(say.swotTitle, tables, SWOT)];
};

/** Step 4: the confrontation matrix as a grid of scores, by SWOT code. */
const matrix: Layout = (ctx, entry) => {
  const k = ctx.plan.klantplan;
  const codes = swotCodes(ctx.plan);
  const rows = [...k.strengths, ...k.weaknesses].filter((i) => codes.has(i.id));
  const cols = [...k.opportunities, ...k.threats].filter((i) => codes.has(i.id));
  const fields = ['klantplan.matrix'] as const;
  if (!rows.some((r) => cols.some((c) => k.matrix[`${r.id}:${c.id}`]))) return emptyField(ctx, entry.info.label, fields);
  // At most ten score columns per table, so the cells stay readable on A4.
  const tables: Block[] = [];
  for (let start = 0; start < cols.length; start += 10) {
    const part = cols.slice(start, start + 10);
    tables.push({
      kind: 'table',
      columns: [
        { header: say.strengthOrWeakness, width: TEXT_WIDTH - part.length * 13 },
        ...part.map((c) => ({ header: codes.get(c.id)!.code, align: 'center' as const })),
      ],
      rows: rows.map((r) => {
        const { code, text } = codes.get(r.id)!;
        const label = ellipsize(text, 90);
        return [
          { text: `${code}  ${label}`, items: [{ marker: code, text: label }], source: 'quoted' },
          ...part.map((c) => ({ text: score(k.matrix[`${r.id}:${c.id}`]) })),
        ];
      }),
    });
  }
  const legend = MATRIX_SCORES.map((s) => `${score(s)} ${MATRIX_SCORE_MEANINGS[s]}`).join(' · ');
  return [titled(entry.info.label, [...tables, paragraph(say.matrixLegend(legend), 'small')], fields)];
};

/** Step 5: the task split as a RACI chart (goals × team members) when every line is complete. */
const raci: Layout = (ctx, entry) => {
  const a = ctx.plan.align;
  const rows = filledRows(a.raci) as typeof a.raci;
  const goals = ctx.plan.envision.firstGoals.filter((g) => rows.some((r) => r.goal === g.id));
  const members = a.team.filter((m) => rows.some((r) => r.member === m.id));
  const complete = rows.every((r) => goals.some((g) => g.id === r.goal) && members.some((m) => m.id === r.member) && r.role);
  if (!rows.length || !complete) return genericField(ctx, entry);
  const chart: Block = {
    kind: 'table',
    columns: [
      { header: say.goal },
      ...members.map((m) => ({ header: ellipsize(m.name.trim() || say.teamMember, 40), source: 'quoted' as const, align: 'center' as const })),
    ],
    rows: goals.map((g) => [
      { text: ellipsize(g.goal.trim() || say.goal, 140), source: 'quoted' },
      ...members.map((m): Cell => ({
        text: rows
          .filter((r) => r.goal === g.id && r.member === m.id)
          .map((r) => r.role)
          .join(', '),
        source: 'typed',
      })),
    ]),
  };
  return [titled(entry.info.label, [chart, paragraph(say.raciLegend, 'small')], ['align.raci'])];
};

/** A figure under a heading of its own, kept with the figure's start. */
const figureUnder = (title: string, figure: Block | null): Block[] => (figure ? [{ kind: 'titled', title, role: 'sub', body: [figure] }] : []);

/** Step 3: the DMU as a table, and under it the relationship map of its members. */
const dmu: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.discover.dmu) as Plan['discover']['dmu'];
  if (!rows.length) return emptyField(ctx, entry.info.label, ['discover.dmu']);
  const map = relationshipMap({ ...ctx.plan, discover: { ...ctx.plan.discover, dmu: rows } }, PRINT, ctx.today);
  return [titled(entry.info.label, [tableBlock(ctx, entry, rows), ...figureUnder(say.mapTitle, pictureFigure('relationshipMap', map))], ['discover.dmu'])];
};

/** Step 9: the actions as a table, and under it the timeline (with step 2's milestones; what has no date is listed under it). */
const actions: Layout = (ctx, entry) => {
  const rows = filledRows(ctx.plan.actie.actions) as Plan['actie']['actions'];
  if (!rows.length) return emptyField(ctx, entry.info.label, ['actie.actions']);
  const milestones = filledRows(ctx.plan.schedule.milestones) as Plan['schedule']['milestones'];
  const picture = timeline({ ...ctx.plan, actie: { ...ctx.plan.actie, actions: rows }, schedule: { ...ctx.plan.schedule, milestones } }, PRINT, ctx.today);
  return [titled(entry.info.label, [tableBlock(ctx, entry, rows), ...figureUnder(say.timelineTitle, pictureFigure('timeline', picture))], ['actie.actions'])];
};

/** The sources of step 3, numbered: the appendix of either order. */
export function sourcesTable(plan: Plan): Block | null {
  const rows = filledRows(plan.discover.sources) as Plan['discover']['sources'];
  if (!rows.length) return null;
  return {
    kind: 'table',
    columns: [{ header: say.sourceNumberColumn, width: 12, align: 'right' }, { header: say.sourceColumn }, { header: say.consultedColumn, width: 36 }],
    rows: rows.map((row, i) => [{ text: `${i + 1}.` }, { text: row.source.trim(), source: 'typed' }, { text: formatDateNl(row.date) }]),
    fields: ['discover.sources'],
  };
}

/** In the order of the steps, step 3 points to the sources' appendix; in exam order they are that appendix. */
const sources: Layout = (ctx, entry) => {
  const table = sourcesTable(ctx.plan);
  if (ctx.order === 'exam') return table ? [table] : ctx.showEmpty ? [{ ...paragraph(say.notFilled, 'muted'), fields: ['discover.sources'] }] : [];
  return table ? [titled(entry.info.label, [paragraph(say.sourcesInAppendix)], ['discover.sources'])] : emptyField(ctx, entry.info.label, ['discover.sources']);
};

/** Layouts of single fields, wherever the field is shown. */
const LAYOUTS: ByPath<Layout> = {
  'klantplan.strengths': swot,
  'klantplan.matrix': matrix,
  'align.raci': raci,
  'develop.objectives': objectives,
  'develop.opportunities': opportunities,
  'develop.budget': budget,
  'develop.planYears': planYears,
  'develop.quarters': quarters,
  'develop.baseGrowthNote': growthNote,
  'discover.dmu': dmu,
  'discover.sources': sources,
  'actie.actions': actions,
};

/** Fields another field's layout shows (the SWOT is shown as one at the strengths). */
const SHOWN_WITH: ByPath<FieldPath> = {
  'klantplan.weaknesses': 'klantplan.strengths',
  'klantplan.opportunities': 'klantplan.strengths',
  'klantplan.threats': 'klantplan.strengths',
};

/** Label–value lines that follow from a field, after it: the review dates after the rhythm (step 2). */
const AFTER: ByPath<(ctx: Context) => Pair | null> = {
  'schedule.reviewRhythm': (ctx) => {
    const dates = reviewDates(ctx.plan.schedule);
    return dates.length ? { label: say.reviewMoments, value: dates.map(formatDateNl).join(', ') } : null;
  },
};

/** The entries of a table keyed by path that belong to `section`, by key. */
function ofSection<T>(table: ByPath<T>, section: SectionId): Record<string, T> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([path, value]) => (path.startsWith(`${section}.`) ? [[path.slice(section.length + 1), value as T]] : [])),
  );
}

/** Some or all fields of a section (`only`, in that order), each in its layout. */
export function partBlocks(ctx: Context, section: WrittenSection, only?: readonly string[]): Block[] {
  const skip = Object.entries(ofSection(SHOWN_WITH, section))
    .filter(([, by]) => !only || only.includes(by.slice(section.length + 1)))
    .map(([key]) => key);
  return fieldBlocks(ctx, section, { ...(only ? { only } : {}), skip, layouts: ofSection(LAYOUTS, section), after: ofSection(AFTER, section) });
}

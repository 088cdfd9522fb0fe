import { EXAM_APPENDICES, EXAM_CHAPTERS, EXAM_PAGES, type ExamPart } from './exam';
import { isFilled } from '../model/fields';
import type { ColumnDef, FieldDef, FieldKind } from '../model/kinds';
import type { ByPath, FieldPath } from '../model/paths';
import { PLAN_STRUCTURE, type Plan, type SectionId } from '../model/schema';

/**
 * How many pages the plan fills in the exam order, estimated from what it holds, without
 * rendering it (the workbook shows this while the reader works; the exam-ordered PDF reports its
 * real count when it is made). The measures are those of the PDF: A4, 10 pt body text, about 48
 * lines a page and 95 characters a line; every chapter starts on a new page, the appendices run
 * on. test/plan/exam-pages.test.ts holds the estimate against the PDF.
 */

const LINES_PER_PAGE = 48;
const CHARS_PER_LINE = 90;
/** Millimetres of text width, and of one character of table text (8 to 8.5 pt), and the padding of a cell. */
const TABLE_WIDTH = 160;
const TABLE_CHAR = 1.6;
const CELL_PADDING = 3.6;
/** A table line in body lines (8.5 pt against 10 pt, with a little padding). */
const TABLE_LINE = 0.8;
const HEADING = 1.9;
const CHAPTER_HEAD = 6;
const PART_TITLE = 2.4;

const textLines = (text: string, perLine = CHARS_PER_LINE) =>
  text
    .trim()
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);

/** A value's length as printed (amounts and dates are short; a reference names a row). */
const cellLength = (def: ColumnDef, value: unknown): number => {
  if (typeof value === 'string') return def.kind === 'reference' ? Math.min(value ? 40 : 0, 40) : def.kind === 'date' ? (value ? 16 : 0) : value.trim().length;
  if (typeof value === 'number') return 10;
  if (typeof value === 'boolean') return 3;
  return 0;
};

/** Lines of a table: a header, and per row its tallest cell, columns sharing the width by how much they hold. */
function tableLines(columns: Record<string, ColumnDef>, rows: Array<Record<string, unknown>>): number {
  const keys = Object.keys(columns);
  const lengths = rows.map((row) => keys.map((k) => cellLength(columns[k]!, row[k])));
  const weights = keys.map((_, i) => Math.max(8, Math.sqrt(lengths.reduce((n, l) => n + l[i]! ** 2, 0) / Math.max(1, rows.length))));
  const total = weights.reduce((a, b) => a + b, 0);
  const chars = (TABLE_WIDTH - CELL_PADDING * keys.length) / TABLE_CHAR;
  // Words do not fill a narrow column: a line holds a word less than its width.
  const perCell = weights.map((w) => Math.max(4, (w / total) * chars - 4));
  const body = lengths.reduce((n, l) => n + Math.max(1, ...l.map((len, i) => Math.ceil(len / perCell[i]!))) * TABLE_LINE + 0.55, 0);
  return 1.6 + body + 1;
}

/** A label–value line: the value wraps in the right-hand column. */
const shortLines = (value: unknown) => 1.05 * textLines(String(typeof value === 'string' ? value : 'waarde'), 60);

/** Lines a filled field of each kind takes, with its label. */
const KIND_LINES = {
  longText: (_plan, _def, value) => HEADING + textLines(String(value)) + 0.5,
  list: (_plan, _def, value) =>
    HEADING + (value as Array<{ text: string }>).filter((i) => i.text.trim()).reduce((n, i) => n + textLines(i.text, CHARS_PER_LINE - 5) + 0.25, 0) + 0.5,
  table: (_plan, def, value) => {
    const rows = (value as Array<Record<string, unknown>>).filter((r) => isFilled(r));
    return HEADING + tableLines((def as { columns: Record<string, ColumnDef> }).columns, rows);
  },
  matrix: (plan) => {
    // At most ten score columns per table; the row labels wrap in what the scores leave.
    const k = plan.klantplan;
    const rows = [...k.strengths, ...k.weaknesses].filter((i) => i.text.trim());
    const columns = [...k.opportunities, ...k.threats].filter((i) => i.text.trim()).length;
    let lines = HEADING + 2;
    for (let start = 0; start < columns; start += 10) {
      const chars = (TABLE_WIDTH - 13 * Math.min(10, columns - start)) / TABLE_CHAR - 8;
      lines += 1.6 + rows.reduce((n, r) => n + Math.ceil(Math.min(90, r.text.trim().length + 4) / chars) * TABLE_LINE + 0.55, 0);
    }
    return lines;
  },
  text: (_plan, _def, value) => shortLines(value),
  date: (_plan, _def, value) => shortLines(value),
  number: (_plan, _def, value) => shortLines(value),
  money: (_plan, _def, value) => shortLines(value),
  percent: (_plan, _def, value) => shortLines(value),
  choice: (_plan, _def, value) => shortLines(value),
  score: (_plan, _def, value) => shortLines(value),
  yesNo: (_plan, _def, value) => shortLines(value),
  reference: (_plan, _def, value) => shortLines(value),
} satisfies Record<FieldKind, (plan: Plan, def: FieldDef, value: unknown) => number>;

/** Lines a field takes, with its label; 0 when it is empty. */
function fieldLines(plan: Plan, section: SectionId, key: string): number {
  const def = (PLAN_STRUCTURE[section] as Record<string, FieldDef>)[key]!;
  const value = (plan[section] as Record<string, unknown>)[key];
  return isFilled(value) ? KIND_LINES[def.kind](plan, def, value) : 0;
}

/** A figure's height in body lines (10 pt at 1.45: 5.1 mm a line). */
const figureLines = (mm: number) => HEADING + mm / 5.1;

/**
 * Lines the derived parts add after a filled field: totals, the table of years and the chart, the
 * build-up of the revenue target (its table, two sentences and its waterfall of 84 mm), the
 * objectives' second table, the relationship map under the DMU (rows of about three cards) and
 * the timeline under the actions (a row per action and milestone, a line per objective).
 */
const EXTRA_LINES: ByPath<(plan: Plan) => number> = {
  'develop.planYears': (plan) =>
    HEADING +
    1.6 +
    (plan.envision.history.length + plan.develop.planYears.length) * 1.35 +
    15 +
    HEADING +
    1.6 +
    (plan.develop.opportunities.length + 5) * 1.1 +
    3 +
    figureLines(84),
  'discover.dmu': (plan) => figureLines((Math.ceil(plan.discover.dmu.filter((p) => isFilled(p)).length / 3) + 1) * 40 + 20),
  'actie.actions': (plan) => {
    const actions = plan.actie.actions.filter((a) => isFilled(a));
    const items = actions.length + plan.schedule.milestones.filter((m) => isFilled(m)).length;
    return figureLines(30 + items * 9.5 + (new Set(actions.map((a) => a.objective)).size + 1) * 5);
  },
  'develop.budget': () => 3,
  'develop.opportunities': () => 3,
  'develop.quarters': () => 3,
  'develop.objectives': (plan) =>
    HEADING + tableLines({ objective: { kind: 'text' }, question: { kind: 'reference', ref: { matrix: true } } }, plan.develop.objectives),
};

function extraLines(plan: Plan, section: SectionId, key: string): number {
  const extra = EXTRA_LINES[`${section}.${key}` as FieldPath];
  return extra && isFilled((plan[section] as Record<string, unknown>)[key]) ? extra(plan) : 0;
}

function partLines(plan: Plan, part: ExamPart): number {
  const lines = part.fields.reduce((n, key) => n + fieldLines(plan, part.section, key) + extraLines(plan, part.section, key), 0);
  return lines && part.title ? lines + PART_TITLE : lines;
}

export interface PageEstimate {
  /** Pages of the chapters (cover and contents not counted). */
  body: number;
  appendices: number;
  /** What the estimate means against the exam's limits. */
  verdict: 'kort' | 'goed' | 'lang';
  appendicesTooLong: boolean;
}

/** The estimated pages of the plan in exam order. */
export function estimateExamPages(plan: Plan): PageEstimate {
  // A chapter without content is no page of the written plan (the PDF prints it as a reminder).
  const summary = plan.cover.summary.trim() ? HEADING + textLines(plan.cover.summary) : 0;
  const body = EXAM_CHAPTERS.reduce((n, chapter) => {
    const content = chapter.id === 'samenvatting' ? summary : chapter.parts.reduce((m, part) => m + partLines(plan, part), 0);
    return n + (content ? Math.ceil((CHAPTER_HEAD + content) / LINES_PER_PAGE) : 0);
  }, 0);
  const content = EXAM_APPENDICES.map((a) => a.parts.reduce((m, part) => m + partLines(plan, part), 0)).filter((lines) => lines > 0);
  const appendixLines = content.reduce((n, lines, i) => n + (i === 0 ? CHAPTER_HEAD : 5) + lines, 0);
  const appendices = Math.ceil(appendixLines / LINES_PER_PAGE);
  return {
    body,
    appendices,
    verdict: body < EXAM_PAGES.min ? 'kort' : body > EXAM_PAGES.max ? 'lang' : 'goed',
    appendicesTooLong: appendices > EXAM_PAGES.appendixMax,
  };
}

/**
 * The plan as an editable Word document (.docx) in the order of the written exam plan
 * (src/plan/exam/exam.ts): a title page, a table of contents field, the chapters as Heading 1 (so
 * Word's navigation pane and contents work), parts as Heading 2, every field under its label,
 * tables as real Word tables, and a writing prompt per chapter in a style of its own that the
 * student replaces with their own text. Built with the `docx` library; loaded only on click.
 * Pure: everything it needs comes in as arguments.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { formatDateNl, toIsoDate } from '../plan/values/dates';
import { cellValue, printColumns, type PrintColumn } from '../plan/model/derived-columns';
import { displayValue } from '../plan/values/display';
import { appendixTitle, EXAM_APPENDICES, EXAM_CHAPTERS, type ExamPart } from '../plan/exam/exam';
import { sectionFields } from '../plan/model/field-entries';
import { isFilled, type FieldEntry, type FieldInfo } from '../plan/model/fields';
import { formatEuro, formatNumber, formatPercent } from '../plan/values/format';
import type { FieldKind } from '../plan/model/kinds';
import { accountPlanName } from '../plan/messages';
import * as words from '../plan/messages/document';
import { reviewDates } from '../plan/method/reviews';
import { MATRIX_SCORES, type Plan, type SectionId } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS, swotCodes } from '../plan/method/swot';
import { budgetTotals, financeYears, pipelineTotals, quarterTotals } from '../plan/finance/totals';
import * as say from './messages';
import { DocxText, paragraphsOf } from './text';

export interface DocxOptions {
  /** The date on the title page. */
  today: Date;
}

export interface RenderedDocx {
  bytes: Uint8Array;
  /** Characters a Word document cannot hold, each written as the replacement mark. */
  replacedCharacters: number;
}

const ACCENT = '174A78';
const MUTED = '5F6874';
const TINT = 'E7EEF5';
/** The id of the writing prompts' style (its name in Word is `say.promptStyleName`): the student replaces these with their own text. */
const PROMPT = 'Schrijfaanwijzing';

type Block = Paragraph | Table | TableOfContents;
type Row = Record<string, unknown>;

/** How each kind of field is written: `short` ones as "Label: value", the others under their label as a heading. */
const FORM = {
  text: 'short',
  longText: 'paragraph',
  date: 'short',
  number: 'short',
  money: 'short',
  percent: 'short',
  choice: 'short',
  score: 'short',
  yesNo: 'short',
  reference: 'short',
  list: 'list',
  table: 'table',
  matrix: 'own',
} satisfies Record<FieldKind, 'short' | 'paragraph' | 'list' | 'table' | 'own'>;

/** How a value of each kind aligns in a table column. */
const ALIGN = {
  text: AlignmentType.LEFT,
  longText: AlignmentType.LEFT,
  date: AlignmentType.LEFT,
  number: AlignmentType.RIGHT,
  money: AlignmentType.RIGHT,
  percent: AlignmentType.RIGHT,
  choice: AlignmentType.LEFT,
  score: AlignmentType.CENTER,
  yesNo: AlignmentType.CENTER,
  reference: AlignmentType.LEFT,
  list: AlignmentType.LEFT,
  table: AlignmentType.LEFT,
  matrix: AlignmentType.LEFT,
} satisfies Record<FieldKind, (typeof AlignmentType)[keyof typeof AlignmentType]>;

class Writer {
  readonly text = new DocxText();
  constructor(readonly plan: Plan) {}

  /** One value as text: what was typed, as typed; amounts, dates and choices as the site shows them. */
  value(info: FieldInfo, value: unknown): string {
    if (info.kind === 'text' || info.kind === 'longText') return typeof value === 'string' ? this.text.clean(value.trim()) : '';
    return this.text.clean(displayValue(this.plan, info, value));
  }

  /** Runs of one line of text, with line breaks where the text has them. */
  runs(text: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
    return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i ? { break: 1 } : {}), ...options }));
  }

  /** A typed text as paragraphs (blank lines) with line breaks (single ones). */
  paragraphs(text: string): Paragraph[] {
    return paragraphsOf(this.text.clean(text)).map((lines) => new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, ...(i ? { break: 1 } : {}) })) }));
  }

  heading(text: string, level: 1 | 2 | 3, pageBreak = false): Paragraph {
    const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    return new Paragraph({ heading, children: [new TextRun(text)], keepNext: true, ...(pageBreak ? { pageBreakBefore: true } : {}) });
  }

  prompt(text: string): Paragraph {
    return new Paragraph({ style: PROMPT, children: [new TextRun({ text: say.promptLabel, bold: true }), new TextRun(text)] });
  }

  /** "Label: value" */
  pair(label: string, value: string): Paragraph {
    return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...this.runs(value)] });
  }

  small(text: string): Paragraph {
    return new Paragraph({ children: [new TextRun({ text, size: 18, color: MUTED })] });
  }

  bullets(items: string[]): Paragraph[] {
    return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: this.runs(item) }));
  }

  /** A table with a header row repeated on every page, numbers aligned right, and bold totals under it. */
  table(headers: Array<{ text: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] }>, rows: string[][], totals: string[][] = []): Table {
    const cell = (text: string, i: number, style: { header?: boolean; bold?: boolean }) =>
      new TableCell({
        ...(style.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TINT } } : {}),
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new Paragraph({ alignment: headers[i]?.align ?? AlignmentType.LEFT, children: this.runs(text, style.header ? { bold: true, color: ACCENT } : style.bold ? { bold: true } : {}) })],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DA' },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DA' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D6DCE3' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h.text, i, { header: true })) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, {})) })),
        ...totals.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, { bold: true })) })),
      ],
    });
  }
}

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]).filter((row) => isFilled(row)) : []);
const field = (plan: Plan, section: SectionId, key: string) => (plan[section] as Row)[key];
const entryOf = (section: SectionId, key: string) => sectionFields(section).find((f) => f.key === key)!;

/** A table field as a Word table; `only` picks columns, `totals` adds bold rows (label in the first column). */
function tableOf(w: Writer, entry: FieldEntry, rows: Row[], options: { only?: string[]; totals?: (columns: PrintColumn[]) => string[][] } = {}): Table {
  const columns = printColumns(entry).filter((c) => !options.only || options.only.includes(c.key));
  return w.table(
    columns.map((c) => ({ text: c.info.label, align: ALIGN[c.info.kind] })),
    rows.map((row) => columns.map((c) => w.value(c.info, cellValue(c, row)))),
    options.totals?.(columns),
  );
}

const totalsRow = (columns: PrintColumn[], label: string, amounts: Record<string, string>) => columns.map((c, i) => (i === 0 ? label : (amounts[c.key] ?? '')));

type Layout = (w: Writer, entry: FieldEntry) => Block[];

/** The SWOT as four quadrants with their codes (S1, Z2, K1, B3), at the strengths. */
const swot: Layout = (w) => {
  const k = w.plan.klantplan;
  const codes = swotCodes(w.plan);
  const quadrant = (items: Array<{ id: string; text: string }>) =>
    items
      .filter((i) => i.text.trim())
      .map((i) => `${codes.get(i.id)?.code ?? ''}  ${w.text.clean(i.text.trim())}`)
      .join('\n');
  if (![k.strengths, k.weaknesses, k.opportunities, k.threats].some((l) => isFilled(l))) return [];
  const label = (key: string) => entryOf('klantplan', key).info.label;
  return [
    w.heading(words.swotTitle, 3),
    w.table([{ text: label('strengths') }, { text: label('weaknesses') }], [[quadrant(k.strengths), quadrant(k.weaknesses)]]),
    w.table([{ text: label('opportunities') }, { text: label('threats') }], [[quadrant(k.opportunities), quadrant(k.threats)]]),
  ];
};

/** The confrontation matrix: strengths and weaknesses against opportunities and threats, by code. */
const matrix: Layout = (w, entry) => {
  const k = w.plan.klantplan;
  const codes = swotCodes(w.plan);
  const rows = [...k.strengths, ...k.weaknesses].filter((i) => codes.has(i.id));
  const cols = [...k.opportunities, ...k.threats].filter((i) => codes.has(i.id));
  if (!rows.some((r) => cols.some((c) => k.matrix[`${r.id}:${c.id}`]))) return [];
  return [
    w.heading(entry.info.label, 3),
    w.table(
      [{ text: words.strengthOrWeakness }, ...cols.map((c) => ({ text: codes.get(c.id)!.code, align: AlignmentType.CENTER }))],
      rows.map((r) => [`${codes.get(r.id)!.code}  ${w.text.clean(r.text.trim())}`, ...cols.map((c) => k.matrix[`${r.id}:${c.id}`] ?? '')]),
    ),
    w.small(
      say.matrixLegend(
        MATRIX_SCORES.map((s) => `${s} ${MATRIX_SCORE_MEANINGS[s]}`).join(' · '),
        cols.map((c) => `${codes.get(c.id)!.code} ${w.text.clean(c.text.trim())}`).join('; '),
      ),
    ),
  ];
};

/** The task split as a RACI chart when every line is complete; else as the table it is. */
const raci: Layout = (w, entry) => {
  const a = w.plan.align;
  const rows = rowsOf(a.raci) as typeof a.raci;
  const goals = w.plan.envision.firstGoals.filter((g) => rows.some((r) => r.goal === g.id));
  const members = a.team.filter((m) => rows.some((r) => r.member === m.id));
  const complete = rows.every((r) => goals.some((g) => g.id === r.goal) && members.some((m) => m.id === r.member) && r.role);
  if (!rows.length) return [];
  if (!complete) return [w.heading(entry.info.label, 3), tableOf(w, entry, rows)];
  return [
    w.heading(entry.info.label, 3),
    w.table(
      [{ text: words.goal }, ...members.map((m) => ({ text: w.text.clean(m.name.trim() || words.teamMember), align: AlignmentType.CENTER }))],
      goals.map((g) => [w.text.clean(g.goal.trim() || words.goal), ...members.map((m) => rows.filter((r) => r.goal === g.id && r.member === m.id).map((r) => r.role).join(', '))]),
    ),
    w.small(words.raciLegend),
  ];
};

const objectives: Layout = (w, entry) => {
  const rows = rowsOf(w.plan.develop.objectives);
  if (!rows.length) return [];
  return [
    w.heading(entry.info.label, 3),
    tableOf(w, entry, rows, { only: ['objective', 'type', 'kpi', 'baseline', 'target', 'deadline'] }),
    w.heading(words.objectivesOrigin, 3),
    tableOf(w, entry, rows, { only: ['objective', 'question', 'goal', 'strategy'] }),
  ];
};

const opportunities: Layout = (w, entry) => {
  const rows = rowsOf(w.plan.develop.opportunities);
  if (!rows.length) return [];
  const t = pipelineTotals(w.plan);
  return [
    w.heading(entry.info.label, 3),
    tableOf(w, entry, rows, { totals: (c) => [totalsRow(c, words.total, { value: formatEuro(t.total) }), totalsRow(c, words.weightedTotal, { value: formatEuro(t.weighted) })] }),
  ];
};

const budget: Layout = (w, entry) => {
  const rows = rowsOf(w.plan.develop.budget);
  if (!rows.length) return [];
  const t = budgetTotals(w.plan);
  return [
    w.heading(entry.info.label, 3),
    tableOf(w, entry, rows, {
      totals: (c) => [
        totalsRow(c, words.total, { hours: `${formatNumber(t.hours)} ${words.hoursUnit}`, otherCost: formatEuro(t.otherCost), cost: formatEuro(t.cost), extraRevenue: formatEuro(t.extraRevenue), returns: formatEuro(t.returns) }),
        totalsRow(c, words.budgetBalance, { returns: formatEuro(t.balance) }),
      ],
    }),
    w.small(`${say.costPerLine} ${words.ofWhichHours(formatEuro(t.hoursCost))}${t.returnOnCost !== null ? ` ${words.balanceOfCost(formatPercent(t.returnOnCost))}` : ''}`),
  ];
};

/**
 * Revenue and gross margin per year: the history of step 1 and the plan years, as a table and as
 * a Word chart (with its data in an embedded sheet, so the student can change it in Word). The
 * PDF and the workbook draw their chart from src/plan/finance/finance-chart.ts; Word draws its own from
 * the same years.
 */
const planYears: Layout = (w) => {
  if (!rowsOf(w.plan.develop.planYears).length) return [];
  const years = financeYears(w.plan);
  const shown = years.filter((y) => y.revenue !== null);
  const chart = shown.length
    ? [
        new Paragraph({
          children: [
            new ChartRun({
              type: 'column',
              title: words.financeTitle,
              categories: shown.map((y) => (y.kind === 'plan' ? say.chartPlanYear(y.year) : String(y.year))),
              series: [
                { name: words.revenueColumn, values: shown.map((y) => y.revenue), color: ACCENT, colors: shown.map((y) => (y.kind === 'plan' ? 'A9C4DE' : undefined)) },
                { name: words.grossMarginColumn, values: shown.map((y) => y.grossMargin), color: '6094BA' },
              ],
              transformation: { width: 576, height: 300 },
              altText: { name: words.financeTitle, description: shown.map((y) => say.chartYear(y.year, y.kind === 'plan', formatEuro(y.revenue), formatEuro(y.grossMargin))).join('; ') },
            }),
          ],
        }),
      ]
    : [];
  return [
    w.heading(words.financeTitle, 3),
    w.table(
      [{ text: words.yearColumn }, { text: words.revenueColumn, align: AlignmentType.RIGHT }, { text: words.marginColumn, align: AlignmentType.RIGHT }, { text: words.grossMarginColumn, align: AlignmentType.RIGHT }, { text: say.yearKindColumn }],
      years.map((y) => [String(y.year), formatEuro(y.revenue), formatPercent(y.margin), formatEuro(y.grossMargin), y.kind === 'plan' ? words.planYear : words.realisedYear]),
    ),
    ...chart,
  ];
};

const quarters: Layout = (w, entry) => {
  const rows = rowsOf(w.plan.develop.quarters);
  if (!rows.length) return [];
  const t = quarterTotals(w.plan);
  const out: Block[] = [w.heading(entry.info.label, 3), tableOf(w, entry, rows, { totals: (c) => [totalsRow(c, words.total, { revenue: formatEuro(t.revenue), grossMargin: formatEuro(t.grossMargin) })] })];
  if (t.target !== null && t.year !== null && t.revenue !== t.target) out.push(w.small(words.quartersDiffer(formatEuro(t.revenue), t.year, formatEuro(t.target))));
  return out;
};

const sources: Layout = (w) => {
  const rows = rowsOf(w.plan.discover.sources) as Plan['discover']['sources'];
  if (!rows.length) return [];
  return [w.table([{ text: words.sourceNumberColumn, align: AlignmentType.RIGHT }, { text: words.sourceColumn }, { text: words.consultedColumn }], rows.map((r, i) => [`${i + 1}.`, w.text.clean(r.source.trim()), formatDateNl(r.date)]))];
};

const LAYOUTS: Readonly<Record<string, Layout>> = {
  'klantplan.strengths': swot,
  'klantplan.matrix': matrix,
  'align.raci': raci,
  'develop.objectives': objectives,
  'develop.opportunities': opportunities,
  'develop.budget': budget,
  'develop.planYears': planYears,
  'develop.quarters': quarters,
  'discover.sources': sources,
};
/** Drawn by the SWOT's layout, at the strengths. */
const DRAWN_WITH_STRENGTHS = new Set(['klantplan.weaknesses', 'klantplan.opportunities', 'klantplan.threats']);

/** The fields of a part, in order: consecutive short fields as "Label: value" lines, the others under their label. */
function part(w: Writer, p: ExamPart): Block[] {
  const out: Block[] = [];
  for (const key of p.fields) {
    const path = `${p.section}.${key}`;
    if (DRAWN_WITH_STRENGTHS.has(path)) continue;
    const entry = entryOf(p.section, key);
    const layout = LAYOUTS[path];
    if (layout) {
      out.push(...layout(w, entry));
      continue;
    }
    const value = field(w.plan, p.section, key);
    if (!isFilled(value)) continue;
    const { info } = entry;
    switch (FORM[info.kind]) {
      case 'short':
        out.push(w.pair(info.label, w.value(info, value)));
        if (path === 'schedule.reviewRhythm') {
          const dates = reviewDates(w.plan.schedule);
          if (dates.length) out.push(w.pair(words.reviewMoments, dates.map(formatDateNl).join(', ')));
        }
        break;
      case 'paragraph':
        out.push(w.heading(info.label, 3), ...w.paragraphs(value as string));
        break;
      case 'list':
        out.push(w.heading(info.label, 3), ...w.bullets((value as Array<{ text: string }>).filter((i) => i.text.trim()).map((i) => w.text.clean(i.text.trim()))));
        break;
      case 'table':
        out.push(w.heading(info.label, 3), tableOf(w, entry, rowsOf(value)));
        break;
      case 'own':
        break;
    }
  }
  return out;
}

function period(from: string, to: string): string {
  if (from && to) return words.periodFromTo(formatDateNl(from), formatDateNl(to));
  if (from) return words.periodFrom(formatDateNl(from));
  if (to) return words.periodTo(formatDateNl(to));
  return '';
}

function titlePage(w: Writer, title: string, today: Date): Paragraph[] {
  const c = w.plan.cover;
  const lines = [
    [words.accountLabel, w.value({ kind: 'text', label: '', hint: '' }, c.account)],
    [words.authorLabel, w.value({ kind: 'text', label: '', hint: '' }, c.author)],
    [words.organisationLabel, w.value({ kind: 'text', label: '', hint: '' }, c.organisation)],
    [words.periodLabel, period(c.periodFrom, c.periodTo)],
    [words.purposeLabel, c.purpose],
  ].filter(([, value]) => value) as Array<[string, string]>;
  lines.push([words.dateLabel, formatDateNl(toIsoDate(today))]);
  return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }), ...lines.map(([label, value]) => w.pair(label, value))];
}

/** The plan's title: its own title, else one made from the account. */
function planTitle(plan: Plan, w: Writer): string {
  const account = plan.cover.account.trim();
  return w.text.clean(plan.cover.title.trim() || (account ? accountPlanName(account) : words.accountPlan));
}

/** Builds the Word document of a plan in exam order. */
export async function renderPlanDocx(plan: Plan, options: DocxOptions): Promise<RenderedDocx> {
  const w = new Writer(plan);
  const title = planTitle(plan, w);
  const body: Block[] = [
    ...titlePage(w, title, options.today),
    new Paragraph({ style: 'Inhoudskop', pageBreakBefore: true, children: [new TextRun(words.contents)] }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    w.small(say.updateContents),
  ];
  EXAM_CHAPTERS.forEach((chapter, i) => {
    body.push(w.heading(`${i + 1}. ${chapter.title}`, 1, true), w.prompt(chapter.write));
    const before = body.length;
    if (chapter.id === 'samenvatting') {
      if (plan.cover.summary.trim()) body.push(...w.paragraphs(plan.cover.summary));
    } else {
      for (const p of chapter.parts) {
        const blocks = part(w, p);
        if (p.title && blocks.length) body.push(w.heading(p.title, 2));
        body.push(...blocks);
      }
    }
    if (body.length === before) body.push(w.small(words.chapterNotFilled));
  });
  EXAM_APPENDICES.forEach((appendix, i) => {
    body.push(w.heading(appendixTitle(appendix), 1, i === 0));
    const before = body.length;
    for (const p of appendix.parts) body.push(...part(w, p));
    if (body.length === before) body.push(w.small(words.appendixNotFilled));
  });

  const account = w.text.clean(plan.cover.account.trim());
  const doc = new Document({
    creator: words.creator,
    title,
    subject: account ? words.accountPlanFor(account) : words.accountPlan,
    ...(plan.cover.author.trim() ? { lastModifiedBy: w.text.clean(plan.cover.author.trim()) } : {}),
    description: say.description,
    // Word fills the table of contents with page numbers when it opens the document (after asking).
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { size: 52, bold: true, color: '1F2328' }, paragraph: { spacing: { after: 480 } } },
        heading1: { run: { size: 36, bold: true, color: '1F2328' }, paragraph: { outlineLevel: 0, spacing: { before: 240, after: 160 } } },
        heading2: { run: { size: 28, bold: true, color: ACCENT }, paragraph: { outlineLevel: 1, spacing: { before: 280, after: 120 } } },
        heading3: { run: { size: 23, bold: true, color: ACCENT }, paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80 } } },
      },
      paragraphStyles: [
        { id: 'Inhoudskop', name: say.contentsHeadingStyleName, basedOn: 'Normal', next: 'Normal', run: { size: 36, bold: true }, paragraph: { spacing: { after: 200 } } },
        {
          id: PROMPT,
          name: say.promptStyleName,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: MUTED, size: 20 },
          paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F5F7' }, spacing: { after: 200 } },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: say.footerPage(title), size: 16, color: MUTED }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }), new TextRun({ text: say.footerOf, size: 16, color: MUTED }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED })] })],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return { bytes: new Uint8Array(buffer), replacedCharacters: w.text.replaced };
}

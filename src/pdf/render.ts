import { jsPDF } from 'jspdf';
import { formatDateNl, toIsoDate } from '../plan/values/dates';
import { accountPlanName, stepHeading, stepOfTotal } from '../plan/messages';
import * as words from '../plan/messages/document';
import type { Plan } from '../plan/model/schema';
import { STEPS, type StepId } from '../plan/model/steps';
import { COVERED_RANGES, REPLACEMENT_MARK } from './fonts/coverage';
import { drawFeedback, type FeedbackForPdf } from './feedback';
import { formSection } from './form';
import { group, type SectionContext } from './fields';
import * as say from './messages';
import { drawPart, STEP_SECTIONS, sourcesBlock } from './sections';
import { appendixTitle, EXAM_APPENDICES, EXAM_CHAPTERS, type ExamPart } from '../plan/exam/exam';
import { isFilled } from '../plan/model/fields';
import { MEANING } from '../plan/meaning';
import { COLOR, PAGE, PT, SPACE, TEXT, TEXT_WIDTH, type TextStyle } from './style';
import { pairs } from './table';
import { coverageFromRanges, plainProperty, TextCleaner } from './text';
import { Writer } from './writer';
import { ellipsizeToFit } from '../plan/values/text';

export interface PdfOptions {
  /** Leave empty fields out, or show them as "nog niet ingevuld". */
  emptyFields: 'hide' | 'show';
  /**
   * `steps`: a chapter per step, then the open points (the working copy). `exam`: the chapters of
   * the written exam plan (src/plan/exam/exam.ts) and the appendices, without open points (the copy to
   * hand in). Default `steps`.
   */
  order?: 'steps' | 'exam';
  /** The date on the cover (and in the file name). */
  today: Date;
  /**
   * The problems of the workbook checks that fail, printed as the chapter "Open punten" when
   * given (an empty list says every check passes). A point without a step is listed as general.
   */
  openPoints?: Array<{ message: string; step: StepId | null }>;
  /** The self-checks of the lessons ("zelf nagaan"), listed in the same chapter. */
  selfChecks?: Array<{ text: string; step: StepId }>;
  /** Trainer feedback on the plan, printed as the appendix "Feedback van je trainer" when given. */
  feedback?: readonly FeedbackForPdf[];
  /**
   * A blank form instead of the plan: every field with its label, hint and room to write (the
   * printable worksheets on the trainers' page). The plan's values, the open points and the
   * feedback are left out.
   */
  form?: boolean;
}

/** The two TrueType fonts made by `npm run pdf:fonts` (src/pdf/fonts/). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface RenderOptions extends PdfOptions {
  fonts: PdfFonts;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** Characters the fonts cannot draw, each printed as the replacement mark. */
  replacedCharacters: number;
  pageCount: number;
  /** In exam order: the pages of the chapters and of the appendices (cover and contents not counted). */
  examPages?: { body: number; appendices: number };
}

const FONT = 'NotoSans';
const covered = coverageFromRanges(COVERED_RANGES);

interface TocEntry {
  number: string;
  label: string;
  detail: string;
  page: number;
}

/** jsPDF's virtual file system takes fonts as binary strings. */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** The plan's title as printed: its own title, else one made from the account. */
function planTitle(plan: Plan): string {
  const account = plan.cover.account.trim();
  return plan.cover.title.trim() || (account ? accountPlanName(account) : words.accountPlan);
}

function period(from: string, to: string): string {
  if (from && to) return words.periodFromTo(formatDateNl(from), formatDateNl(to));
  if (from) return words.periodFrom(formatDateNl(from));
  if (to) return words.periodTo(formatDateNl(to));
  return '';
}

/** Text cut to fit `width`, with an ellipsis when it had to be cut. */
function fit(w: Writer, text: string, width: number, style: TextStyle): string {
  return ellipsizeToFit(text.replace(/\s+/g, ' '), (candidate) => w.measure(candidate, style) <= width);
}

function drawCover(ctx: SectionContext, title: string, today: Date): void {
  const { w, plan } = ctx;
  const c = plan.cover;
  w.fill(0, 0, PAGE.width, 5, COLOR.accent);
  w.y = 62;
  // "Accountplan" above the title, unless the title says so itself.
  if (!/accountplan/i.test(title)) {
    w.line(words.accountPlan, PAGE.left, w.y, TEXT.coverKicker);
    w.y += TEXT.coverKicker.leading + 3;
  }
  for (const line of w.wrap(title, TEXT_WIDTH, TEXT.coverTitle)) {
    w.ensure(TEXT.coverTitle.leading);
    w.line(line, PAGE.left, w.y, TEXT.coverTitle);
    w.y += TEXT.coverTitle.leading;
  }
  w.y += 6;
  w.rule(PAGE.left, PAGE.left + 24, w.y, COLOR.accent, 0.9);
  w.y = Math.max(w.y + 14, 150);
  const typed = (text: string) => w.cleaner.typed(text.trim());
  const items = [
    { label: words.accountLabel, value: typed(c.account) },
    { label: words.authorLabel, value: typed(c.author) },
    { label: words.organisationLabel, value: typed(c.organisation) },
    { label: words.periodLabel, value: period(c.periodFrom, c.periodTo) },
    { label: words.purposeLabel, value: typed(c.purpose) },
  ].flatMap((item) => (item.value ? [item] : ctx.showEmpty ? [{ ...item, value: say.notFilled, muted: true }] : []));
  items.push({ label: words.dateLabel, value: formatDateNl(toIsoDate(today)) });
  pairs(w, items).draw();
  if (w.page === 1 && w.y < PAGE.bottom - 10) {
    w.line(say.draftedWith(words.creator), PAGE.left, PAGE.footerBaseline - 4, TEXT.small);
  }
}

/** The cover of the blank form: what it is, how to use it, and the cover's fields to fill in. */
function drawFormCover(ctx: SectionContext): void {
  const { w } = ctx;
  w.fill(0, 0, PAGE.width, 5, COLOR.accent);
  w.y = 40;
  w.line(words.creator, PAGE.left, w.y, TEXT.coverKicker);
  w.y += TEXT.coverKicker.leading + 3;
  for (const line of w.wrap(say.formTitle, TEXT_WIDTH, TEXT.coverTitle)) {
    w.line(line, PAGE.left, w.y, TEXT.coverTitle);
    w.y += TEXT.coverTitle.leading;
  }
  w.y += 6;
  w.paragraph(say.formIntro).draw();
  formSection(ctx, 'cover', MEANING.cover.groups?.[0]?.fields ?? []);
}

/** A chapter starts on a new page, with its place in the contents and the PDF's bookmarks. */
function chapter(ctx: SectionContext, toc: TocEntry[], entry: Omit<TocEntry, 'page'>, kicker: string): void {
  const { w } = ctx;
  w.newPage();
  toc.push({ ...entry, page: w.page });
  w.doc.outline.add(null, entry.number ? `${entry.number}. ${entry.label}` : entry.label, { pageNumber: w.page });
  w.y = PAGE.top + 6;
  if (kicker) {
    w.line(kicker, PAGE.left, w.y, TEXT.kicker);
    w.y += TEXT.kicker.leading + 1;
  }
  for (const line of w.wrap(entry.label, TEXT_WIDTH, TEXT.chapter)) {
    w.line(line, PAGE.left, w.y, TEXT.chapter);
    w.y += TEXT.chapter.leading;
  }
  if (entry.detail) {
    w.line(entry.detail, PAGE.left, w.y + 0.5, TEXT.chapterSub);
    w.y += TEXT.chapterSub.leading + 0.5;
  }
  w.y += 3;
  w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, w.y, COLOR.rule, 0.3);
  w.y += 4;
  ctx.drawn = 0;
}

/** A chapter that goes on under the one before it (the appendices after the first): same contents and bookmark, no new page. */
function subChapter(ctx: SectionContext, toc: TocEntry[], entry: Omit<TocEntry, 'page'>): void {
  const { w } = ctx;
  w.space(SPACE.beforeH2 + 6);
  w.ensure(TEXT.appendix.leading + 40);
  toc.push({ ...entry, page: w.page });
  w.doc.outline.add(null, entry.label, { pageNumber: w.page });
  for (const line of w.wrap(entry.label, TEXT_WIDTH, TEXT.appendix)) {
    w.line(line, PAGE.left, w.y, TEXT.appendix);
    w.y += TEXT.appendix.leading;
  }
  w.y += 2;
  w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, w.y, COLOR.rule, 0.3);
  w.y += 3;
  ctx.drawn = 0;
}

/** The parts of an exam chapter or appendix: a titled part only when it holds something (or empty fields are shown). */
function drawExamParts(ctx: SectionContext, parts: readonly ExamPart[]): void {
  for (const part of parts) {
    if (part.title) {
      const present = part.fields.some((key) => isFilled((ctx.plan[part.section] as Record<string, unknown>)[key]));
      if (!present && !ctx.showEmpty) continue;
      group(ctx, part.title);
    }
    drawPart(ctx, part.section, part.fields);
  }
}

/**
 * The plan in the chapters of the written exam plan, then the appendices (the DMU, the matrix,
 * the task split, the planning and research, the sources). Returns the pages of each.
 */
function drawExamOrder(ctx: SectionContext, toc: TocEntry[]): { body: number; appendices: number } {
  const { w } = ctx;
  let first = 0;
  EXAM_CHAPTERS.forEach((c, i) => {
    const number = String(i + 1);
    chapter(ctx, toc, { number, label: c.title, detail: '' }, say.chapterKicker(number));
    if (!first) first = w.page;
    if (c.id === 'samenvatting') {
      // The chapter's title is the field's label: the text follows it directly.
      const summary = ctx.plan.cover.summary.trim();
      if (summary) {
        w.paragraph(w.cleaner.typed(summary)).draw();
        ctx.drawn++;
      }
    } else drawExamParts(ctx, c.parts);
    if (ctx.drawn === 0) w.paragraph(ctx.showEmpty ? say.notFilled : words.chapterNotFilled, TEXT.bodyMuted).draw();
  });
  const appendixStart = w.page + 1;
  EXAM_APPENDICES.forEach((a, i) => {
    const entry = { number: '', label: appendixTitle(a), detail: '' };
    if (i === 0) chapter(ctx, toc, entry, say.appendicesKicker);
    else subChapter(ctx, toc, entry);
    if (a.id === 'bronnen') {
      const sources = sourcesBlock(ctx);
      if (sources) {
        sources.draw();
        ctx.drawn++;
      }
    } else drawExamParts(ctx, a.parts);
    if (ctx.drawn === 0) w.paragraph(ctx.showEmpty ? say.notFilled : words.appendixNotFilled, TEXT.bodyMuted).draw();
  });
  return { body: appendixStart - first, appendices: w.page - appendixStart + 1 };
}

function drawToc(w: Writer, page: number, toc: TocEntry[]): void {
  w.doc.setPage(page);
  w.y = PAGE.top + 6;
  w.line(words.contents, PAGE.left, w.y, TEXT.chapter);
  w.y += TEXT.chapter.leading + 7;
  const style = TEXT.tocEntry;
  const numberWidth = 9;
  const pageWidth = 12;
  toc.forEach((entry, i) => {
    const isStep = entry.number !== '';
    const wasStep = i > 0 && toc[i - 1]!.number !== '';
    if (i > 0 && isStep !== wasStep) w.y += 3;
    const top = w.y;
    const x = PAGE.left + numberWidth;
    if (entry.number) w.line(entry.number, PAGE.left, top, { ...style, bold: true, color: COLOR.accent });
    const room = TEXT_WIDTH - numberWidth - pageWidth - 4;
    const label = fit(w, entry.label, room, { ...style, bold: true });
    w.line(label, x, top, { ...style, bold: true });
    let end = x + w.measure(label, { ...style, bold: true });
    if (entry.detail && room - (end - x) > 20) {
      const detail = fit(w, entry.detail, room - (end - x) - 2.5, style);
      w.line(detail, end + 2.5, top, style, 'left', 0, COLOR.muted);
      end += 2.5 + w.measure(detail, style);
    }
    const pageNumber = String(entry.page);
    w.line(pageNumber, PAGE.left + TEXT_WIDTH - pageWidth, top, style, 'right', pageWidth);
    // Dotted leader as a drawing, so it does not end up in the text.
    const leaderY = top + style.leading / 2 + 0.357 * style.size * PT;
    const leaderEnd = PAGE.left + TEXT_WIDTH - w.measure(pageNumber, style) - 2;
    if (leaderEnd - end > 6) {
      w.doc.setLineDashPattern([0.25, 1.2], 0);
      w.rule(end + 2, leaderEnd, leaderY, COLOR.ruleStrong, 0.3);
      w.doc.setLineDashPattern([], 0);
    }
    w.doc.link(PAGE.left, top, TEXT_WIDTH, style.leading, { pageNumber: entry.page });
    w.y += style.leading + 1.6;
  });
}

function drawFooters(w: Writer, title: string): void {
  const total = w.doc.getNumberOfPages();
  const style = TEXT.small;
  for (let page = 2; page <= total; page++) {
    w.doc.setPage(page);
    const y = PAGE.footerBaseline - style.leading / 2 - 0.357 * style.size * PT;
    w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, PAGE.bottom + 5, COLOR.rule, 0.25);
    w.line(fit(w, title, TEXT_WIDTH - 40, style), PAGE.left, y, style);
    w.line(say.pageOfTotal(page, total), PAGE.left + TEXT_WIDTH - 40, y, style, 'right', 40);
  }
}

/** The heading of a step's points, or "Algemeen" for points of no step. */
const stepPoints = (id: StepId | null) => {
  const step = STEPS.find((s) => s.id === id);
  return step ? stepHeading(step.number, step.name) : say.general;
};

/** Items grouped by step, in step order; items without a step come last. */
function byStep<T extends { step: StepId | null }>(items: T[]): Array<[StepId | null, T[]]> {
  const order: Array<StepId | null> = [...STEPS.map((s) => s.id), null];
  return order.flatMap((id) => {
    const own = items.filter((i) => i.step === id);
    return own.length ? [[id, own] as [StepId | null, T[]]] : [];
  });
}

/**
 * "Open punten": every problem of a failing check, per step, then the self-checks. It says that
 * the checks pass only when the list of problems is empty.
 */
function drawOpenPoints(ctx: SectionContext, openPoints: NonNullable<PdfOptions['openPoints']>, selfChecks: NonNullable<PdfOptions['selfChecks']>): void {
  const { w } = ctx;
  // Two checks can report the same thing ("no objectives yet"): print it once.
  const seen = new Set<string>();
  const points = openPoints.filter((p) => {
    const key = `${p.step}|${p.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  if (!points.length) w.paragraph(say.allChecksPass).draw();
  else {
    w.paragraph(say.openPointsIntro(points.length)).draw();
    for (const [step, items] of byStep(points)) {
      w.heading(stepPoints(step), TEXT.h2, SPACE.beforeH2 - 2, w.bullets(items.map((p) => w.cleaner.quoted(p.message))));
    }
  }
  if (!selfChecks.length) return;
  w.heading(say.selfChecksTitle, TEXT.h2, SPACE.beforeH2, w.paragraph(say.selfChecksIntro));
  for (const [step, items] of byStep(selfChecks)) {
    w.heading(stepPoints(step), TEXT.h3, SPACE.beforeH3, w.bullets(items.map((i) => i.text)));
  }
}

/**
 * The plan as an A4 PDF in Dutch: cover, contents, management summary, a chapter per step,
 * open points and the sources. Pure: everything it needs comes in as arguments.
 */
export function renderPlanPdf(plan: Plan, options: RenderOptions): RenderedPdf {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binary(options.fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binary(options.fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');

  const cleaner = new TextCleaner(covered, REPLACEMENT_MARK);
  const w = new Writer(doc, cleaner, FONT);
  const ctx: SectionContext = { w, plan, showEmpty: options.emptyFields === 'show', drawn: 0 };
  // Counted once here; the footer repeats it. A title made from the account counts with the account.
  const form = !!options.form;
  const title = form ? say.formTitle : plan.cover.title.trim() ? cleaner.typed(planTitle(plan)) : cleaner.quoted(planTitle(plan));
  const toc: TocEntry[] = [];

  if (form) drawFormCover(ctx);
  else drawCover(ctx, title, options.today);
  w.newPage();
  const tocPage = w.page;

  let examPages: RenderedPdf['examPages'];
  // The blank form always follows the steps: it is the worksheets on paper.
  if (options.order === 'exam' && !form) examPages = drawExamOrder(ctx, toc);
  else {
    const summary = plan.cover.summary.trim();
    if (form) {
      chapter(ctx, toc, { number: '', label: say.summaryTitle, detail: '' }, say.writeLast);
      formSection(ctx, 'cover', ['summary']);
    } else if (summary || ctx.showEmpty) {
      chapter(ctx, toc, { number: '', label: say.summaryTitle, detail: '' }, '');
      w.paragraph(summary ? cleaner.typed(summary) : say.notFilled, summary ? TEXT.body : TEXT.bodyMuted).draw();
    }

    for (const step of STEPS) {
      chapter(ctx, toc, { number: String(step.number), label: step.name, detail: step.title }, stepOfTotal(step.number, STEPS.length));
      if (form) formSection(ctx, step.id);
      else STEP_SECTIONS[step.id](ctx);
      if (ctx.drawn === 0) w.paragraph(say.stepNotFilled, TEXT.bodyMuted).draw();
    }

    if (options.openPoints && !form) {
      chapter(ctx, toc, { number: '', label: say.openPointsTitle, detail: '' }, say.openPointsKicker);
      drawOpenPoints(ctx, options.openPoints, options.selfChecks ?? []);
    }

    const sources = form ? null : sourcesBlock(ctx);
    if (sources || (ctx.showEmpty && !form)) {
      chapter(ctx, toc, { number: '', label: say.sourcesTitle, detail: '' }, say.appendixKicker);
      if (sources) {
        w.paragraph(say.sourcesIntro, TEXT.bodyMuted).draw();
        sources.draw();
      } else w.paragraph(say.notFilled, TEXT.bodyMuted).draw();
    }
  }

  if (options.feedback?.length && !form) {
    chapter(ctx, toc, { number: '', label: say.feedbackTitle, detail: '' }, say.appendixKicker);
    drawFeedback(ctx, options.feedback);
  }

  drawToc(w, tocPage, toc);
  drawFooters(w, title);

  const account = plainProperty(plan.cover.account);
  const author = plainProperty(plan.cover.author);
  doc.setDocumentProperties({
    title: form ? say.formTitle : plainProperty(planTitle(plan)),
    subject: options.order === 'exam' ? (account ? words.accountPlanFor(account) : words.accountPlan) : account ? say.subjectInStepsFor(account) : say.subjectInSteps,
    ...(author ? { author } : {}),
    keywords: [say.keyword, account].filter(Boolean).join(', '),
    creator: words.creator,
  });
  doc.setLanguage('nl');
  doc.setCreationDate(options.today);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');

  return {
    bytes: new Uint8Array(doc.output('arraybuffer')),
    replacedCharacters: cleaner.replaced,
    pageCount: doc.getNumberOfPages(),
    ...(examPages ? { examPages } : {}),
  };
}

/**
 * The plan as an A4 PDF in Dutch: the document model (src/document/) drawn with jsPDF and the
 * embedded fonts: title page, contents with page numbers, a chapter per page, footers, bookmarks
 * and properties. Pure: everything it needs comes in as arguments.
 */
import { jsPDF } from 'jspdf';
import { buildDocument, type DocumentOptions } from '../document/build';
import type { Chapter, PlanDocument, TitlePage } from '../document/types';
import { COVERED_RANGES, FONT_NAMES, REPLACEMENT_MARK } from './fonts/coverage';
import { clean, drawFlow, type Pdf } from './blocks';
import * as say from './messages';
import { COLOR, PAGE, PT, SPACE, TEXT, TEXT_WIDTH, type TextStyle } from './style';
import { pairs } from './table';
import { coverageFromRanges, TextCleaner } from './text';
import { Writer } from './writer';
import { ellipsizeToFit } from '../plan/values/text';
import type { Plan } from '../plan/model/schema';

/** What the PDF shows: the document's options (the order, empty fields, open points, feedback, the blank form). */
export type PdfOptions = DocumentOptions;
export type { FeedbackForDocument as FeedbackForPdf } from '../document/build';

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

const covered = coverageFromRanges(COVERED_RANGES);

interface TocEntry {
  chapter: Chapter;
  page: number;
}

/** jsPDF's virtual file system takes fonts as binary strings. */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Text cut to fit `width`, with an ellipsis when it had to be cut. */
function fit(w: Writer, text: string, width: number, style: TextStyle): string {
  return ellipsizeToFit(text.replace(/\s+/g, ' '), (candidate) => w.measure(candidate, style) <= width);
}

/** The title page: an accent bar, the kicker and the title, then the plan's particulars or the form's introduction and fields. */
function drawTitlePage(pdf: Pdf, page: TitlePage, title: string): void {
  const { w } = pdf;
  const form = page.variant === 'form';
  w.fill(0, 0, PAGE.width, 5, COLOR.accent);
  w.y = form ? 40 : 62;
  if (page.kicker) {
    w.line(page.kicker, PAGE.left, w.y, TEXT.coverKicker);
    w.y += TEXT.coverKicker.leading + 3;
  }
  for (const line of w.wrap(title, TEXT_WIDTH, TEXT.coverTitle)) {
    w.ensure(TEXT.coverTitle.leading);
    w.line(line, PAGE.left, w.y, TEXT.coverTitle);
    w.y += TEXT.coverTitle.leading;
  }
  w.y += 6;
  if (form) {
    w.paragraph(page.intro).draw();
    drawFlow(pdf, page.fields);
    return;
  }
  w.rule(PAGE.left, PAGE.left + 24, w.y, COLOR.accent, 0.9);
  w.y = Math.max(w.y + 14, 150);
  pairs(
    w,
    page.lines.map((l) => ({ label: l.label, value: clean(pdf, l.value, l.source), ...(l.muted ? { muted: true } : {}) })),
  ).draw();
  if (page.note && w.page === 1 && w.y < PAGE.bottom - 10) w.line(page.note, PAGE.left, PAGE.footerBaseline - 4, TEXT.small);
}

/**
 * A chapter starts on a new page, with its place in the contents and the PDF's bookmarks; one that
 * runs on (the appendices after the first) goes on under the one before.
 */
function drawHeading(w: Writer, toc: TocEntry[], chapter: Chapter): void {
  if (chapter.runOn) {
    w.space(SPACE.beforeH2 + 6);
    w.ensure(TEXT.appendix.leading + 40);
  } else {
    w.newPage();
    w.y = PAGE.top + 6;
  }
  toc.push({ chapter, page: w.page });
  w.doc.outline.add(null, chapter.outline, { pageNumber: w.page });
  if (chapter.kicker) {
    w.line(chapter.kicker, PAGE.left, w.y, TEXT.kicker);
    w.y += TEXT.kicker.leading + 1;
  }
  const style = chapter.runOn ? TEXT.appendix : TEXT.chapter;
  for (const line of w.wrap(chapter.title, TEXT_WIDTH, style)) {
    w.line(line, PAGE.left, w.y, style);
    w.y += style.leading;
  }
  if (chapter.detail) {
    w.line(chapter.detail, PAGE.left, w.y + 0.5, TEXT.chapterSub);
    w.y += TEXT.chapterSub.leading + 0.5;
  }
  w.y += chapter.runOn ? 2 : 3;
  w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, w.y, COLOR.rule, 0.3);
  w.y += chapter.runOn ? 3 : 4;
}

function drawToc(w: Writer, page: number, heading: string, toc: TocEntry[]): void {
  w.doc.setPage(page);
  w.y = PAGE.top + 6;
  w.line(heading, PAGE.left, w.y, TEXT.chapter);
  w.y += TEXT.chapter.leading + 7;
  const style = TEXT.tocEntry;
  const numberWidth = 9;
  const pageWidth = 12;
  toc.forEach(({ chapter, page: at }, i) => {
    const isStep = chapter.number !== '';
    const wasStep = i > 0 && toc[i - 1]!.chapter.number !== '';
    if (i > 0 && isStep !== wasStep) w.y += 3;
    const top = w.y;
    const x = PAGE.left + numberWidth;
    if (chapter.number) w.line(chapter.number, PAGE.left, top, { ...style, bold: true, color: COLOR.accent });
    const room = TEXT_WIDTH - numberWidth - pageWidth - 4;
    const label = fit(w, chapter.title, room, { ...style, bold: true });
    w.line(label, x, top, { ...style, bold: true });
    let end = x + w.measure(label, { ...style, bold: true });
    if (chapter.detail && room - (end - x) > 20) {
      const detail = fit(w, chapter.detail, room - (end - x) - 2.5, style);
      w.line(detail, end + 2.5, top, style, 'left', 0, COLOR.muted);
      end += 2.5 + w.measure(detail, style);
    }
    const pageNumber = String(at);
    w.line(pageNumber, PAGE.left + TEXT_WIDTH - pageWidth, top, style, 'right', pageWidth);
    // Dotted leader as a drawing, so it does not end up in the text.
    const leaderY = top + style.leading / 2 + 0.357 * style.size * PT;
    const leaderEnd = PAGE.left + TEXT_WIDTH - w.measure(pageNumber, style) - 2;
    if (leaderEnd - end > 6) {
      w.doc.setLineDashPattern([0.25, 1.2], 0);
      w.rule(end + 2, leaderEnd, leaderY, COLOR.ruleStrong, 0.3);
      w.doc.setLineDashPattern([], 0);
    }
    w.doc.link(PAGE.left, top, TEXT_WIDTH, style.leading, { pageNumber: at });
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

/** Draws a document model as a PDF. */
export function renderDocumentPdf(document: PlanDocument, fonts: PdfFonts, today: Date): RenderedPdf {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  // Each font under its own name, as a subset is named: regular and bold can be told apart.
  doc.addFileToVFS('NotoSans-Regular.ttf', binary(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT_NAMES.regular, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binary(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT_NAMES.bold, 'normal');

  const cleaner = new TextCleaner(covered, REPLACEMENT_MARK);
  const w = new Writer(doc, cleaner, FONT_NAMES);
  const pdf: Pdf = { w, cleaner };
  // Cleaned (and counted) once here; the footer repeats it.
  const title = clean(pdf, document.title.text, document.title.source);
  const toc: TocEntry[] = [];

  drawTitlePage(pdf, document.titlePage, title);
  w.newPage();
  const tocPage = w.page;
  const pages = { body: 0, appendix: 0, end: 0 };
  for (const chapter of document.chapters) {
    drawHeading(w, toc, chapter);
    if (chapter.count && !pages[chapter.count]) pages[chapter.count] = w.page;
    drawFlow(pdf, chapter.body);
    if (chapter.count === 'appendix') pages.end = w.page;
  }
  drawToc(w, tocPage, document.contents, toc);
  drawFooters(w, title);

  const { author, ...properties } = document.properties;
  doc.setDocumentProperties({ ...properties, ...(author ? { author } : {}) });
  doc.setLanguage('nl');
  doc.setCreationDate(today);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');

  return {
    bytes: new Uint8Array(doc.output('arraybuffer')),
    replacedCharacters: cleaner.replaced,
    pageCount: doc.getNumberOfPages(),
    ...(document.order === 'exam' ? { examPages: { body: pages.appendix - pages.body, appendices: pages.end - pages.appendix + 1 } } : {}),
  };
}

/**
 * The plan as an A4 PDF in Dutch: title page, contents, the management summary, a chapter per step
 * (or the chapters of the exam plan), open points and the appendices.
 */
export function renderPlanPdf(plan: Plan, options: RenderOptions): RenderedPdf {
  return renderDocumentPdf(buildDocument(plan, options), options.fonts, options.today);
}

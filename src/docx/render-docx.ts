/**
 * The plan as an editable Word document (.docx): the document model (src/document/), by default in
 * the order of the written exam plan with its writing prompts, drawn with the `docx` library: a
 * title page, a table of contents field, the chapters as Heading 1 (so Word's navigation pane and
 * contents work), parts as Heading 2, fields under Heading 3, real tables, and the figures (the
 * years as a Word chart). Every spacing has its line rule, so readers other than Word (LibreOffice)
 * lay it out the same. Loaded only on click. Pure: everything it needs comes in as arguments.
 */
import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, TableOfContents, TextRun } from 'docx';
import { buildDocument, type DocumentOptions } from '../document/build';
import type { Chapter, PlanDocument } from '../document/types';
import type { Plan } from '../plan/model/schema';
import { clean, docxBlocks, heading, paragraphs, runs, type Docx } from './blocks';
import * as say from './messages';
import { ACCENT, MUTED } from './style';
import { DocxText } from './text';

export interface DocxOptions extends Partial<DocumentOptions> {
  /** The date on the title page. */
  today: Date;
}

export interface RenderedDocx {
  bytes: Uint8Array;
  /** Characters a Word document cannot hold, each written as the replacement mark. */
  replacedCharacters: number;
}

/** The id of the writing prompts' style (its name in Word is `say.promptStyleName`): the student replaces these with their own text. */
const PROMPT = 'Schrijfaanwijzing';
/** Line spacing 1.15, as a multiple of the line (`auto`): without the rule a reader may take 276 twips as an exact height. */
const LINE = { line: 276, lineRule: LineRuleType.AUTO };
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO };

const small = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 18, color: MUTED })] });

function titlePage(text: DocxText, document: PlanDocument, title: string): Paragraph[] {
  const page = document.titlePage;
  return [
    ...(page.kicker ? [new Paragraph({ children: [new TextRun({ text: page.kicker, bold: true, color: ACCENT })] })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...(page.intro ? paragraphs(page.intro) : []),
    ...page.lines.map(
      (p) =>
        new Paragraph({
          children: [new TextRun({ text: `${p.label}: `, bold: true }), ...runs(clean(text, p.value, p.source), p.muted ? { color: MUTED } : {})],
        }),
    ),
    ...(docxBlocks(text, page.fields) as Paragraph[]),
    ...(page.note ? [small(page.note)] : []),
    small(say.updateContents),
  ];
}

function chapterBlocks(text: DocxText, chapter: Chapter): Docx[] {
  return [
    heading(chapter.outline, HeadingLevel.HEADING_1, !chapter.runOn),
    ...(chapter.detail ? [small(chapter.detail)] : []),
    ...(chapter.prompt ? [new Paragraph({ style: PROMPT, children: [new TextRun({ text: say.promptLabel, bold: true }), new TextRun(chapter.prompt)] })] : []),
    ...docxBlocks(text, chapter.body),
  ];
}

/** Draws a document model as a Word document. */
export async function renderDocumentDocx(document: PlanDocument): Promise<RenderedDocx> {
  const text = new DocxText();
  const title = clean(text, document.title.text, document.title.source);
  const body: Array<Docx | TableOfContents> = [
    ...titlePage(text, document, title),
    new Paragraph({ style: 'Inhoudskop', pageBreakBefore: true, children: [new TextRun(document.contents)] }),
    new TableOfContents(document.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    ...document.chapters.flatMap((chapter) => chapterBlocks(text, chapter)),
  ];
  const { properties } = document;
  const doc = new Document({
    creator: properties.creator,
    title: properties.title,
    subject: properties.subject,
    ...(properties.author ? { lastModifiedBy: properties.author } : {}),
    description: document.order === 'exam' ? say.description : say.descriptionInSteps,
    // Word fills the table of contents with page numbers when it opens the document (after asking).
    features: { updateFields: true },
    // Dutch hyphenation where a word does not fit its line or cell, rather than a break anywhere.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true, consecutiveHyphenLimit: 2 },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } }, paragraph: { spacing: { after: 120, ...LINE } } },
        title: { run: { size: 52, bold: true, color: '1F2328' }, paragraph: { spacing: { after: 480, ...SINGLE } } },
        heading1: { run: { size: 36, bold: true, color: '1F2328' }, paragraph: { outlineLevel: 0, spacing: { before: 240, after: 160, ...SINGLE } } },
        heading2: { run: { size: 28, bold: true, color: ACCENT }, paragraph: { outlineLevel: 1, spacing: { before: 280, after: 120, ...SINGLE } } },
        heading3: { run: { size: 23, bold: true, color: ACCENT }, paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80, ...SINGLE } } },
      },
      paragraphStyles: [
        {
          id: 'Inhoudskop',
          name: say.contentsHeadingStyleName,
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 36, bold: true },
          paragraph: { spacing: { after: 200, ...SINGLE } },
        },
        {
          id: PROMPT,
          name: say.promptStyleName,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: MUTED, size: 20 },
          paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F5F7' }, spacing: { after: 200, ...LINE } },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: say.footerPage(title), size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
                  new TextRun({ text: say.footerOf, size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return { bytes: new Uint8Array(buffer), replacedCharacters: text.replaced };
}

/** The Word document of a plan: by default in exam order, with the writing prompts, empty fields left out. */
export async function renderPlanDocx(plan: Plan, options: DocxOptions): Promise<RenderedDocx> {
  return renderDocumentDocx(buildDocument(plan, { emptyFields: 'hide', order: 'exam', prompts: true, ...options }));
}

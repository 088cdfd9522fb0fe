/**
 * The plan as a document: what the PDF (src/pdf/) and the Word document (src/docx/) draw, decided
 * once (src/document/build.ts). A renderer draws each kind of node its own way and decides nothing
 * about content: which fields go together and how, what is empty, what a value reads as, what a
 * chapter holds. Texts are plain; where a text comes from the reader, `source` says so, so each
 * renderer can make it safe for its format (the PDF for its fonts, Word for XML) and count what it
 * had to replace once.
 */
import type { ChartModel } from '../plan/finance/finance-chart';
import type { FinanceYear } from '../plan/finance/totals';
import type { Picture } from '../plan/pictures/picture';
import type { FieldPath } from '../plan/model/paths';

/** `typed`: what the reader typed (counted where replaced); `quoted`: a repeat of it (not counted again). None: the site's words. */
export type Source = 'typed' | 'quoted';

export type Align = 'left' | 'right' | 'center';

/** How a paragraph reads: running text, a muted remark ("nog niet ingevuld"), or a small note under a table. */
export type Tone = 'body' | 'muted' | 'small';

/**
 * The heading over a field or a part of a chapter: a field's label (`field`), a heading under it
 * (`sub`), a heading over a list of points (`points`), a field of the blank form (`formField`).
 */
export type HeadingRole = 'field' | 'sub' | 'points' | 'formField';

/** A label–value line (the short fields of a step, the cover). */
export interface Pair {
  label: string;
  value: string;
  source?: Source;
  muted?: true;
  /** The fields it shows. */
  fields?: readonly FieldPath[];
}

export interface Column {
  header: string;
  /** Where the header comes from (a team member's name in the RACI chart). */
  source?: Source;
  align?: Align;
  /** A fixed width in mm of the 160 mm text column; other columns share what is left by their content. */
  width?: number;
  /** Keep values on one line where possible (dates, amounts). */
  noWrap?: true;
  /** Never wider than this (mm), however long its text: for columns that only name a row. */
  maxWidth?: number;
}

export interface Cell {
  /** The cell's text (with `items`: the items joined, one a line). */
  text: string;
  source?: Source;
  muted?: true;
  bold?: true;
  /** A list in the cell: each item with its marker (S1, K2) before it. */
  items?: Array<{ marker: string; text: string }>;
}

/** The kinds of figure a document can hold; each renderer keeps one drawing per kind. */
export const FIGURE_KINDS = ['financeYears', 'revenueBridge', 'relationshipMap', 'timeline'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * How each kind of figure is laid out, once, in src/plan/ (1 unit = 1 mm at full text width): the
 * shapes of a chart (tones instead of colours), or a picture of the plan (src/plan/pictures/).
 */
export interface FigureShapes {
  financeYears: ChartModel;
  /** The waterfall of src/plan/finance/bridge-chart.ts, as a picture (bridge-picture.ts). */
  revenueBridge: Picture;
  relationshipMap: Picture;
  timeline: Picture;
}

/** What each kind of figure carries besides its shapes (for a renderer that draws it natively, as Word's charts). */
export interface FigureData {
  /** Revenue and gross margin per year, realised and planned (src/plan/finance/). */
  financeYears: { years: FinanceYear[] };
  /** Drawn from their shapes only: every name and amount stays text in every renderer. */
  revenueBridge: Record<string, never>;
  relationshipMap: Record<string, never>;
  timeline: Record<string, never>;
}

/** A figure: its shapes, its data, and its title and text for screen readers. */
export type Figure = { [K in FigureKind]: { figure: K; title: string; description: string; shapes: FigureShapes[K]; data: FigureData[K] } }[FigureKind];
export type FigureOf<K extends FigureKind> = Extract<Figure, { figure: K }>;

/** Room to write on the blank form. */
export type Room =
  /** Ruled lines, `width` mm wide (the text width when not given), with a word after the last (a unit). */
  | { room: 'lines'; count: number; width?: number; unit?: string }
  /** Options, each with a box to tick. */
  | { room: 'boxes'; options: string[] }
  /** Numbered lines (a list). */
  | { room: 'numbered'; count: number }
  /** An empty grid with named columns; `weights` share the width; `firstColumn` fills the first column (the matrix's codes). */
  | { room: 'grid'; headers: string[]; weights: number[]; rows: number; firstColumn?: string[] };
export type RoomKind = Room['room'];

/** Something in the flow of a chapter. */
export type Block =
  | { kind: 'paragraph'; text: string; tone: Tone; source?: Source; fields?: readonly FieldPath[] }
  | { kind: 'bullets'; items: string[]; source?: Source }
  | { kind: 'pairs'; items: Pair[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; totals?: Cell[][]; fields?: readonly FieldPath[] }
  /**
   * A heading over blocks; the heading stays on a page with the start of the first `keep` blocks
   * (1 when not given). `fields`: the fields it shows.
   */
  | { kind: 'titled'; title: string; role: HeadingRole; source?: Source; keep?: number; fields?: readonly FieldPath[]; body: Block[] }
  /** A divider with a title over a group of fields (a group of a worksheet, a part of an exam chapter). */
  | { kind: 'group'; title: string }
  | { kind: 'figure'; figure: Figure }
  | { kind: 'room'; room: Room };
export type BlockKind = Block['kind'];
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

export interface Chapter {
  /** "3" for step 3 or exam chapter 3; '' for the other chapters and the appendices. */
  number: string;
  title: string;
  /** A line under the title (a step's title: "Ken je klant"), or ''. */
  detail: string;
  /** A line over the title ("Stap 3 van 9", "Hoofdstuk 3", "Bijlagen"), or '' (Word leaves it out: its heading is the outline, which carries the number). */
  kicker: string;
  /** The chapter in one line, as bookmarks, Word's headings and its contents name it: "3. Discover". */
  outline: string;
  /** What the student writes here besides the worksheets' content (the exam chapters' writing prompts), when asked for. */
  prompt?: string;
  /** Goes on under the chapter before, without a new page (the appendices after the first, in exam order). */
  runOn?: true;
  /** In exam order: a chapter of the written plan or an appendix, for counting their pages. */
  count?: 'body' | 'appendix';
  body: Block[];
}

/** The first page: the plan's title and cover, or the blank form's title and its cover fields. */
export interface TitlePage {
  variant: 'plan' | 'form';
  /** A line over the title ("Accountplan" over a title that does not say so itself), or ''. */
  kicker: string;
  /** The plan's name and particulars (plan), or the form's introduction and cover fields (form). */
  lines: Pair[];
  intro: string;
  fields: Block[];
  /** A line at the foot of the page ("Opgesteld met …"), or ''. */
  note: string;
}

/** What a document's file says about itself. */
export interface Properties {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
}

export interface PlanDocument {
  order: 'steps' | 'exam';
  form: boolean;
  /** The plan's title: on the title page, in every footer. */
  title: { text: string; source?: Source; fields?: readonly FieldPath[] };
  properties: Properties;
  titlePage: TitlePage;
  /** The heading of the contents. */
  contents: string;
  chapters: Chapter[];
}

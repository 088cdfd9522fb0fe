/**
 * The blocks of the document model (src/document/types.ts) as Word paragraphs and tables: one
 * drawing per kind of block, of heading and of room to write. What a block holds was decided by
 * the model; here only how it looks in Word.
 */
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { columnWidths } from '../document/column-widths';
import type { Align, Block, BlockKind, BlockOf, Cell, HeadingRole, Room, RoomKind, Source, Tone } from '../document/types';
import { FIGURES } from './figures';
import { measure } from './measure';
import { ACCENT, MUTED, TEXT_MM, TINT, TWIPS } from './style';
import { DocxText, paragraphsOf } from './text';

/** A cell's padding left and right, in twips; narrower in a table whose words do not fit at the smallest type. */
const CELL_X = 80;
const CELL_X_NARROW = 40;

export type Docx = Paragraph | Table;

/** Text made safe for Word: the reader's text cleaned (counted once, where typed); the site's own words as they are. */
export function clean(text: DocxText, value: string, source: Source | undefined): string {
  return source === 'typed' ? text.clean(value) : source === 'quoted' ? text.quote(value) : value;
}

type RunOptions = { bold?: boolean; color?: string; size?: number };

/** Runs of one text, with line breaks where the text has them. */
export const runs = (text: string, options: RunOptions = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, ...(i ? { break: 1 } : {}), ...options }));

const TONES = { body: {}, muted: { size: 18, color: MUTED }, small: { size: 18, color: MUTED } } satisfies Record<Tone, RunOptions>;

const HEADINGS = {
  field: HeadingLevel.HEADING_3,
  sub: HeadingLevel.HEADING_3,
  points: HeadingLevel.HEADING_3,
  formField: HeadingLevel.HEADING_3,
} satisfies Record<HeadingRole, (typeof HeadingLevel)[keyof typeof HeadingLevel]>;

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } satisfies Record<
  Align,
  (typeof AlignmentType)[keyof typeof AlignmentType]
>;

export const heading = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreak = false) =>
  new Paragraph({ heading, children: [new TextRun(text)], keepNext: true, ...(pageBreak ? { pageBreakBefore: true } : {}) });

/** A typed text as paragraphs (blank lines) with line breaks (single ones). */
export const paragraphs = (text: string, options: RunOptions = {}) =>
  paragraphsOf(text).map((lines) => new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, ...(i ? { break: 1 } : {}), ...options })) }));

/**
 * Table text: smaller in wide tables, as in the PDF; smaller still, down to 7 pt, while the longest
 * words would not fit; then with less padding in the cells.
 */
function tableType(columns: number, fits: (size: number, padding: number) => boolean): { size: number; padding: number } {
  let size = columns >= 6 ? 9 : columns >= 4 ? 10 : 11;
  while (size > 7 && !fits(size, CELL_X)) size -= 0.5;
  return { size, padding: fits(size, CELL_X) ? CELL_X : CELL_X_NARROW };
}

/**
 * A table with a header row repeated on every page, column widths from content (so no narrow column
 * breaks a word in the middle), numbers aligned right, and bold totals under it.
 */
function table(text: DocxText, b: BlockOf<'table'>): Table {
  const headers = b.columns.map((c) => clean(text, c.header, c.source));
  const cells = (row: Cell[]) =>
    row.map((c) => ({ ...c, text: c.items ? c.items.map((i) => `${i.marker}  ${clean(text, i.text, c.source)}`).join('\n') : clean(text, c.text, c.source) }));
  const rows = b.rows.map(cells);
  const totals = (b.totals ?? []).map(cells);
  const spec = { columns: b.columns.map((c, i) => ({ ...c, header: headers[i]! })), rows, totals };
  const layout = (size: number, padding: number) => columnWidths(spec, (t, bold) => measure(t, size, bold), { width: TEXT_MM, pad: (2 * padding) / TWIPS });
  const { size, padding } = tableType(b.columns.length, (s, p) => !layout(s, p).squeezed);
  const widths = layout(size, padding).widths.map((mm) => Math.round(mm * TWIPS));
  const cell = (value: string, i: number, style: { header?: boolean; bold?: boolean; muted?: boolean }) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(style.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TINT } } : {}),
      margins: { top: 40, bottom: 40, left: padding, right: padding },
      children: [
        new Paragraph({
          alignment: ALIGN[b.columns[i]?.align ?? 'left'],
          children: runs(value, {
            size: size * 2,
            ...(style.header ? { bold: true, color: ACCENT } : style.bold ? { bold: true } : style.muted ? { color: MUTED } : {}),
          }),
        }),
      ],
    });
  const line = (color: string) => ({ style: BorderStyle.SINGLE, size: 4, color });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line('C9D1DA'), bottom: line('C9D1DA'), left: none, right: none, insideHorizontal: line('D6DCE3'), insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, { header: true })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c.text, i, { ...(c.bold ? { bold: true } : {}), ...(c.muted ? { muted: true } : {}) })),
          }),
      ),
      ...totals.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c.text, i, { bold: true })) })),
    ],
  });
}

/** Room to write, for a blank form printed from Word: ruled lines, boxes, numbered lines, an empty grid. */
const ROOMS = {
  lines: (_text, r) =>
    Array.from(
      { length: r.count },
      (_, i) =>
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7D8894' } },
          spacing: { before: 240 },
          children: i === r.count - 1 && r.unit ? [new TextRun({ text: r.unit, color: MUTED })] : [],
        }),
    ),
  boxes: (_text, r) => [new Paragraph({ children: runs(r.options.map((o) => `☐ ${o}`).join('    ')) })],
  numbered: (_text, r) =>
    Array.from(
      { length: r.count },
      (_, i) =>
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7D8894' } },
          spacing: { before: 240 },
          children: [new TextRun(`${i + 1}.`)],
        }),
    ),
  grid: (text, r) => {
    const total = r.weights.reduce((a, w) => a + w, 0);
    const rows = Array.from({ length: r.firstColumn?.length ?? r.rows }, (_, i) =>
      r.headers.map((_h, c) => ({ text: c === 0 && r.firstColumn ? r.firstColumn[i]! : '\n\n' })),
    );
    return [table(text, { kind: 'table', columns: r.headers.map((header, i) => ({ header, width: (TEXT_MM * r.weights[i]!) / total })), rows })];
  },
} satisfies { [K in RoomKind]: (text: DocxText, room: Extract<Room, { room: K }>) => Docx[] };

/** Each kind of block as Word paragraphs and tables. */
const BLOCKS = {
  paragraph: (text, b) => paragraphs(clean(text, b.text, b.source), TONES[b.tone]),
  bullets: (text, b) => b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(clean(text, item, b.source)) })),
  pairs: (text, b) =>
    b.items.map(
      (p) =>
        new Paragraph({
          children: [new TextRun({ text: `${p.label}: `, bold: true }), ...runs(clean(text, p.value, p.source), p.muted ? { color: MUTED } : {})],
        }),
    ),
  table: (text, b) => [table(text, b)],
  titled: (text, b) => [heading(clean(text, b.title, b.source), HEADINGS[b.role]), ...docxBlocks(text, b.body)],
  group: (_text, b) => [heading(b.title, HeadingLevel.HEADING_2)],
  figure: (text, b) => FIGURES[b.figure.figure](text, b.figure as never),
  room: (text, b) => ROOMS[b.room.room](text, b.room as never),
} satisfies { [K in BlockKind]: (text: DocxText, block: BlockOf<K>) => Docx[] };

/** Blocks as Word paragraphs and tables, in order. */
export function docxBlocks(text: DocxText, blocks: readonly Block[]): Docx[] {
  return blocks.flatMap((block) => (BLOCKS[block.kind] as (text: DocxText, block: Block) => Docx[])(text, block));
}

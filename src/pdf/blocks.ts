/**
 * Draws the blocks of the document model (src/document/types.ts) with the writer: one drawing per
 * kind of block, of heading and of tone. What a block holds was decided by the model; here only
 * how it looks on A4.
 */
import type { Block, BlockKind, BlockOf, Cell, HeadingRole, Pair, Source, Tone } from '../document/types';
import { FIGURES } from './chart';
import { ROOMS } from './rooms';
import { PAGE, SPACE, TEXT, TEXT_WIDTH, type TextStyle } from './style';
import { pairs, table, type Cell as TableCell } from './table';
import type { TextCleaner } from './text';
import type { Block as Drawable, Writer } from './writer';

/** What drawing a block needs: the writer, and the cleaner for the reader's text (it counts what it replaces). */
export interface Pdf {
  w: Writer;
  cleaner: TextCleaner;
}

/** Text made drawable: the reader's text cleaned (and counted once, where typed); the site's own words as they are. */
export function clean(pdf: Pdf, text: string, source: Source | undefined): string {
  return source === 'typed' ? pdf.cleaner.typed(text) : source === 'quoted' ? pdf.cleaner.quoted(text) : text;
}

const HEADINGS = {
  field: { style: TEXT.h2, before: SPACE.beforeH2 },
  sub: { style: TEXT.h3, before: SPACE.beforeH3 },
  points: { style: TEXT.h2, before: SPACE.beforeH2 - 2 },
  formField: { style: TEXT.h3, before: SPACE.beforeH2 - 2 },
} satisfies Record<HeadingRole, { style: TextStyle; before: number }>;

export const TONES = { body: TEXT.body, muted: TEXT.bodyMuted, small: TEXT.small } satisfies Record<Tone, TextStyle>;

function cell(pdf: Pdf, c: Cell): TableCell {
  const flags = { ...(c.muted ? { muted: true } : {}), ...(c.bold ? { bold: true } : {}) };
  if (!c.items) return { text: clean(pdf, c.text, c.source), ...flags };
  const items = c.items.map((i) => ({ marker: i.marker, text: clean(pdf, i.text, c.source) }));
  return { text: items.map((i) => `${i.marker}  ${i.text}`).join('\n'), items, ...flags };
}

const pairItems = (pdf: Pdf, items: Pair[]) =>
  items.map((p) => ({ label: p.label, value: clean(pdf, p.value, p.source), ...(p.muted ? { muted: true } : {}) }));

/** Each kind of block as something the writer can keep with a heading and draw. */
const BLOCKS = {
  paragraph: (pdf, b) => pdf.w.paragraph(clean(pdf, b.text, b.source), TONES[b.tone]),
  bullets: (pdf, b) => pdf.w.bullets(b.items.map((i) => clean(pdf, i, b.source))),
  pairs: (pdf, b) => pairs(pdf.w, pairItems(pdf, b.items)),
  table: (pdf, b) =>
    table(pdf.w, {
      columns: b.columns.map(({ source, header, ...column }) => ({ header: clean(pdf, header, source), ...column })),
      rows: b.rows.map((row) => row.map((c) => cell(pdf, c))),
      ...(b.totals ? { totals: b.totals.map((row) => row.map((c) => cell(pdf, c))) } : {}),
    }),
  titled: (pdf, b) => {
    const kept = b.body.slice(0, b.keep ?? 1).map((block) => drawable(pdf, block));
    const rest = b.body.slice(b.keep ?? 1);
    const { style, before } = HEADINGS[b.role];
    return {
      firstHeight: style.leading,
      draw: () => {
        const first: Drawable = { firstHeight: kept.reduce((n, k) => n + k.firstHeight, 0), draw: () => kept.forEach((k) => k.draw()) };
        pdf.w.heading(clean(pdf, b.title, b.source), style, before, kept.length ? first : undefined);
        drawFlow(pdf, rest);
      },
    };
  },
  group: (pdf, b) => ({ firstHeight: TEXT.kicker.leading, draw: () => group(pdf.w, b.title) }),
  figure: (pdf, b) => FIGURES[b.figure.figure](pdf, b.figure as never),
  room: (pdf, b) => ROOMS[b.room.room](pdf.w, b.room as never),
} satisfies { [K in BlockKind]: (pdf: Pdf, block: BlockOf<K>) => Drawable };

function drawable(pdf: Pdf, block: Block): Drawable {
  return (BLOCKS[block.kind] as (pdf: Pdf, block: Block) => Drawable)(pdf, block);
}

/** A divider that groups fields within a chapter (the three C's of step 3). */
function group(w: Writer, title: string): void {
  w.space(SPACE.beforeH2 + 2);
  w.ensure(TEXT.kicker.leading + 30);
  w.line(title.toUpperCase(), PAGE.left, w.y, TEXT.kicker);
  w.y += TEXT.kicker.leading + 0.6;
  w.rule(PAGE.left, PAGE.left + TEXT_WIDTH, w.y, TEXT.kicker.color, 0.35);
  w.y += 0.5;
}

/** A lone short field between long ones: "Label: value" on one line, else the label as heading. */
function inlinePair(pdf: Pdf, item: { label: string; value: string; muted?: boolean }): void {
  const { w } = pdf;
  const label = `${item.label}:`;
  const labelStyle = { ...TEXT.body, bold: true };
  const valueStyle = item.muted ? TEXT.bodyMuted : TEXT.body;
  const gap = 1.8;
  if (item.value.includes('\n') || w.measure(label, labelStyle) + gap + w.measure(item.value, valueStyle) > TEXT_WIDTH) {
    w.heading(item.label, TEXT.h2, SPACE.beforeH2, w.paragraph(item.value, valueStyle));
    return;
  }
  w.space(SPACE.beforeH2 - 2.5);
  w.ensure(TEXT.body.leading);
  w.line(label, PAGE.left, w.y, labelStyle);
  w.line(item.value, PAGE.left + w.measure(label, labelStyle) + gap, w.y, valueStyle);
  w.y += TEXT.body.leading;
  w.space(SPACE.paragraph);
}

/**
 * Blocks one after the other down the pages. Label–value lines in the flow read as one line when
 * alone between longer fields, as a table of pairs when several; under a heading always as a table.
 */
export function drawFlow(pdf: Pdf, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.kind !== 'pairs') drawable(pdf, block).draw();
    else if (block.items.length === 1) inlinePair(pdf, pairItems(pdf, block.items)[0]!);
    else {
      pdf.w.space(SPACE.beforeH2 - 2);
      BLOCKS.pairs(pdf, block).draw();
    }
  }
}

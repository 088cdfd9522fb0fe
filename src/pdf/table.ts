import { columnWidths } from '../document/column-widths';
import { COLOR, PAGE, SPACE, TEXT, TEXT_WIDTH, tableStyle, type Rgb, type TextStyle } from './style';
import type { Align, Block, Writer } from './writer';

export interface Cell {
  /** The cell's text (with `items`: the same text, used to size the column). */
  text: string;
  muted?: boolean;
  bold?: boolean;
  /** A list in the cell: each item's marker (S1, K2) in the margin, its text with hanging indent. */
  items?: Array<{ marker: string; text: string }>;
}

interface CellLine {
  text: string;
  /** Indent from the cell's left edge, mm. */
  dx: number;
  marker?: string;
}

export interface Column {
  header: string;
  align?: Align;
  /** A fixed width in mm; other columns share what is left by their content. */
  width?: number;
  /** Keep values on one line where possible (dates, amounts). */
  noWrap?: boolean;
  /** Never wider than this (mm), however long its text: for columns that only name a row. */
  maxWidth?: number;
}

export interface TableSpec {
  columns: Column[];
  rows: Cell[][];
  /** Totals under the rows: bold, under a stronger rule. */
  totals?: Cell[][];
  /** `grid`: header row (repeated on every page), rules between rows. `pairs`: label–value lines. */
  variant?: 'grid' | 'pairs';
  style?: TextStyle;
  /** Rules between the columns too (a grid to write in: the blank form). */
  columnRules?: true;
}

interface LaidRow {
  lines: CellLine[][];
  /** Per cell: which lines end inside a broken word. */
  joined: boolean[][];
  count: number;
  bold: boolean;
  muted: boolean[];
  total: boolean;
}

/** Column widths from content (src/document/column-widths.ts), measured with the PDF's fonts. */
function widthsOf(w: Writer, spec: TableSpec, body: TextStyle): { widths: number[]; squeezed: boolean } {
  const bold = { ...body, bold: true };
  return columnWidths({ ...spec, headers: spec.variant !== 'pairs' }, (text, isBold) => w.measure(text, isBold ? bold : body), {
    width: TEXT_WIDTH,
    pad: 2 * SPACE.cellX,
  });
}

/**
 * A table that flows over pages: rows that fit on a page are never split; a taller row breaks
 * between lines; the header row is repeated at the top of every page the table continues on.
 */
export function table(w: Writer, spec: TableSpec): Block {
  const grid = spec.variant !== 'pairs';
  let body = spec.style ?? tableStyle(spec.columns.length);
  let head = { ...body, bold: true, color: COLOR.accent };
  let { widths, squeezed } = widthsOf(w, spec, body);
  // Too many long words for the width: a smaller type size before words have to break.
  while (squeezed && !spec.style && body.size > 7) {
    body = { ...body, size: body.size - 0.5, leading: (body.leading * (body.size - 0.5)) / body.size };
    head = { ...body, bold: true, color: COLOR.accent };
    ({ widths, squeezed } = widthsOf(w, spec, body));
  }
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number) => widths[i]! - 2 * SPACE.cellX;
  const padY = grid ? SPACE.cellY : 0.8;

  const markerStyle = { ...body, bold: true, color: COLOR.accent };
  const layCell = (cell: Cell | undefined, i: number, style: TextStyle): { lines: CellLine[]; joined: boolean[] } => {
    if (!cell?.items) {
      const wrapped = w.wrapJoined(cell?.text ?? '', inner(i), style);
      return { lines: wrapped.lines.map((text) => ({ text, dx: 0 })), joined: wrapped.joined };
    }
    const hang = Math.max(0, ...cell.items.map((item) => w.measure(item.marker, markerStyle))) + 2;
    const out = { lines: [] as CellLine[], joined: [] as boolean[] };
    for (const item of cell.items) {
      const wrapped = w.wrapJoined(item.text, inner(i) - hang, style);
      wrapped.lines.forEach((text, n) => out.lines.push({ text, dx: hang, ...(n === 0 ? { marker: item.marker } : {}) }));
      out.joined.push(...wrapped.joined);
    }
    return out;
  };
  const lay = (cells: Cell[], total: boolean): LaidRow => {
    const bold = total || cells.some((c) => c.bold);
    const laid = spec.columns.map((_, i) => layCell(cells[i], i, cells[i]?.bold || total ? { ...body, bold: true } : body));
    const lines = laid.map((c) => c.lines);
    return {
      lines,
      joined: laid.map((c) => c.joined),
      count: Math.max(1, ...lines.map((l) => l.length)),
      bold,
      muted: spec.columns.map((_, i) => !!cells[i]?.muted),
      total,
    };
  };
  const header = spec.columns.map((c, i) => w.wrap(c.header, inner(i), head));
  const headerHeight = grid ? Math.max(1, ...header.map((l) => l.length)) * head.leading + 2 * padY : 0;
  const rows = [...spec.rows.map((r) => lay(r, false)), ...(spec.totals ?? []).map((r) => lay(r, true))];
  const firstTotal = rows.find((r) => r.total);
  const rowHeight = (lines: number) => lines * body.leading + 2 * padY;

  const drawHeader = () => {
    if (!grid) return;
    w.fill(PAGE.left, w.y, tableWidth, headerHeight, COLOR.accentTint);
    header.forEach((lines, i) =>
      lines.forEach((line, n) => w.line(line, xs[i]! + SPACE.cellX, w.y + padY + n * head.leading, head, spec.columns[i]!.align ?? 'left', inner(i))),
    );
    w.y += headerHeight;
  };
  const newPage = () => {
    w.newPage();
    drawHeader();
  };
  const drawPart = (row: LaidRow, from: number, to: number, first: boolean) => {
    if (row === firstTotal && first && grid) w.rule(PAGE.left, PAGE.left + tableWidth, w.y, COLOR.ruleStrong, 0.35);
    row.lines.forEach((lines, i) => {
      const style = row.bold ? { ...body, bold: true } : body;
      const color: Rgb = row.muted[i] ? COLOR.muted : body.color;
      for (let n = from; n < Math.min(to, lines.length); n++) {
        const { text, dx, marker } = lines[n]!;
        const x = xs[i]! + SPACE.cellX;
        const top = w.y + padY + (n - from) * body.leading;
        if (marker) w.line(marker, x, top, markerStyle);
        w.line(text, x + dx, top, style, spec.columns[i]!.align ?? 'left', inner(i) - dx, color);
      }
    });
    if (spec.columnRules) {
      w.doc.setDrawColor(...COLOR.rule);
      w.doc.setLineWidth(0.2);
      for (const x of [...xs, PAGE.left + tableWidth]) w.doc.line(x, w.y, x, w.y + rowHeight(to - from));
    }
    w.y += rowHeight(to - from);
    if (grid && !row.total) w.rule(PAGE.left, PAGE.left + tableWidth, w.y);
  };

  const page = PAGE.bottom - PAGE.top - headerHeight;
  return {
    firstHeight: headerHeight + rowHeight(Math.min(rows[0]?.count ?? 1, 3)),
    draw: () => {
      w.ensure(headerHeight + rowHeight(Math.min(rows[0]?.count ?? 1, 3)));
      drawHeader();
      for (const row of rows) {
        let from = 0;
        while (from < row.count) {
          const fit = Math.floor((PAGE.bottom - w.y - 2 * padY) / body.leading + 1e-6);
          const rest = row.count - from;
          if (rest <= fit) {
            drawPart(row, from, row.count, from === 0);
            break;
          }
          // A row that fits on one page moves there whole; a taller one breaks between lines
          // (at least two lines on this page, or none).
          if ((from === 0 && rowHeight(row.count) <= page) || fit < 2) {
            newPage();
            continue;
          }
          // Break between lines where no cell has a word running on, if there is such a place.
          let cut = fit;
          while (cut > 1 && row.joined.some((j) => j[from + cut - 1])) cut--;
          const fresh = w.y <= PAGE.top + headerHeight + 0.01;
          if (cut < 2 && !fresh) {
            newPage();
            continue;
          }
          if (cut < 2) cut = fit;
          drawPart(row, from, from + cut, from === 0);
          from += cut;
          newPage();
        }
      }
      w.space(SPACE.paragraph + 1);
    },
  };
}

/** Label–value pairs (the short fields of a step) as a borderless two-column table. */
export function pairs(w: Writer, items: Array<{ label: string; value: string; muted?: boolean }>): Block {
  return table(w, {
    variant: 'pairs',
    style: { ...TEXT.body, size: 9.5, leading: TEXT.body.leading * 0.95 },
    columns: [{ header: '', width: 58 }, { header: '' }],
    rows: items.map((item) => [
      { text: item.label, muted: true },
      { text: item.value, muted: !!item.muted },
    ]),
  });
}

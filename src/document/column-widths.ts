/**
 * Column widths from content, like a browser's automatic table layout: every column gets at least
 * its longest word (up to a cap), the rest of the width goes to the columns with the most text.
 * One rule for both documents: the PDF measures with its embedded fonts, Word with the widths of
 * its font (docx/measure.ts), so no narrow column breaks a word in the middle where the table has room.
 */

export interface WidthColumn {
  header: string;
  /** A fixed width; the other columns share what is left. */
  width?: number;
  /** Keep values on one line where possible (dates, amounts). */
  noWrap?: boolean;
  /** Never wider than this, however long its text. */
  maxWidth?: number;
}

type WidthCell = { text: string; bold?: boolean } | undefined;

export interface WidthTable {
  columns: readonly WidthColumn[];
  rows: ReadonlyArray<readonly WidthCell[]>;
  totals?: ReadonlyArray<readonly WidthCell[]>;
  /** Whether the header row is shown (not for label–value pairs). */
  headers?: boolean;
}

/** Widest word a column is widened for; longer words (URLs) break instead. */
const MAX_WORD = 38;
/** Widest a no-wrap column gets before it wraps after all. */
const MAX_NOWRAP = 42;
/** Values up to this many characters (names, dates) stay on one line when the table has room. */
const SHORT_VALUE = 22;

/**
 * The widths of a table's columns (in mm, as `measure` measures and `room` is given), and whether
 * the longest words did not fit (the PDF then tries a smaller type). Their sum is the table's
 * width: the full width unless every column is narrow and fixed-format, like a table of years and
 * amounts. `pad` is a cell's padding, left and right together.
 */
export function columnWidths(
  table: WidthTable,
  measure: (text: string, bold: boolean) => number,
  room: { width: number; pad: number },
): { widths: number[]; squeezed: boolean } {
  const { pad } = room;
  const fixed = table.columns.reduce((n, c) => n + (c.width ?? 0), 0);
  const available = room.width - fixed;
  const hardMins: number[] = [];
  const softMins: number[] = [];
  const maxs: number[] = [];
  table.columns.forEach((column, i) => {
    // hard: the longest word; soft: also short values whole (a name, a date) where room allows.
    let hard = 0;
    let soft = 0;
    let max = 0;
    const consider = (text: string, bold: boolean, noWrap: boolean) => {
      for (const paragraph of text.split('\n')) {
        const width = measure(paragraph, bold);
        max = Math.max(max, width);
        if (noWrap) hard = Math.max(hard, Math.min(MAX_NOWRAP, width));
        else for (const word of paragraph.split(' ')) if (word.length > 1) hard = Math.max(hard, Math.min(MAX_WORD, measure(word, bold)));
        if (paragraph.length <= SHORT_VALUE) soft = Math.max(soft, width);
      }
    };
    if (table.headers !== false) consider(column.header, true, false);
    for (const row of table.rows) consider(row[i]?.text ?? '', !!row[i]?.bold, !!column.noWrap);
    for (const row of table.totals ?? []) consider(row[i]?.text ?? '', true, !!column.noWrap);
    const cap = Math.min(column.maxWidth ?? available, available);
    hardMins.push(Math.min(hard, cap) + pad);
    softMins.push(Math.min(Math.max(hard, soft), cap) + pad);
    maxs.push(Math.min(Math.max(max, hard), cap) + pad);
  });
  const auto = table.columns.map((c, i) => (c.width === undefined ? i : -1)).filter((i) => i >= 0);
  // Spare width goes to columns of running text; tables without any stay narrower.
  const flexible = auto.filter((i) => !table.columns[i]!.noWrap && table.columns[i]!.maxWidth === undefined);
  const sum = (values: number[], of = auto) => of.reduce((n, i) => n + values[i]!, 0);
  // Keep short values whole where the width allows, the cheapest first.
  const mins = [...hardMins];
  let minSum = sum(mins);
  const upgrades = auto.filter((i) => softMins[i]! > hardMins[i]!).sort((a, b) => softMins[a]! - hardMins[a]! - (softMins[b]! - hardMins[b]!));
  for (const i of upgrades) {
    const extra = softMins[i]! - hardMins[i]!;
    if (minSum + extra > available * 0.92) break;
    mins[i] = softMins[i]!;
    minSum += extra;
  }
  const maxSum = sum(maxs);
  const widths = table.columns.map((column, i) => {
    if (column.width !== undefined) return column.width;
    if (minSum >= available) return (mins[i]! * available) / minSum;
    if (maxSum <= available) {
      const spare = available - maxSum;
      if (!flexible.length) return maxs[i]! + Math.min(spare / auto.length, 14);
      return flexible.includes(i) ? maxs[i]! + (spare * maxs[i]!) / sum(maxs, flexible) : maxs[i]!;
    }
    return mins[i]! + ((available - minSum) * (maxs[i]! - mins[i]!)) / (maxSum - minSum);
  });
  return { widths, squeezed: minSum > available };
}

/**
 * The plan as a blank form, for printing: every field with its label, its hint and room to write,
 * in the order and groups of the worksheets. What kind of room depends on the field: lines for
 * text, boxes to tick for a choice, a score or yes/no, numbered lines for a list, an empty grid
 * with the column names for a table, the SWOT codes for the confrontation matrix. Nothing of a
 * plan's values is printed, and never "nog niet ingevuld".
 */
import { fieldColumns, sectionFields } from '../plan/model/field-entries';
import { optionLabel, type FieldEntry, type FieldInfo } from '../plan/model/fields';
import type { FieldKind } from '../plan/model/kinds';
import { MEANING } from '../plan/meaning';
import { no, yes } from '../plan/messages';
import { strengthOrWeakness } from '../plan/messages/document';
import { MATRIX_SCORES, type SectionId } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS } from '../plan/method/swot';
import { group, type SectionContext } from './fields';
import { dateRoom, euroUnit, formMatrixLegend } from './messages';
import { COLOR, PAGE, SPACE, TEXT, TEXT_WIDTH } from './style';
import { table } from './table';
import type { Block, Writer } from './writer';

/** Height of one writing line (mm). */
const LINE = 8;
/** Side of a box to tick (mm). */
const BOX = 3.4;
/** Empty rows of a table, items of a list. */
const ROWS = 4;

/** `n` ruled lines to write on, `width` wide, with an optional word after the last (a unit). */
function lines(w: Writer, n: number, width = TEXT_WIDTH, after = ''): Block {
  return {
    firstHeight: LINE,
    draw: () => {
      for (let i = 0; i < n; i++) {
        w.ensure(LINE);
        w.y += LINE;
        w.rule(PAGE.left, PAGE.left + width, w.y - 1, COLOR.ruleStrong, 0.25);
        if (after && i === n - 1) w.line(after, PAGE.left + width + 2, w.y - 1 - TEXT.body.leading + 0.6, TEXT.body);
      }
      w.space(SPACE.paragraph + 1);
    },
  };
}

/** Options with a box to tick each, flowing over lines like words. */
function boxes(w: Writer, options: string[]): Block {
  const style = TEXT.body;
  const gap = 7;
  const widths = options.map((o) => BOX + 2 + w.measure(o, style));
  const rows: string[][] = [[]];
  let x = 0;
  options.forEach((option, i) => {
    if (x > 0 && x + widths[i]! > TEXT_WIDTH) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push(option);
    x += widths[i]! + gap;
  });
  const height = style.leading + 1.5;
  return {
    firstHeight: height,
    draw: () => {
      w.space(1.5);
      for (const row of rows) {
        w.ensure(height);
        let left = PAGE.left;
        for (const option of row) {
          w.doc.setDrawColor(...COLOR.ruleStrong);
          w.doc.setLineWidth(0.3);
          w.doc.rect(left, w.y + (style.leading - BOX) / 2, BOX, BOX, 'S');
          w.line(option, left + BOX + 2, w.y, style);
          left += BOX + 2 + w.measure(option, style) + gap;
        }
        w.y += height;
      }
      w.space(SPACE.paragraph);
    },
  };
}

/** How much room a column of each kind gets in an empty grid, relative to the others. */
const WEIGHT: Record<FieldKind, number> = {
  text: 3,
  longText: 4,
  reference: 2,
  date: 1.5,
  number: 1.2,
  money: 1.5,
  percent: 1.2,
  choice: 1.6,
  score: 1,
  yesNo: 1,
  list: 3,
  table: 3,
  matrix: 3,
};

/**
 * An empty grid: the column names, then rows of room (each three lines high). Column widths
 * follow what is written in them (`weights`), not the length of their names.
 */
function grid(w: Writer, headers: string[], weights: number[], rows = ROWS, firstColumn?: string[]): Block {
  const room = '\n\n';
  const total = weights.reduce((a, b) => a + b, 0);
  return table(w, {
    columns: headers.map((header, i) => ({ header, width: (TEXT_WIDTH * weights[i]!) / total })),
    rows: Array.from({ length: firstColumn?.length ?? rows }, (_, r) => headers.map((_h, c) => ({ text: c === 0 && firstColumn ? firstColumn[r]! : room }))),
    columnRules: true,
  });
}

/** "Kies bij Rol in de DMU: initiator, gebruiker, …": the choices of a table's choice columns, under the grid. */
function choiceLegend(w: Writer, columns: Array<{ info: FieldInfo }>): Block | null {
  const parts = columns
    .filter((c) => (c.info.kind === 'choice' || c.info.kind === 'score' || c.info.kind === 'yesNo') && c.info.options?.length !== 0)
    .map((c) => `${c.info.label}: ${choices(c.info).join(' · ')}`);
  return parts.length ? w.paragraph(parts.join('\n'), TEXT.small) : null;
}

/** The options a reader can choose for a field of a choosing kind. */
function choices(info: FieldInfo): string[] {
  if (info.kind === 'score') return ['1', '2', '3', '4', '5'];
  if (info.kind === 'yesNo') return [yes, no];
  return (info.options ?? []).map((code) => optionLabel(info, code));
}

/** The room to write of each kind of field. */
const ROOM = {
  text: (ctx) => lines(ctx.w, 1),
  longText: (ctx) => lines(ctx.w, 5),
  reference: (ctx) => lines(ctx.w, 1),
  date: (ctx) => lines(ctx.w, 1, 45, dateRoom),
  number: (ctx, entry) => lines(ctx.w, 1, 45, entry.info.unit ?? ''),
  money: (ctx) => lines(ctx.w, 1, 45, euroUnit),
  percent: (ctx) => lines(ctx.w, 1, 45, '%'),
  choice: (ctx, entry) => boxes(ctx.w, choices(entry.info)),
  score: (ctx, entry) => boxes(ctx.w, choices(entry.info)),
  yesNo: (ctx, entry) => boxes(ctx.w, choices(entry.info)),
  list: (ctx) => {
    const { w } = ctx;
    return {
      firstHeight: LINE,
      draw: () => {
        for (let i = 1; i <= ROWS; i++) {
          w.ensure(LINE);
          w.y += LINE;
          w.line(`${i}.`, PAGE.left, w.y - 1 - TEXT.body.leading + 0.6, TEXT.body);
          w.rule(PAGE.left + 6, PAGE.left + TEXT_WIDTH, w.y - 1, COLOR.ruleStrong, 0.25);
        }
        w.space(SPACE.paragraph + 1);
      },
    };
  },
  table: (ctx, entry) => {
    const columns = fieldColumns(entry);
    const body = grid(
      ctx.w,
      columns.map((c) => c.info.label),
      columns.map((c) => WEIGHT[c.info.kind]),
    );
    const legend = choiceLegend(ctx.w, columns);
    return legend ? { firstHeight: body.firstHeight, draw: () => (body.draw(), legend.draw()) } : body;
  },
  matrix: (ctx) => {
    const { w } = ctx;
    const codes = (letter: string) => [1, 2, 3].map((n) => `${letter}${n}`);
    const body = grid(w, [strengthOrWeakness, ...codes('K'), ...codes('B')], [6, 1, 1, 1, 1, 1, 1], 0, [...codes('S'), ...codes('Z')]);
    const legend = w.paragraph(
      formMatrixLegend(MATRIX_SCORES.map((s) => `${s.replace(/-/g, '−')} ${MATRIX_SCORE_MEANINGS[s]}`).join(' · ')),
      TEXT.small,
    );
    return { firstHeight: body.firstHeight, draw: () => (body.draw(), legend.draw()) };
  },
} satisfies Record<FieldKind, (ctx: SectionContext, entry: FieldEntry) => Block>;

/** One field as a form: label, hint, room to write. */
export function formField(ctx: SectionContext, entry: FieldEntry): void {
  const { w } = ctx;
  const hint = entry.info.hint ? w.paragraph(entry.info.hint, TEXT.small) : null;
  const room = ROOM[entry.info.kind](ctx, entry);
  w.heading(entry.info.label, TEXT.h3, SPACE.beforeH2 - 2, {
    firstHeight: (hint?.firstHeight ?? 0) + room.firstHeight,
    draw: () => {
      hint?.draw();
      room.draw();
    },
  });
  ctx.drawn++;
}

/** Some or all fields of a section as a form, in the worksheet's groups. */
export function formSection(ctx: SectionContext, section: SectionId, only?: readonly string[]): void {
  const entries = sectionFields(section);
  const groups = MEANING[section].groups ?? [{ title: null, fields: entries.map((e) => e.key) }];
  for (const g of groups) {
    const keys = g.fields.filter((key) => !only || only.includes(key));
    if (!keys.length) continue;
    if (g.title && !only) group(ctx, g.title);
    for (const key of keys) {
      const entry = entries.find((e) => e.key === key);
      if (entry) formField(ctx, entry);
    }
  }
}

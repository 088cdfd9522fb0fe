/**
 * Room to write on the blank form (src/document/form.ts decides which room a field gets): ruled
 * lines, boxes to tick, numbered lines, an empty grid.
 */
import type { Room, RoomKind } from '../document/types';
import { COLOR, PAGE, SPACE, TEXT, TEXT_WIDTH } from './style';
import { table } from './table';
import type { Block, Writer } from './writer';

/** Height of one writing line (mm). */
const LINE = 8;
/** Side of a box to tick (mm). */
const BOX = 3.4;

type RoomOf<K extends RoomKind> = Extract<Room, { room: K }>;

/** `count` ruled lines to write on, `width` wide, with a word after the last (a unit). */
function lines(w: Writer, room: RoomOf<'lines'>): Block {
  const width = room.width ?? TEXT_WIDTH;
  return {
    firstHeight: LINE,
    draw: () => {
      for (let i = 0; i < room.count; i++) {
        w.ensure(LINE);
        w.y += LINE;
        w.rule(PAGE.left, PAGE.left + width, w.y - 1, COLOR.ruleStrong, 0.25);
        if (room.unit && i === room.count - 1) w.line(room.unit, PAGE.left + width + 2, w.y - 1 - TEXT.body.leading + 0.6, TEXT.body);
      }
      w.space(SPACE.paragraph + 1);
    },
  };
}

/** Options with a box to tick each, flowing over lines like words. */
function boxes(w: Writer, { options }: RoomOf<'boxes'>): Block {
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

/** Numbered lines, one an item of a list. */
function numbered(w: Writer, { count }: RoomOf<'numbered'>): Block {
  return {
    firstHeight: LINE,
    draw: () => {
      for (let i = 1; i <= count; i++) {
        w.ensure(LINE);
        w.y += LINE;
        w.line(`${i}.`, PAGE.left, w.y - 1 - TEXT.body.leading + 0.6, TEXT.body);
        w.rule(PAGE.left + 6, PAGE.left + TEXT_WIDTH, w.y - 1, COLOR.ruleStrong, 0.25);
      }
      w.space(SPACE.paragraph + 1);
    },
  };
}

/**
 * An empty grid: the column names, then rows of room (each three lines high). Column widths follow
 * what is written in them (`weights`), not the length of their names.
 */
function grid(w: Writer, { headers, weights, rows, firstColumn }: RoomOf<'grid'>): Block {
  const room = '\n\n';
  const total = weights.reduce((a, b) => a + b, 0);
  return table(w, {
    columns: headers.map((header, i) => ({ header, width: (TEXT_WIDTH * weights[i]!) / total })),
    rows: Array.from({ length: firstColumn?.length ?? rows }, (_, r) => headers.map((_h, c) => ({ text: c === 0 && firstColumn ? firstColumn[r]! : room }))),
    columnRules: true,
  });
}

/** The drawing of each kind of room. */
export const ROOMS = { lines, boxes, numbered, grid } satisfies { [K in RoomKind]: (w: Writer, room: RoomOf<K>) => Block };

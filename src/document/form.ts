/**
 * The plan as a blank form, for printing: every field with its label, its hint and room to write,
 * in the order and groups of the worksheets. What kind of room depends on the kind of field: lines
 * for text, boxes to tick for a choice, a score or yes/no, numbered lines for a list, an empty grid
 * with the column names for a table, the SWOT codes for the confrontation matrix. Nothing of a
 * plan's values, and never "nog niet ingevuld".
 */
import { optionLabel, type FieldEntry, type FieldInfo } from '../plan/model/fields';
import type { FieldKind } from '../plan/model/kinds';
import type { AnySectionMeaning } from '../plan/meaning/types';
import { no, yes } from '../plan/messages';
import { MATRIX_SCORES } from '../plan/model/schema';
import { MATRIX_SCORE_MEANINGS } from '../plan/method/swot';
import { pathOf } from './fields';
import { dateRoom, euroUnit, formMatrixLegend, strengthOrWeakness } from './messages';
import type { Block, Room } from './types';
import { score } from './values';
import { fieldColumns, sectionFields, WORDS, type WrittenSection } from './words';

/** Empty rows of a table, items of a list. */
const ROWS = 4;

/** The options a reader can choose for a field of each choosing kind; null for the kinds one does not choose. */
const CHOICES = {
  choice: (info) => (info.options ?? []).map((code) => optionLabel(info, code)),
  score: () => ['1', '2', '3', '4', '5'],
  yesNo: () => [yes, no],
  text: null,
  longText: null,
  reference: null,
  date: null,
  number: null,
  money: null,
  percent: null,
  list: null,
  table: null,
  matrix: null,
} satisfies Record<FieldKind, ((info: FieldInfo) => string[]) | null>;

/** How much room a column of each kind gets in an empty grid, relative to the others. */
const WEIGHT = {
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
} satisfies Record<FieldKind, number>;

const room = (r: Room): Block => ({ kind: 'room', room: r });
const small = (text: string): Block => ({ kind: 'paragraph', text, tone: 'small' });
const boxes = (entry: FieldEntry) => [room({ room: 'boxes', options: CHOICES[entry.info.kind]?.(entry.info) ?? [] })];

/** "Kies bij Rol in de DMU: initiator, gebruiker, …": the choices of a table's choosing columns, under the grid. */
function choiceLegend(columns: Array<{ info: FieldInfo }>): Block[] {
  const parts = columns.flatMap(({ info }) => {
    const options = CHOICES[info.kind]?.(info);
    return options?.length ? [`${info.label}: ${options.join(' · ')}`] : [];
  });
  return parts.length ? [small(parts.join('\n'))] : [];
}

/** The room to write of each kind of field. */
const ROOM = {
  text: () => [room({ room: 'lines', count: 1 })],
  longText: () => [room({ room: 'lines', count: 5 })],
  reference: () => [room({ room: 'lines', count: 1 })],
  date: () => [room({ room: 'lines', count: 1, width: 45, unit: dateRoom })],
  number: (entry) => [room({ room: 'lines', count: 1, width: 45, unit: entry.info.unit ?? '' })],
  money: () => [room({ room: 'lines', count: 1, width: 45, unit: euroUnit })],
  percent: () => [room({ room: 'lines', count: 1, width: 45, unit: '%' })],
  choice: boxes,
  score: boxes,
  yesNo: boxes,
  list: () => [room({ room: 'numbered', count: ROWS })],
  table: (entry) => {
    const columns = fieldColumns(entry);
    return [
      room({ room: 'grid', headers: columns.map((c) => c.info.label), weights: columns.map((c) => WEIGHT[c.info.kind]), rows: ROWS }),
      ...choiceLegend(columns),
    ];
  },
  matrix: () => {
    const codes = (letter: string) => [1, 2, 3].map((n) => `${letter}${n}`);
    const legend = formMatrixLegend(MATRIX_SCORES.map((s) => `${score(s)} ${MATRIX_SCORE_MEANINGS[s]}`).join(' · '));
    return [
      room({
        room: 'grid',
        headers: [strengthOrWeakness, ...codes('K'), ...codes('B')],
        weights: [6, 1, 1, 1, 1, 1, 1],
        rows: 0,
        firstColumn: [...codes('S'), ...codes('Z')],
      }),
      small(legend),
    ];
  },
} satisfies Record<FieldKind, (entry: FieldEntry) => Block[]>;

/** One field as a form: label, hint, room to write; the label stays with the hint and the start of the room. */
function formField(entry: FieldEntry): Block {
  const hint = entry.info.hint ? [small(entry.info.hint)] : [];
  return {
    kind: 'titled',
    title: entry.info.label,
    role: 'formField',
    keep: hint.length + 1,
    fields: [pathOf(entry)],
    body: [...hint, ...ROOM[entry.info.kind](entry)],
  };
}

/** Some or all fields of a section as a form, in the worksheet's groups (titled when the whole section is shown). */
export function formBlocks(section: WrittenSection, only?: readonly string[]): Block[] {
  const entries = sectionFields(section);
  const groups = (WORDS[section] as AnySectionMeaning).groups ?? [{ title: null, fields: entries.map((e) => e.key) }];
  return groups.flatMap((g): Block[] => {
    const keys = (g.fields as readonly string[]).filter((key) => !only || only.includes(key));
    if (!keys.length) return [];
    const title: Block[] = g.title && !only ? [{ kind: 'group', title: g.title }] : [];
    return [...title, ...keys.flatMap((key) => entries.filter((e) => e.key === key).map(formField))];
  });
}

import fc from 'fast-check';
import type { ColumnDef, FieldDef, FieldKind } from '../../src/plan/model/kinds';
import { PLAN_STRUCTURE, SECTION_IDS, type SectionId } from '../../src/plan/model/schema';
import { columnsOf } from '../../src/plan/values/validate';

/**
 * Arbitrary input for every field kind, as a reader (or a broken browser, or an adversary)
 * could produce it: any Unicode including lone surrogates, any length, any number, and values
 * of the wrong kind. The store must either keep such a value so that it reads back equal, or
 * refuse it and change nothing.
 */

/** Any text: short or far over every limit, any code point (lone surrogates included). */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 150, max: 25_000 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  },
);

/** Dates a date input or a hand-edited file can produce: real, impossible, far away, not dates. */
export const anyDate = fc.oneof(
  fc.constant(''),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 275760 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  anyText,
);

/** Numbers of every sort, including those JSON cannot hold (NaN, ±Infinity, -0). */
export const anyNumber = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, 2 ** 60, 0.1 + 0.2),
);

const choices = (def: FieldDef) => ('options' in def ? def.options : []);

/** Right-kind values per kind: every kind needs one, or this file does not compile. */
const RIGHT = {
  text: () => anyText,
  longText: () => anyText,
  reference: () => anyText,
  date: () => anyDate,
  number: () => anyNumber,
  money: () => anyNumber,
  percent: () => anyNumber,
  score: () => fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6 }), fc.double({ min: 1, max: 5 })),
  choice: (def) => fc.oneof(fc.constantFrom('', ...choices(def)), anyText),
  yesNo: () => fc.boolean(),
  list: () => fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), text: anyText }), { maxLength: 3 }),
  table: () => fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 3 }),
  matrix: (def) => fc.dictionary(fc.string({ maxLength: 20 }), fc.constantFrom(...choices(def))),
} satisfies Record<FieldKind, (def: FieldDef) => fc.Arbitrary<unknown>>;

/** A value for a field (or table cell) of this kind; sometimes of another kind entirely. */
export function valueFor(def: FieldDef, { wrongKinds = true } = {}): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(anyText, anyNumber, fc.boolean(), fc.constant(undefined));
  const right = RIGHT[def.kind](def);
  return wrongKinds ? fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong }) : right;
}

export interface ScalarTarget {
  section: SectionId;
  key: string;
  def: FieldDef;
}

export interface RowsTarget {
  section: SectionId;
  key: string;
  columns: Array<{ key: string; def: ColumnDef }>;
}

const fieldsOf = (section: SectionId) => Object.entries(PLAN_STRUCTURE[section] as Record<string, FieldDef>).map(([key, def]) => ({ section, key, def }));

/** Every single-value field of the plan. */
export const scalarTargets: ScalarTarget[] = SECTION_IDS.flatMap(fieldsOf).filter((f) => !['list', 'table', 'matrix'].includes(f.def.kind));

/** Every list and table of the plan, with its columns (a list has one: text). */
export const rowsTargets: RowsTarget[] = SECTION_IDS.flatMap(fieldsOf)
  .filter((f) => f.def.kind === 'list' || f.def.kind === 'table')
  .map((f) => ({ section: f.section, key: f.key, columns: Object.entries(columnsOf(f.def)).map(([key, def]) => ({ key, def })) }));

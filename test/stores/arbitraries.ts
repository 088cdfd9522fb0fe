import fc from 'fast-check';
import type { FieldInfo } from '../../src/plan/fields';
import { fieldInfo, tableColumns } from '../../src/plan/fields';
import { SECTION_SCHEMAS, type SectionId } from '../../src/plan/schema';
import { sectionFields } from '../../src/plan/walk';

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
  fc.tuple(fc.integer({ min: 0, max: 275760 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  anyText,
);

/** Numbers of every sort, including those JSON cannot hold (NaN, ±Infinity, -0). */
export const anyNumber = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e309, 2 ** 60, 0.1 + 0.2),
);

/** A value for a field (or table cell) of this kind; sometimes of another kind entirely. */
export function valueFor(info: FieldInfo, { wrongKinds = true } = {}): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(anyText, anyNumber, fc.boolean(), fc.constant(undefined));
  const right = ((): fc.Arbitrary<unknown> => {
    switch (info.kind) {
      case 'tekst':
      case 'lang':
        return anyText;
      case 'datum':
        return anyDate;
      case 'getal':
      case 'bedrag':
      case 'percentage':
        return anyNumber;
      case 'score':
        return fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6 }), fc.double({ min: 1, max: 5 }));
      case 'keuze':
        return fc.oneof(fc.constantFrom('', ...(info.options ?? [])), anyText);
      case 'janee':
        return fc.boolean();
      case 'verwijzing':
        return anyText;
      default:
        return anyText;
    }
  })();
  return wrongKinds ? fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong }) : right;
}

export interface ScalarTarget {
  section: SectionId;
  key: string;
  info: FieldInfo;
}

export interface RowsTarget {
  section: SectionId;
  key: string;
  columns: Array<{ key: string; info: FieldInfo }>;
}

const sections = Object.keys(SECTION_SCHEMAS) as SectionId[];

/** Every single-value field of the plan. */
export const scalarTargets: ScalarTarget[] = sections.flatMap((section) =>
  sectionFields(section)
    .filter((f) => !['lijst', 'tabel', 'matrix'].includes(f.info.kind))
    .map((f) => ({ section, key: f.key, info: f.info })),
);

/** Every list and table of the plan, with its columns (a list has one: text). */
export const rowsTargets: RowsTarget[] = sections.flatMap((section) =>
  sectionFields(section)
    .filter((f) => f.info.kind === 'lijst' || f.info.kind === 'tabel')
    .map((f) => ({
      section,
      key: f.key,
      columns:
        f.info.kind === 'lijst'
          ? [{ key: 'text', info: { kind: 'tekst', label: 'tekst', hint: '' } as FieldInfo }]
          : Object.entries(tableColumns(f.schema)).flatMap(([key, schema]) => {
              const info = fieldInfo(schema);
              return info ? [{ key, info }] : [];
            }),
    })),
);


import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { parseIsoDate } from './dates';
import { dateInRange } from './limits';

// zod/mini: the same schemas as classic zod, but tree-shakable, so the worksheets' JavaScript
// stays small (classic zod alone would add ~35 KB gzipped to every page with a worksheet).

/**
 * Field kinds of the worksheets (see WORKSHEETS.md). Every field of the plan is made with one of
 * the builders below, which attach a Dutch label, a one-line hint and the kind to the zod schema,
 * so the type, the default and the meaning of a field live in one place.
 */
export type FieldKind =
  | 'tekst'
  | 'lang'
  | 'lijst'
  | 'tabel'
  | 'datum'
  | 'getal'
  | 'bedrag'
  | 'percentage'
  | 'keuze'
  | 'score'
  | 'janee'
  | 'verwijzing'
  | 'matrix';

/** Where a `verwijzing` (reference) points: a table of another step, or a cell of the matrix. */
export type RefTarget =
  | { section: string; field: string; labelColumn: string }
  | { matrix: true };

export interface FieldInfo {
  kind: FieldKind;
  /** Dutch label shown above the field and used as heading in the PDF. */
  label: string;
  /** One line on what good looks like. */
  hint: string;
  /** Fixed choices (keuze). */
  options?: readonly string[];
  /** Unit shown after a getal (e.g. "uur"). */
  unit?: string;
  /** What a verwijzing refers to. */
  ref?: RefTarget;
  /** For lists and tables: what one item or row is called ("sterkte", "actie"). */
  item?: string;
  /** For a getal that is a year or a code: written without thousands separator. */
  plain?: boolean;
  /** For a getal that counts (people, hours, a year): whole numbers only. */
  whole?: boolean;
}

/** The registry that holds every field's meaning; read it with {@link fieldInfo}. */
export const fields = z.registry<FieldInfo>();

/** The meaning of a field schema made by one of the builders, or undefined for plumbing (ids). */
export function fieldInfo(schema: $ZodType): FieldInfo | undefined {
  return fields.get(schema);
}

type Meta = { label: string; hint: string };

/**
 * ISO date `yyyy-mm-dd` of a real calendar day between 1900 and 2100, or empty while not filled
 * in. A date input lets a reader type year 275760 or 31 February; neither is ever stored.
 */
const isoDate = z.string().check(
  z.refine((value) => value === '' || (parseIsoDate(value) !== null && dateInRange(value)), 'Gebruik een bestaande datum tussen 1900 en 2100 (jjjj-mm-dd).'),
);

export const tekst = (m: Meta) => z._default(z.string(), '').register(fields, { kind: 'tekst', ...m });
export const lang = (m: Meta) => z._default(z.string(), '').register(fields, { kind: 'lang', ...m });
export const datum = (m: Meta) => z._default(isoDate, '').register(fields, { kind: 'datum', ...m });
export const getal = (m: Meta & { unit?: string; plain?: boolean; whole?: boolean }) =>
  z._default(z.nullable(z.number()), null).register(fields, { kind: 'getal', ...m });
/** An amount in euro (may hold cents). */
export const bedrag = (m: Meta) => z._default(z.nullable(z.number()), null).register(fields, { kind: 'bedrag', ...m });
/** A percentage as a number from 0 to 100 (or more, for growth). */
export const percentage = (m: Meta) =>
  z._default(z.nullable(z.number()), null).register(fields, { kind: 'percentage', ...m });
/** A score from 1 to 5. */
export const score = (m: Meta) =>
  z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(5))), null).register(fields, { kind: 'score', ...m });
export const janee = (m: Meta) => z._default(z.boolean(), false).register(fields, { kind: 'janee', ...m });

/** One of a fixed list; empty while not chosen. */
export function keuze<const T extends readonly [string, ...string[]]>(options: T, m: Meta) {
  return z._default(z.enum(['', ...options] as unknown as [string, ...string[]]), '').register(fields, { kind: 'keuze', options, ...m }) as unknown as z.ZodMiniDefault<
    z.ZodMiniEnum<{ [K in '' | T[number]]: K }>
  >;
}

/** The id of a row of another table (or a matrix cell); empty while not linked. */
export const verwijzing = (ref: RefTarget, m: Meta) => z._default(z.string(), '').register(fields, { kind: 'verwijzing', ref, ...m });

/**
 * The confrontation matrix: key `${strengthOrWeaknessId}:${opportunityOrThreatId}` (ids of SWOT
 * list items) → a score from ++ to --. Its rows and columns come from the SWOT lists.
 */
export function matrix<const T extends readonly [string, ...string[]]>(scores: T, m: Meta) {
  return z._default(z.record(z.string().check(z.maxLength(140)), z.enum(scores)), {}).register(fields, { kind: 'matrix', options: scores, ...m });
}

/** Stable id of a list item or table row, so rows can be moved and referred to. */
export const rowId = z.string().check(z.minLength(1), z.maxLength(64));

/** A list of short texts that can be added, removed and reordered. */
export const lijst = (m: Meta & { item?: string }) =>
  z._default(z.array(z.looseObject({ id: rowId, text: z._default(z.string(), '') })), []).register(fields, { kind: 'lijst', ...m });

/** A table: rows with the given columns, each row with a stable id. Unknown columns are kept. */
export function tabel<Shape extends Record<string, $ZodType>>(columns: Shape, m: Meta & { item?: string }) {
  return z._default(z.array(z.looseObject({ id: rowId, ...columns })), []).register(fields, { kind: 'tabel', ...m });
}

type Def = { type: string; innerType?: $ZodType; element?: $ZodType; shape?: Record<string, $ZodType> };
const defOf = (schema: $ZodType) => schema._zod.def as unknown as Def;

/** The schema inside defaults, prefaults and nullables. */
export function unwrapSchema(schema: $ZodType): $ZodType {
  let inner = schema;
  for (let def = defOf(inner); def.innerType && ['default', 'prefault', 'nullable', 'optional'].includes(def.type); def = defOf(inner)) inner = def.innerType;
  return inner;
}

/** The fields of an object schema (also inside a default or prefault). */
export function objectShape(schema: $ZodType): Record<string, $ZodType> {
  return defOf(unwrapSchema(schema)).shape ?? {};
}

/** The schema of one element of a list or table field. */
export function elementSchema(schema: $ZodType): $ZodType | null {
  return defOf(unwrapSchema(schema)).element ?? null;
}

/** The column schemas of a table field. */
export function tableColumns(schema: $ZodType): Record<string, $ZodType> {
  const element = elementSchema(schema);
  if (!element) return {};
  const { id: _id, ...columns } = objectShape(element);
  return columns;
}

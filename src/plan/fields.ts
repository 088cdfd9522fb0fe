import { z } from 'zod';

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
}

/** The registry that holds every field's meaning; read it with {@link fieldInfo}. */
export const fields = z.registry<FieldInfo>();

/** The meaning of a field schema made by one of the builders, or undefined for plumbing (ids). */
export function fieldInfo(schema: z.ZodType): FieldInfo | undefined {
  return fields.get(schema);
}

type Meta = { label: string; hint: string };

/** ISO date `yyyy-mm-dd`, or empty while not filled in. */
const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Gebruik een datum als jjjj-mm-dd.');

export const tekst = (m: Meta) => z.string().default('').register(fields, { kind: 'tekst', ...m });
export const lang = (m: Meta) => z.string().default('').register(fields, { kind: 'lang', ...m });
export const datum = (m: Meta) => isoDate.default('').register(fields, { kind: 'datum', ...m });
export const getal = (m: Meta & { unit?: string }) =>
  z.number().finite().nullable().default(null).register(fields, { kind: 'getal', ...m });
/** An amount in euro (may hold cents). */
export const bedrag = (m: Meta) => z.number().finite().nullable().default(null).register(fields, { kind: 'bedrag', ...m });
/** A percentage as a number from 0 to 100 (or more, for growth). */
export const percentage = (m: Meta) =>
  z.number().finite().nullable().default(null).register(fields, { kind: 'percentage', ...m });
/** A score from 1 to 5. */
export const score = (m: Meta) =>
  z.number().int().min(1).max(5).nullable().default(null).register(fields, { kind: 'score', ...m });
export const janee = (m: Meta) => z.boolean().default(false).register(fields, { kind: 'janee', ...m });

/** One of a fixed list; empty while not chosen. */
export function keuze<const T extends readonly [string, ...string[]]>(options: T, m: Meta) {
  return z.enum(['', ...options] as unknown as [string, ...string[]]).default('').register(fields, { kind: 'keuze', options, ...m }) as unknown as z.ZodDefault<
    z.ZodEnum<{ [K in '' | T[number]]: K }>
  >;
}

/** The id of a row of another table (or a matrix cell); empty while not linked. */
export const verwijzing = (ref: RefTarget, m: Meta) => z.string().default('').register(fields, { kind: 'verwijzing', ref, ...m });

/**
 * The confrontation matrix: key `${strengthOrWeaknessId}:${opportunityOrThreatId}` (ids of SWOT
 * list items) → a score from ++ to --. Its rows and columns come from the SWOT lists.
 */
export function matrix<const T extends readonly [string, ...string[]]>(scores: T, m: Meta) {
  return z.record(z.string().max(140), z.enum(scores)).default({}).register(fields, { kind: 'matrix', options: scores, ...m });
}

/** Stable id of a list item or table row, so rows can be moved and referred to. */
export const rowId = z.string().min(1).max(64);

/** A list of short texts that can be added, removed and reordered. */
export const lijst = (m: Meta) =>
  z
    .array(z.looseObject({ id: rowId, text: z.string().default('') }))
    .default([])
    .register(fields, { kind: 'lijst', ...m });

/** A table: rows with the given columns, each row with a stable id. Unknown columns are kept. */
export function tabel<Shape extends Record<string, z.ZodType>>(columns: Shape, m: Meta) {
  return z
    .array(z.looseObject({ id: rowId, ...columns }))
    .default([])
    .register(fields, { kind: 'tabel', ...m });
}

/** The column schemas of a table field. */
export function tableColumns(schema: z.ZodType): Record<string, z.ZodType> {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodArray)) return {};
  const row = inner.element as z.ZodObject;
  const { id: _id, ...columns } = row.shape;
  return columns as Record<string, z.ZodType>;
}

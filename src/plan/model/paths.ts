import type { FieldKind } from './kinds';
import { PLAN_STRUCTURE, type SectionId } from './schema';

/**
 * Names of places in the plan, derived from PLAN_STRUCTURE, so a link between parts of the code
 * (a reference to a table, an exam part, a document layout, a check) that names a field or a
 * column that does not exist does not compile. A field is named by its section and key
 * (`FieldKey<'develop'>`, `'objectives'`) or by its path (`FieldPath`, `'develop.objectives'`); a
 * column by the table it belongs to (`ColumnKey<'develop', 'objectives'>`, `'kpi'`).
 */

type Structure = typeof PLAN_STRUCTURE;

/** The keys of the fields of a section: `FieldKey<'envision'>` is `'organisationProfile' | … | 'readers'`. */
export type FieldKey<S extends SectionId> = keyof Structure[S] & string;

/** Any field of the plan as `section.key`: `'envision.ambition'`, `'develop.objectives'`. */
export type FieldPath = { [S in SectionId]: `${S}.${FieldKey<S>}` }[SectionId];

/** A table of something per field, keyed by path: a misspelt path does not compile. */
export type ByPath<T> = { readonly [P in FieldPath]?: T };

/** A field of a section by section and key, the two typed together. */
export type FieldRef = { [S in SectionId]: { section: S; key: FieldKey<S> } }[SectionId];

/** The keys of a section's fields of the given kinds. */
export type FieldKeyOfKind<S extends SectionId, K extends FieldKind> = { [F in FieldKey<S>]: Structure[S][F] extends { kind: K } ? F : never }[FieldKey<S>];

/** The fields that hold rows: tables, and lists (whose one column is `text`). */
export type RowsKey<S extends SectionId> = FieldKeyOfKind<S, 'table' | 'list'>;

/** Every table of the plan as `section.key`: `'develop.budget'`. */
export type TablePath = { [S in SectionId]: `${S}.${FieldKeyOfKind<S, 'table'>}` }[SectionId];

/** The columns of a table (or `text`, the one column of a list). */
export type ColumnKey<S extends SectionId, F extends FieldKey<S>> = Structure[S][F] extends { kind: 'table'; columns: infer C }
  ? keyof C & string
  : Structure[S][F] extends { kind: 'list' }
    ? 'text'
    : never;

/** The columns of a table given as a path: `PathColumn<'develop.budget'>` is `'item' | 'hours' | …`. */
export type PathColumn<P extends TablePath> = P extends `${infer S extends SectionId}.${infer F}` ? (F extends FieldKey<S> ? ColumnKey<S, F> : never) : never;

/** The columns of a table that hold one line of text: what may name a row. */
export type TextColumnKey<S extends SectionId, F extends FieldKey<S>> = Structure[S][F] extends { kind: 'table'; columns: infer C }
  ? { [K in keyof C]: C[K] extends { kind: 'text' } ? K : never }[keyof C] & string
  : Structure[S][F] extends { kind: 'list' }
    ? 'text'
    : never;

/** A row of a table or list anywhere in the plan, named by the text column that labels it. */
export type RowTarget = {
  [S in SectionId]: { [F in RowsKey<S>]: { section: S; field: F; labelColumn: TextColumnKey<S, F> } }[RowsKey<S>];
}[SectionId];

/** Where a reference points: a row of a table (or list) of some step, or a cell of the confrontation matrix. */
export type RefTarget = RowTarget | { matrix: true };

/** Every reference the structure declares, in table columns and as fields. */
type DeclaredRef<D> = D extends { kind: 'reference'; ref: infer R }
  ? R
  : D extends { kind: 'table'; columns: infer C }
    ? { [K in keyof C]: DeclaredRef<C[K]> }[keyof C]
    : never;
type DeclaredRefs<T> = { [S in keyof T]: { [F in keyof T[S]]: DeclaredRef<T[S][F]> }[keyof T[S]] }[keyof T];
/** The references a structure declares that name no row of the plan (never, when all resolve). */
export type UnknownReferences<T> = Exclude<DeclaredRefs<T>, RefTarget>;
type UnknownRefs = UnknownReferences<Structure>;

/**
 * Does not compile while a reference of PLAN_STRUCTURE names a section, table or label column that
 * does not exist (or a label column that is not a text): the error names the reference. (The
 * `reference()` builder cannot check this itself: the structure would depend on its own type.)
 */
export const REFERENCES_RESOLVE: [UnknownRefs] extends [never] ? true : { unknownReference: UnknownRefs } = true;

/** The path of a field. */
export const fieldPath = <S extends SectionId>(section: S, key: FieldKey<S>) => `${section}.${key}` as FieldPath;

/** The section and key of a path. */
export function splitPath(path: FieldPath): FieldRef {
  const dot = path.indexOf('.');
  return { section: path.slice(0, dot), key: path.slice(dot + 1) } as FieldRef;
}

/** Whether a text names a field of the plan (for paths read from outside: a feedback file, a link). */
export function isFieldPath(text: string): text is FieldPath {
  const dot = text.indexOf('.');
  const section = text.slice(0, dot);
  return dot > 0 && Object.hasOwn(PLAN_STRUCTURE, section) && Object.hasOwn(PLAN_STRUCTURE[section as SectionId], text.slice(dot + 1));
}

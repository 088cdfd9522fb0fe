/**
 * The kinds of field a plan is made of, and how a field is declared. A declaration says only what
 * is stored (the kind, and for some kinds their choices, columns or target); what the reader sees
 * (label, hint, units) is in `src/plan/meaning/`. Kinds are code, never stored: renaming one is a
 * refactor, not a migration.
 *
 * Every layer that treats fields differently per kind (validation, editors, PDF, diff, examples,
 * filled-ness) keeps one table `satisfies Record<FieldKind, …>`, so a new kind does not compile
 * until every layer handles it.
 */
export const FIELD_KINDS = [
  'text',
  'longText',
  'list',
  'table',
  'date',
  'number',
  'money',
  'percent',
  'choice',
  'score',
  'yesNo',
  'reference',
  'matrix',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * A reference as declared: a row of a table (or list) of some step, named by a text column, or a
 * cell of the confrontation matrix. Loose here, because the structure cannot check itself while it
 * is declared; `RefTarget` (paths.ts) is the checked type, and `REFERENCES_RESOLVE` there fails to
 * compile while a declared reference names a table or column that does not exist.
 */
export type RefDeclaration = { section: string; field: string; labelColumn: string } | { matrix: true };

/** A field of the plan as stored. */
export type FieldDef =
  | { kind: 'text' }
  | { kind: 'longText' }
  | { kind: 'date' }
  | { kind: 'number'; whole?: boolean }
  | { kind: 'money' }
  | { kind: 'percent' }
  | { kind: 'score' }
  | { kind: 'yesNo' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'reference'; ref: RefDeclaration }
  | { kind: 'list' }
  | { kind: 'table'; columns: Readonly<Record<string, ColumnDef>> }
  | { kind: 'matrix'; options: readonly string[] };

/** A column of a table: any field but a list, a table or a matrix. */
export type ColumnDef = Exclude<FieldDef, { kind: 'list' | 'table' | 'matrix' }>;

/** The fields of a section, in the order the worksheet and the PDF show them. */
export type SectionDef = Readonly<Record<string, FieldDef>>;

// Builders: one per kind, so a declaration reads as a sentence and keeps its literal types.

/** One line of text ('' while empty). */
export const text = () => ({ kind: 'text' }) as const;
/** Text of several lines ('' while empty). */
export const longText = () => ({ kind: 'longText' }) as const;
/** An ISO date `yyyy-mm-dd` of a real day from 1900 to 2100 ('' while empty). */
export const date = () => ({ kind: 'date' }) as const;
/** A number (null while empty); `whole` for counts: people, hours, years. */
export const number = (options: { whole?: true } = {}) => ({ kind: 'number', ...options }) as const;
/** An amount in euro, cents allowed (null while empty). */
export const money = () => ({ kind: 'money' }) as const;
/** A percentage, 12.5 for 12,5% (null while empty). */
export const percent = () => ({ kind: 'percent' }) as const;
/** A whole score from 1 to 5 (null while empty). */
export const score = () => ({ kind: 'score' }) as const;
/** Yes or no (false while not ticked). */
export const yesNo = () => ({ kind: 'yesNo' }) as const;
/** One of a fixed list of codes ('' while not chosen). */
export const choice = <const O extends readonly [string, ...string[]]>(options: O) => ({ kind: 'choice', options }) as const;
/** The id of a row elsewhere in the plan, or a matrix cell ('' while not linked). */
export const reference = <const R extends RefDeclaration>(ref: R) => ({ kind: 'reference', ref }) as const;
/** A list of short texts, each with a stable id. */
export const list = () => ({ kind: 'list' }) as const;
/** Rows with the given columns, each row with a stable id. Columns a newer version adds are kept. */
export const table = <const C extends Record<string, ColumnDef>>(columns: C) => ({ kind: 'table', columns }) as const;
/** The confrontation matrix: `${rowItemId}:${columnItemId}` → one of the scores. */
export const matrix = <const O extends readonly [string, ...string[]]>(options: O) => ({ kind: 'matrix', options }) as const;

/** A list item as stored. */
export type ListItem = { id: string; text: string };

/** The stored value of a field of this declaration. */
export type ValueOf<D> = D extends { kind: 'text' | 'longText' | 'date' | 'reference' }
  ? string
  : D extends { kind: 'number' | 'money' | 'percent' | 'score' }
    ? number | null
    : D extends { kind: 'yesNo' }
      ? boolean
      : D extends { kind: 'choice'; options: readonly (infer O)[] }
        ? O | ''
        : D extends { kind: 'list' }
          ? Array<ListItem & { [extra: string]: unknown }>
          : D extends { kind: 'table'; columns: infer C }
            ? Array<{ id: string } & { -readonly [K in keyof C]: ValueOf<C[K]> } & { [extra: string]: unknown }>
            : D extends { kind: 'matrix'; options: readonly (infer O)[] }
              ? Record<string, O>
              : never;

/** The stored values of a section of this declaration; fields a newer version added are kept. */
export type SectionValue<S> = { -readonly [K in keyof S]: ValueOf<S[K]> } & { [extra: string]: unknown };

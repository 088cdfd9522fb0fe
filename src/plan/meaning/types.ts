import type { PLAN_STRUCTURE, SectionId } from '../model/schema';

/** What the reader sees of a field: the words, not the data. */
export interface BaseMeaning {
  /** Dutch label shown above the field and used as heading in the PDF. */
  readonly label: string;
  /** One line on what good looks like. */
  readonly hint: string;
}

/** The meaning a field of this declaration needs: lists and tables name their rows, tables their columns. */
export type MeaningFor<D> = D extends { kind: 'table'; columns: infer C }
  ? BaseMeaning & { readonly item: string; readonly columns: { readonly [K in keyof C]: MeaningFor<C[K]> } }
  : D extends { kind: 'list' }
    ? BaseMeaning & { readonly item: string }
    : D extends { kind: 'choice'; options: readonly (infer O extends string)[] }
      ? BaseMeaning & { /** Labels of choices whose code is not the word to show. */ readonly options?: { readonly [K in O]?: string } }
      : D extends { kind: 'number' }
        ? BaseMeaning & {
            /** Shown after the value, e.g. "uur". */ readonly unit?: string;
            /** A year or a code: no thousands separator. */ readonly plain?: boolean;
          }
        : D extends { kind: 'text' }
          ? BaseMeaning & ShortText
          : BaseMeaning;

/**
 * A one-line text holds a sentence unless it says otherwise: the worksheet shows it on as many
 * lines as it needs, and a table row gives it the full width of its card.
 */
export interface ShortText {
  /** A name or a code ("Sanne de Wit", "KANS-2027-014"): one line and a narrow cell suffice. */
  readonly short?: true;
}

/** A titled part of a worksheet (and of the PDF chapter): which fields, in which order. */
export interface FieldGroup<K extends string = string> {
  /** Heading of the part, or null for fields that need none. */
  readonly title: string | null;
  readonly fields: readonly K[];
  /** How the worksheet lays the part out ("swot": the four lists as a square). */
  readonly layout?: 'swot';
}

/** The words of one section: every field, and how its fields are grouped (default: one group, in order). */
export interface SectionMeaning<S extends SectionId> {
  readonly fields: { readonly [K in keyof (typeof PLAN_STRUCTURE)[S]]: MeaningFor<(typeof PLAN_STRUCTURE)[S][K]> };
  readonly groups?: ReadonlyArray<FieldGroup<keyof (typeof PLAN_STRUCTURE)[S] & string>>;
}

/** The meaning of any section (for code that works on every section alike). */
export interface AnySectionMeaning {
  readonly fields: Readonly<Record<string, FieldMeaning>>;
  readonly groups?: ReadonlyArray<FieldGroup>;
}

/** Any field's meaning, loosely typed. */
export interface FieldMeaning extends BaseMeaning {
  readonly item?: string;
  readonly unit?: string;
  readonly plain?: boolean;
  readonly short?: boolean;
  readonly options?: Readonly<Record<string, string | undefined>>;
  readonly columns?: Readonly<Record<string, FieldMeaning>>;
}

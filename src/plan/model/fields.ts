import type { ColumnDef, FieldDef, FieldKind } from './kinds';
import type { RefTarget } from './paths';
import type { AnySectionMeaning, FieldMeaning } from '../meaning/types';
import type { Plan, SectionId } from './schema';
import { PLAN_STRUCTURE } from './schema';

export type { FieldKind } from './kinds';
export type { RefTarget } from './paths';

/** A field as worksheets, the PDF and the plan view use it: how it is stored and what the reader sees. */
export interface FieldInfo {
  kind: FieldKind;
  label: string;
  hint: string;
  /** The codes of a choice or of the matrix scores. */
  options?: readonly string[];
  /** Labels of choices whose code is not the word to show. */
  optionLabels?: Readonly<Record<string, string | undefined>>;
  /** Unit shown after a number (e.g. "uur"). */
  unit?: string;
  /** What a reference points to. */
  ref?: RefTarget;
  /** For lists and tables: what one item or row is called ("sterkte", "actie"). */
  item?: string;
  /** A number that is a year or a code: written without thousands separator. */
  plain?: boolean;
  /** A number that counts: whole numbers only. */
  whole?: boolean;
  /** A text that is a name or a code, not a sentence: one line, a narrow cell. */
  short?: boolean;
}

/** One field of a section with its declaration and its words. */
export interface FieldEntry {
  section: SectionId;
  key: string;
  def: FieldDef;
  info: FieldInfo;
}

/** A field's declaration and meaning as one FieldInfo. */
export function infoOf(def: FieldDef | ColumnDef, meaning: FieldMeaning): FieldInfo {
  const info: FieldInfo = { kind: def.kind, label: meaning.label, hint: meaning.hint };
  if ('options' in def) info.options = def.options;
  // Every declared reference is a RefTarget: paths.ts (REFERENCES_RESOLVE) does not compile otherwise.
  if ('ref' in def) info.ref = def.ref as RefTarget;
  if ('whole' in def && def.whole) info.whole = true;
  if (meaning.options) info.optionLabels = meaning.options;
  if (meaning.unit) info.unit = meaning.unit;
  if (meaning.item) info.item = meaning.item;
  if (meaning.plain) info.plain = true;
  if (meaning.short) info.short = true;
  return info;
}

/** The fields of a section in worksheet order, each with its words from `meaning`. */
export function sectionEntries(section: SectionId, meaning: AnySectionMeaning): FieldEntry[] {
  return Object.entries(PLAN_STRUCTURE[section] as Record<string, FieldDef>).map(([key, def]) => ({
    section,
    key,
    def,
    info: infoOf(def, meaning.fields[key] ?? { label: key, hint: '' }),
  }));
}

/** The columns of a table with their words (a list item has one column, `text`, named after the item). */
export function columnEntries(def: FieldDef, meaning: FieldMeaning): Array<{ key: string; def: ColumnDef; info: FieldInfo }> {
  if (def.kind === 'list') return [{ key: 'text', def: { kind: 'text' }, info: { kind: 'text', label: meaning.item ?? meaning.label, hint: meaning.hint } }];
  if (def.kind !== 'table') return [];
  return Object.entries(def.columns as Record<string, ColumnDef>).map(([key, col]) => ({
    key,
    def: col,
    info: infoOf(col, meaning.columns?.[key] ?? { label: key, hint: '' }),
  }));
}

/** The word to show for a choice's code. */
export function optionLabel(info: Pick<FieldInfo, 'optionLabels'>, code: string): string {
  return info.optionLabels?.[code] ?? code;
}

/** The value of one field of a plan (typed loosely: callers know the kind from its declaration). */
export function fieldValue(plan: Plan, section: SectionId, key: string): unknown {
  return (plan[section] as Record<string, unknown>)[key];
}

/** Whether a value holds something the reader typed or chose. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some((item) => isFilled(item));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).some(([k, v]) => k !== 'id' && isFilled(v));
  }
  return true;
}

/** The anchor id of a field group on its worksheet, e.g. `werkblad-key-questions`. */
export function fieldAnchor(key: string): string {
  return `werkblad-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

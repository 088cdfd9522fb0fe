/**
 * The words of the written plan's fields: the cover and the nine steps, each section's module on
 * its own, never the presentation's (`presentatie` is not part of the written plan: see
 * WRITTEN_SECTION_IDS). The documents take their labels, hints and groups from here rather than
 * from src/plan/meaning/index.ts, which holds every section, so a download loads and can print the
 * written plan's words only.
 */
import { actieMeaning } from '../plan/meaning/actie';
import { adaptMeaning } from '../plan/meaning/adapt';
import { alignMeaning } from '../plan/meaning/align';
import { coverMeaning } from '../plan/meaning/cover';
import { developMeaning } from '../plan/meaning/develop';
import { discoverMeaning } from '../plan/meaning/discover';
import { envisionMeaning } from '../plan/meaning/envision';
import { inspireMeaning } from '../plan/meaning/inspire';
import { klantplanMeaning } from '../plan/meaning/klantplan';
import { scheduleMeaning } from '../plan/meaning/schedule';
import type { AnySectionMeaning, SectionMeaning } from '../plan/meaning/types';
import { columnEntries, sectionEntries, type FieldEntry, type FieldInfo } from '../plan/model/fields';
import type { ColumnDef } from '../plan/model/kinds';
import type { SectionId } from '../plan/model/schema';

/** A section of the written plan. */
export type WrittenSection = Exclude<SectionId, 'presentatie'>;

export const WORDS: { readonly [S in WrittenSection]: SectionMeaning<S> } = {
  cover: coverMeaning,
  envision: envisionMeaning,
  schedule: scheduleMeaning,
  discover: discoverMeaning,
  klantplan: klantplanMeaning,
  align: alignMeaning,
  develop: developMeaning,
  adapt: adaptMeaning,
  inspire: inspireMeaning,
  actie: actieMeaning,
};

/** Whether a section is part of the written plan. */
export const isWritten = (section: SectionId): section is WrittenSection => Object.hasOwn(WORDS, section);

const wordsOf = (section: WrittenSection) => WORDS[section] as AnySectionMeaning;

/** The fields of a section of the written plan with their words, in worksheet order. */
export function sectionFields(section: WrittenSection): FieldEntry[] {
  return sectionEntries(section, wordsOf(section));
}

/** The columns of a list or table field with their words. */
export function fieldColumns(entry: Pick<FieldEntry, 'section' | 'key' | 'def'>): Array<{ key: string; def: ColumnDef; info: FieldInfo }> {
  const words = isWritten(entry.section) ? wordsOf(entry.section).fields[entry.key] : undefined;
  return columnEntries(entry.def, words ?? { label: entry.key, hint: '' });
}

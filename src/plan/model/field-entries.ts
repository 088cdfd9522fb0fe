import { columnEntries, sectionEntries, type FieldEntry, type FieldInfo } from './fields';
import type { ColumnDef } from './kinds';
import { meaningOf } from '../meaning';
import type { SectionId } from './schema';

/**
 * The fields of a section with their words, for code that shows the whole plan (PDF, plan view,
 * workbook, diff). It loads the words of every section; a worksheet uses `sectionEntries` with
 * its own section's words instead.
 */
export function sectionFields(section: SectionId): FieldEntry[] {
  return sectionEntries(section, meaningOf(section));
}

/** The columns of a list or table field with their words (a list item has one column, `text`). */
export function fieldColumns(entry: Pick<FieldEntry, 'section' | 'key' | 'def'>): Array<{ key: string; def: ColumnDef; info: FieldInfo }> {
  return columnEntries(entry.def, meaningOf(entry.section).fields[entry.key] ?? { label: entry.key, hint: '' });
}

import type { $ZodType } from 'zod/v4/core';
import { fieldInfo, tableColumns } from './fields';
import { sectionShape, type SectionId } from './schema';
import { STEPS } from './steps';

/** The name of a section as a reader sees it: "Voorblad", "Stap 3 (Discover)". */
export const SECTION_NAMES: Record<SectionId, string> = {
  cover: 'Voorblad',
  ...(Object.fromEntries(STEPS.map((s) => [s.id, `Stap ${s.number} (${s.name})`])) as Record<Exclude<SectionId, 'cover'>, string>),
};

/**
 * Where a value sits, in the reader's words: "Stap 3 (Discover) › DMU: wie beslist mee › rij 2 ›
 * Rol in de DMU". Unknown parts are shown as they are.
 */
export function fieldPathLabel(section: SectionId, key?: string, row?: number, column?: string): string {
  const parts: string[] = [SECTION_NAMES[section]];
  if (key === undefined) return parts[0]!;
  const field = sectionShape(section)[key] as $ZodType | undefined;
  parts.push((field && fieldInfo(field)?.label) ?? key);
  if (row !== undefined) parts.push(`rij ${row + 1}`);
  if (column !== undefined) {
    const col = field ? tableColumns(field)[column] : undefined;
    parts.push((col && fieldInfo(col)?.label) ?? column);
  }
  return parts.join(' › ');
}

import { meaningOf } from '../meaning';
import { SECTION_IDS, type SectionId } from './schema';
import { STEPS } from './steps';
import type { Path } from '../values/validate';
import { coverSection, planNameField, presentationSection, rowInPath, stepSection } from './messages/field-path';

/** The name of a section as a reader sees it: "Voorblad", "Stap 3 (Discover)", "Presentatie en interview". */
export const SECTION_NAMES: Record<SectionId, string> = {
  cover: coverSection,
  ...(Object.fromEntries(STEPS.map((s) => [s.id, stepSection(s.number, s.name)])) as Record<Exclude<SectionId, 'cover' | 'presentatie'>, string>),
  presentatie: presentationSection,
};

/**
 * Where a value sits, in the reader's words: "Stap 3 (Discover) › DMU: wie beslist mee › rij 2 ›
 * Rol in de DMU". Unknown parts are shown as they are. Loads the words of every section: use it
 * where a message names a field of any step (salvage, imports, conflicts), not on a worksheet.
 */
export function fieldPathLabel(section: SectionId, key?: string, row?: number, column?: string): string {
  const parts: string[] = [SECTION_NAMES[section]];
  if (key === undefined) return parts[0]!;
  const field = meaningOf(section).fields[key];
  parts.push(field?.label ?? key);
  if (row !== undefined) parts.push(rowInPath(row));
  if (column !== undefined && column !== 'text') parts.push(field?.columns?.[column]?.label ?? column);
  return parts.join(' › ');
}

/** A path of a repair or issue (`['discover', 'dmu', 1, 'role']`) in the reader's words. */
export function pathLabel(path: Path): string {
  const [first, key, row, column] = path;
  if (first === 'name') return planNameField;
  if (typeof first === 'string' && (SECTION_IDS as string[]).includes(first)) {
    return fieldPathLabel(
      first as SectionId,
      key === undefined ? undefined : String(key),
      typeof row === 'number' ? row : undefined,
      typeof column === 'string' ? column : undefined,
    );
  }
  return path.map(String).join(' › ');
}

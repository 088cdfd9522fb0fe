import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { fieldInfo, tableColumns } from './fields';
import { SECTION_SCHEMAS, sectionShape, type SectionId } from './schema';
import { STEPS } from './steps';

const SECTION_NAMES: Record<SectionId, string> = {
  cover: 'Voorblad',
  ...(Object.fromEntries(STEPS.map((s) => [s.id, `Stap ${s.number} (${s.name})`])) as Record<Exclude<SectionId, 'cover'>, string>),
};

/**
 * Turns a validation problem into a Dutch sentence a reader understands, naming the step, the
 * field (by its label) and the row, e.g. "Stap 3 (Discover) › DMU: wie beslist mee › rij 2 ›
 * Rol in de DMU: deze waarde kan hier niet".
 */
export function describeIssue(issue: $ZodIssue): string {
  const path = issue.path;
  const parts: string[] = [];
  const first = path[0];
  if (typeof first === 'string' && first in SECTION_SCHEMAS) {
    const sectionId = first as SectionId;
    parts.push(SECTION_NAMES[sectionId]);
    const fieldKey = path[1];
    const field = typeof fieldKey === 'string' ? (sectionShape(sectionId)[fieldKey] as $ZodType | undefined) : undefined;
    const info = field && fieldInfo(field);
    if (info) parts.push(info.label);
    else if (fieldKey !== undefined) parts.push(String(fieldKey));
    if (typeof path[2] === 'number') parts.push(`rij ${path[2] + 1}`);
    const column = path[3];
    if (field && typeof column === 'string') {
      const col = tableColumns(field)[column];
      parts.push((col && fieldInfo(col)?.label) ?? column);
    }
  } else if (path.length) {
    parts.push(path.map(String).join(' › '));
  }
  const where = parts.length ? `${parts.join(' › ')}: ` : '';
  return `${where}${dutchReason(issue)}`;
}

function dutchReason(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'dit gegeven ontbreekt' : 'dit gegeven heeft de verkeerde vorm';
    case 'invalid_value':
      return 'deze waarde kan hier niet';
    case 'too_big':
      return 'deze waarde is te groot of te lang';
    case 'too_small':
      return 'deze waarde is te klein of te kort';
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'deze waarde heeft de verkeerde vorm';
    default:
      return 'deze waarde is ongeldig';
  }
}

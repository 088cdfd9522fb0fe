import type { $ZodIssue } from 'zod/v4/core';
import { fieldPathLabel } from './field-path';
import { SECTION_SCHEMAS, type SectionId } from './schema';

/**
 * Turns a validation problem into a Dutch sentence a reader understands, naming the step, the
 * field (by its label) and the row, e.g. "Stap 3 (Discover) › DMU: wie beslist mee › rij 2 ›
 * Rol in de DMU: deze waarde kan hier niet".
 */
export function describeIssue(issue: $ZodIssue, data?: unknown): string {
  const path = issue.path;
  const first = path[0];
  let where = '';
  if (typeof first === 'string' && first in SECTION_SCHEMAS) {
    const [, key, row, column] = path;
    where = fieldPathLabel(
      first as SectionId,
      key === undefined ? undefined : String(key),
      typeof row === 'number' ? row : undefined,
      typeof column === 'string' ? column : undefined,
    );
  } else if (path.length) {
    where = path.map(String).join(' › ');
  }
  where = where ? `${where}: ` : '';
  return `${where}${dutchReason(issue, data === undefined ? undefined : valueAt(data, issue.path))}`;
}

/** The value at a path of plain data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function dutchReason(issue: $ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      // Zod leaves the input out of its issues: the caller passes the data to look it up.
      return input === undefined ? 'dit gegeven ontbreekt' : 'dit gegeven heeft de verkeerde vorm';
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

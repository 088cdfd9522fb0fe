import type { $ZodType } from 'zod/v4/core';
import { fieldInfo, type FieldInfo } from './fields';
import { sectionShape, type Plan, type SectionId } from './schema';

export interface FieldEntry {
  section: SectionId;
  key: string;
  schema: $ZodType;
  info: FieldInfo;
}

/** The fields of a section in schema order, with their meaning (plumbing like the matrix excluded). */
export function sectionFields(section: SectionId): FieldEntry[] {
  const shape = sectionShape(section);
  const out: FieldEntry[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const info = fieldInfo(schema);
    if (info) out.push({ section, key, schema, info });
  }
  return out;
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

/** The value of one field of a plan (typed loosely: callers know the kind from FieldInfo). */
export function fieldValue(plan: Plan, section: SectionId, key: string): unknown {
  return (plan[section] as Record<string, unknown>)[key];
}

/** The anchor id of a field group on its worksheet, e.g. `werkblad-key-questions`. */
export function fieldAnchor(key: string): string {
  return `werkblad-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

import type { Plan, SectionId } from './schema';
import { STEPS } from './steps';
import { fieldValue, isFilled, sectionFields } from './walk';

export interface Completeness {
  filled: number;
  total: number;
  /** Labels of the fields that are still empty, in worksheet order. */
  missing: Array<{ key: string; label: string }>;
}

/** How many fields of a section hold something ("7 van 12 velden ingevuld"). */
export function sectionCompleteness(plan: Plan, section: SectionId): Completeness {
  const fields = sectionFields(section);
  const missing = fields.filter((f) => !isFilled(fieldValue(plan, section, f.key))).map((f) => ({ key: f.key, label: f.info.label }));
  const total = fields.length;
  return { filled: total - missing.length, total, missing };
}

/** Completeness of the cover and of each step, plus the whole plan. */
export function planCompleteness(plan: Plan) {
  const cover = sectionCompleteness(plan, 'cover');
  const steps = STEPS.map((step) => ({ step, ...sectionCompleteness(plan, step.id) }));
  const filled = cover.filled + steps.reduce((n, s) => n + s.filled, 0);
  const total = cover.total + steps.reduce((n, s) => n + s.total, 0);
  return { cover, steps, filled, total, percent: total ? Math.round((filled / total) * 100) : 0 };
}

/** "7 van 12 velden ingevuld" */
export function completenessLabel(c: Pick<Completeness, 'filled' | 'total'>): string {
  return `${c.filled} van ${c.total} ${c.total === 1 ? 'veld' : 'velden'} ingevuld`;
}

import { fieldValue, isFilled } from '../model/fields';
import { PLAN_STRUCTURE, type Plan, type SectionId } from '../model/schema';
import { fieldsFilled } from '../messages';
import { STEPS } from '../model/steps';

export interface Completeness {
  filled: number;
  total: number;
  /** Keys of the fields that are still empty, in worksheet order. */
  missing: string[];
}

/** How many fields of a section hold something ("7 van 12 velden ingevuld"). Progress only: the checks say whether a step is done. */
export function sectionCompleteness(plan: Plan, section: SectionId): Completeness {
  const keys = Object.keys(PLAN_STRUCTURE[section]);
  const missing = keys.filter((key) => !isFilled(fieldValue(plan, section, key)));
  return { filled: keys.length - missing.length, total: keys.length, missing };
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
  return fieldsFilled(c.filled, c.total);
}

import { isFilled } from '../model/fields';
import type { Plan } from '../model/schema';
import { rowMissing } from './messages';
import type { CheckField, Finding, StepCheck, StepSelfCheck } from './types';

/** The helpers the checks of every step share. No words: those are in messages.ts. */

export const filled = (s: string | undefined | null): s is string => typeof s === 'string' && s.trim() !== '';
export const has = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
/** Rows the reader typed something in (an added but empty row is not a row yet). */
export const rows = <T extends { id: string }>(list: T[]) => list.filter((row) => isFilled(row));
export const texts = (list: Array<{ text: string }>) => list.filter((i) => filled(i.text));
export const digit = /\d/;

export const finding = (field: CheckField, message: string): Finding => ({ field, message });

/** The parts that are missing (the others are `false`), or none. */
export const missingParts = (parts: Array<string | false>): string[] => parts.filter((m): m is string => !!m);

/** One finding naming every missing part in one sentence, or none when nothing is missing. */
export function whenMissing(field: CheckField, sentence: (parts: string[]) => string, parts: Array<string | false>): Finding[] {
  const missing = missingParts(parts);
  return missing.length ? [finding(field, sentence(missing))] : [];
}

/** The SMART objectives the reader started (a row with a name, a KPI or a target). */
export const objectives = (plan: Plan) => plan.develop.objectives.filter((o) => filled(o.objective) || filled(o.kpi) || filled(o.target));

/** The actions the reader started. */
export const actions = (plan: Plan) => plan.actie.actions.filter((a) => filled(a.action) || filled(a.owner) || filled(a.objective));

/** The first goals of step 1 that have a name. */
export const firstGoals = (plan: Plan) => plan.envision.firstGoals.filter((g) => filled(g.goal));

/** A check that fails with one finding per row that misses something, and once when there are no rows. */
export function everyRow<T extends { id: string }>(
  field: CheckField,
  list: T[],
  options: { min?: number; none: string; tooFew?: (n: number) => string; name: (row: T, index: number) => string; missing: (row: T) => Array<string | false> },
): Finding[] {
  const present = rows(list);
  const min = options.min ?? 1;
  if (!present.length) return [finding(field, options.none)];
  const out: Finding[] = [];
  if (present.length < min) out.push(finding(field, options.tooFew?.(present.length) ?? options.none));
  present.forEach((row, i) => {
    const missing = missingParts(options.missing(row));
    if (missing.length) out.push(finding(field, rowMissing(options.name(row, i), missing)));
  });
  return out;
}

/** Declares a program check of a step (typed, so a typo in a key does not compile). */
export const check = (item: StepCheck): StepCheck => item;
/** Declares a self-check of a step. */
export const self = (item: Omit<StepSelfCheck, 'self'>): StepSelfCheck => ({ ...item, self: true });

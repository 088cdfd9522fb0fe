import type { FieldDef } from '../model/kinds';
import { jsonEqual } from './json';
import { numberProblem, textProblem } from '../model/limits';
import { misfit as MISFIT, noValue } from '../messages';
import { fits } from './validate';

export type ValueCheck = { ok: true; value: unknown } | { ok: false; message: string };

const refuse = (message: string): ValueCheck => ({ ok: false, message });

/**
 * Whether a value can be stored in a field (or table cell) so that it reads back exactly: it fits
 * its kind, the write limits allow it, and JSON keeps it as it is. The one rule every store action
 * follows. `-0` is stored as 0 (the same amount for any reader); everything else that would change
 * on the way is refused with a Dutch message.
 */
export function checkValue(def: FieldDef, value: unknown): ValueCheck {
  if (value === undefined) return refuse(noValue);
  const v = typeof value === 'number' && Object.is(value, -0) ? 0 : value;
  if (typeof v === 'number') {
    const problem = numberProblem(v, (def.kind === 'number' && def.whole === true) || def.kind === 'score');
    if (problem) return refuse(problem);
  }
  if (typeof v === 'string') {
    const problem = textProblem(def.kind === 'longText' ? 'longText' : 'text', v);
    if (problem) return refuse(problem);
  }
  if (!fits(def, v)) return refuse(MISFIT[def.kind]);
  const text = JSON.stringify(v);
  if (text === undefined || !jsonEqual(JSON.parse(text), v)) return refuse(MISFIT[def.kind]);
  return { ok: true, value: v };
}

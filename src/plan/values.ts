import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { fieldInfo, type FieldInfo } from './fields';
import { jsonEqual } from './json';
import { numberProblem, textProblem } from './limits';

export type ValueCheck = { ok: true; value: unknown } | { ok: false; message: string };

const refuse = (message: string): ValueCheck => ({ ok: false, message });

/**
 * Whether a value can be stored in a field (or table cell) so that it reads back exactly: the
 * schema accepts it, the write limits allow it, and JSON keeps it as it is. The one rule every
 * store action follows. `-0` is stored as 0 (the same amount for any reader); everything else
 * that would change on the way is refused with a Dutch message.
 */
export function checkValue(schema: $ZodType, value: unknown, info: FieldInfo | undefined = fieldInfo(schema)): ValueCheck {
  if (value === undefined) return refuse('Er is geen waarde om op te slaan.');
  const v = typeof value === 'number' && Object.is(value, -0) ? 0 : value;
  if (typeof v === 'number') {
    const problem = numberProblem(v, info?.whole === true || info?.kind === 'score');
    if (problem) return refuse(problem);
  }
  if (typeof v === 'string') {
    const problem = textProblem(info?.kind === 'lang' ? 'longText' : 'text', v);
    if (problem) return refuse(problem);
  }
  const parsed = safeParse(schema, v);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const own = issue && issue.message && !/^Invalid|^Too |^Expected/i.test(issue.message) ? issue.message : null;
    return refuse(own ?? (info?.kind === 'keuze' ? 'Kies een van de mogelijkheden uit de lijst.' : 'Deze waarde past niet in dit veld.'));
  }
  if (!jsonEqual(parsed.data, v)) return refuse('Deze waarde past niet in dit veld.');
  return { ok: true, value: v };
}

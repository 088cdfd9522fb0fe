import { pathLabel } from '../model/field-path';
import type { Issue } from '../values/validate';
import { valueMissing, valueWrongKind } from '../exchange/messages/transfer';

/** Turns a reason a plan cannot be read into a Dutch sentence that names where: "id: dit gegeven ontbreekt". */
export function describeIssue(issue: Issue): string {
  const where = issue.path.length ? `${pathLabel(issue.path)}: ` : '';
  return `${where}${issue.problem === 'missing' ? valueMissing : valueWrongKind}`;
}

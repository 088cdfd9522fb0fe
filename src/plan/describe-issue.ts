import { pathLabel } from './field-path';
import type { Issue } from './validate';
import { valueMissing, valueWrongKind } from './messages/transfer';

/** Turns a reason a plan cannot be read into a Dutch sentence that names where: "id: dit gegeven ontbreekt". */
export function describeIssue(issue: Issue): string {
  const where = issue.path.length ? `${pathLabel(issue.path)}: ` : '';
  return `${where}${issue.problem === 'missing' ? valueMissing : valueWrongKind}`;
}

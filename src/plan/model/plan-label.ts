import { fitName } from './limits';
import { nameWithAuthor, planLabelText } from './messages/plan-label';
import { planDisplayName, type PlanNaming } from './plan';

/**
 * A plan as messages name it, so a trainer with twenty plans knows whose this is:
 * `"Accountplan Zorggroep Lindenhof" van Sanne de Wit`. The account is added when the reader's own
 * name for the plan does not say it; the author when the cover has one.
 */
export function planLabel(plan: PlanNaming): string {
  const name = planDisplayName(plan);
  const account = plan.cover.account.trim();
  const author = plan.cover.author.trim();
  const withAccount = account && !name.toLocaleLowerCase('nl').includes(account.toLocaleLowerCase('nl')) ? account : '';
  return planLabelText(name, withAccount, author);
}

/**
 * The name of a copy someone keeps of a plan made by another (a shared plan): its display name and
 * its author, so twenty students' plans do not all get the same name.
 */
export function copyNameWithAuthor(plan: PlanNaming, suffix: string): string {
  const name = planDisplayName(plan);
  const author = plan.cover.author.trim().replace(/\s+/g, ' ');
  return fitName(author && !name.includes(author) ? nameWithAuthor(name, author) : name, suffix);
}

/**
 * The first page and what the file says about itself: the plan's title, its particulars and
 * period, the date; for the blank form its title, how to use it and the cover's fields.
 */
import { INVISIBLE } from '../plan/values/text';
import { formatDateNl, toIsoDate } from '../plan/values/dates';
import { accountPlanName } from '../plan/messages';
import type { FieldPath } from '../plan/model/paths';
import type { Plan } from '../plan/model/schema';
import { formBlocks } from './form';
import * as say from './messages';
import type { Pair, PlanDocument, Properties, TitlePage } from './types';
import { WORDS } from './words';

/** The plan's title: its own title, else one made from the account. */
export function planTitle(plan: Plan): string {
  const account = plan.cover.account.trim();
  return plan.cover.title.trim() || (account ? accountPlanName(account) : say.accountPlan);
}

/** The plan's period in words: "1 januari 2027 – 31 december 2027", "vanaf …", "tot en met …", or ''. */
export function period(from: string, to: string): string {
  if (from && to) return say.periodFromTo(formatDateNl(from), formatDateNl(to));
  if (from) return say.periodFrom(formatDateNl(from));
  if (to) return say.periodTo(formatDateNl(to));
  return '';
}

/** The document's title: the plan's (typed by the reader when it has one of its own), or the form's. */
export function documentTitle(plan: Plan, form: boolean): PlanDocument['title'] {
  if (form) return { text: say.formTitle };
  // A title made from the account counts with the account, where the reader typed it.
  return { text: planTitle(plan), source: plan.cover.title.trim() ? 'typed' : 'quoted', fields: ['cover.title'] };
}

/** The title page of a plan: the particulars of its cover (empty ones only when shown), and the date. */
export function planTitlePage(plan: Plan, title: string, showEmpty: boolean, today: Date): TitlePage {
  const c = plan.cover;
  const typed = (label: string, value: string, field: FieldPath): Pair => ({ label, value: value.trim(), source: 'typed', fields: [field] });
  const lines: Pair[] = [
    typed(say.accountLabel, c.account, 'cover.account'),
    typed(say.authorLabel, c.author, 'cover.author'),
    typed(say.organisationLabel, c.organisation, 'cover.organisation'),
    { label: say.periodLabel, value: period(c.periodFrom, c.periodTo), fields: ['cover.periodFrom', 'cover.periodTo'] as const },
    typed(say.purposeLabel, c.purpose, 'cover.purpose'),
  ];
  const shown = lines.flatMap((line): Pair[] =>
    line.value ? [line] : showEmpty ? [{ label: line.label, value: say.notFilled, muted: true, ...(line.fields ? { fields: line.fields } : {}) }] : [],
  );
  shown.push({ label: say.dateLabel, value: formatDateNl(toIsoDate(today)) });
  // "Accountplan" above the title, unless the title says so itself.
  return {
    variant: 'plan',
    kicker: /accountplan/i.test(title) ? '' : say.accountPlan,
    lines: shown,
    intro: '',
    fields: [],
    note: say.draftedWith(say.creator),
  };
}

/** The title page of the blank form: what it is, how to use it, and the cover's fields to fill in. */
export function formTitlePage(): TitlePage {
  return {
    variant: 'form',
    kicker: say.creator,
    lines: [],
    intro: say.formIntro,
    fields: formBlocks('cover', WORDS.cover.groups?.[0]?.fields ?? []),
    note: '',
  };
}

/** For document properties (no font involved): NFC, no control or invisible characters, one line. */
export function plainProperty(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
}

/** What the file says about itself: title, subject, author, keywords, creator. */
export function properties(plan: Plan, order: 'steps' | 'exam', form: boolean): Properties {
  const account = plainProperty(plan.cover.account);
  const subject = order === 'exam' ? (account ? say.accountPlanFor(account) : say.accountPlan) : account ? say.subjectInStepsFor(account) : say.subjectInSteps;
  return {
    title: form ? say.formTitle : plainProperty(planTitle(plan)),
    subject,
    author: plainProperty(plan.cover.author),
    keywords: [say.keyword, account].filter(Boolean).join(', '),
    creator: say.creator,
  };
}

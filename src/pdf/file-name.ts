import { toIsoDate } from '../plan/values/dates';
import { fileSlug } from '../plan/exchange/file-name';
import { noAccountInFileName, planFileStem } from '../plan/messages/document';
import type { Plan } from '../plan/model/schema';

/** Letters that Unicode does not decompose into a base letter plus accent. */
const LETTERS: Record<string, string> = { œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ŋ: 'ng', Ŋ: 'ng', ĸ: 'k' };

/** Longest account part of the name, so the whole name stays well under every OS's limit. */
const MAX_ACCOUNT = 60;

/** What the exam-ordered PDF adds after the account, so the two orders never share a name. */
const EXAM_ORDER_IN_NAME = 'examenindeling';

/**
 * `accountplan-<account>-<yyyy-mm-dd>.<extension>`: the account in lowercase ASCII letters, digits
 * and single dashes (accents transliterated, everything else dropped), "plan" when there is none;
 * `tag` (a slug) after the account when given. Safe on every OS: no path separators, dots,
 * reserved characters or names.
 */
export function planFileName(plan: Pick<Plan, 'cover'>, today: Date, extension: 'pdf' | 'docx', tag?: string): string {
  const account = fileSlug(
    plan.cover.account.replace(/[œŒþÞðÐħĦŧŦŋŊĸ]/g, (c) => LETTERS[c] ?? ''),
    noAccountInFileName,
    MAX_ACCOUNT - (tag ? tag.length + 1 : 0),
  );
  return `${planFileStem(tag ? `${account}-${tag}` : account, toIsoDate(today))}.${extension}`;
}

/**
 * The PDF's file name: `accountplan-<account>-<yyyy-mm-dd>.pdf` in the order of the steps,
 * `accountplan-<account>-examenindeling-<yyyy-mm-dd>.pdf` in the chapters of the exam plan.
 */
export const pdfFileName = (plan: Pick<Plan, 'cover'>, today: Date, order: 'steps' | 'exam' = 'steps') =>
  planFileName(plan, today, 'pdf', order === 'exam' ? EXAM_ORDER_IN_NAME : undefined);

import { toIsoDate } from '../plan/values/dates';
import { fileSlug } from '../plan/exchange/file-name';
import { noAccountInFileName, planFileStem } from '../plan/messages/document';
import type { Plan } from '../plan/model/schema';

/** Letters that Unicode does not decompose into a base letter plus accent. */
const LETTERS: Record<string, string> = { œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ŋ: 'ng', Ŋ: 'ng', ĸ: 'k' };

/** Longest account part of the name, so the whole name stays well under every OS's limit. */
const MAX_ACCOUNT = 60;

/**
 * `accountplan-<account>-<yyyy-mm-dd>.<extension>`: the account in lowercase ASCII letters, digits
 * and single dashes (accents transliterated, everything else dropped), "plan" when there is none.
 * Safe on every OS: no path separators, dots, reserved characters or names.
 */
export function planFileName(plan: Pick<Plan, 'cover'>, today: Date, extension: 'pdf' | 'docx'): string {
  const account = plan.cover.account.replace(/[œŒþÞðÐħĦŧŦŋŊĸ]/g, (c) => LETTERS[c] ?? '');
  return `${planFileStem(fileSlug(account, noAccountInFileName, MAX_ACCOUNT), toIsoDate(today))}.${extension}`;
}

/** The PDF's file name: `accountplan-<account>-<yyyy-mm-dd>.pdf`. */
export const pdfFileName = (plan: Pick<Plan, 'cover'>, today: Date) => planFileName(plan, today, 'pdf');

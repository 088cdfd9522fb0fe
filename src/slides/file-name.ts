import { fileSlug } from '../plan/exchange/file-name';
import type { Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { deckFileStem } from './messages';

/**
 * `presentatie-<account>-<yyyy-mm-dd>.pptx`, with `-klant` for the customer's version: the account
 * in lowercase ASCII letters, digits and single dashes (see plan/exchange/file-name.ts).
 */
export function deckFileName(plan: Pick<Plan, 'cover'>, today: Date, forCustomer: boolean, extension: 'pptx' | 'pdf'): string {
  return `${deckFileStem(fileSlug(plan.cover.account, '', 60), forCustomer, toIsoDate(today))}.${extension}`;
}

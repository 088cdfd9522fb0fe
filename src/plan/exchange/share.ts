import type { Plan } from '../model/schema';
import { MAX_SHARE_LENGTH, packFragment, SHARE_PATH, unpackFragment } from './link-payload';
import { MAX_IMPORT_BYTES, parseBackup } from './transfer';
import { brokenLink, noPlanInLink, planInLinkInvalid, planTooLongForLink } from './messages/share';

/**
 * "Deel met trainer": the whole plan, compressed, in the fragment of a link
 * (`/gedeeld/#v1.<check>.<data>`). A fragment is never sent to any server, so the plan still
 * only travels where the reader sends the link. The check (part of a SHA-256) catches links that
 * were cut off or changed; whatever decodes is validated like an imported backup.
 */
export { MAX_SHARE_LENGTH, SHARE_PATH } from './link-payload';
const PREFIX = 'v1';

export type ShareResult = { ok: true; url: string; length: number } | { ok: false; message: string };
export type OpenResult = { ok: true; plan: Plan } | { ok: false; message: string };

/** Makes the share link of a plan, or says why it cannot (too large: use the JSON file). */
export async function createShareLink(plan: Plan, origin: string): Promise<ShareResult> {
  const fragment = await packFragment(PREFIX, JSON.stringify(plan));
  if (fragment.length > MAX_SHARE_LENGTH) {
    return { ok: false, message: planTooLongForLink(Math.ceil(fragment.length / 1000), MAX_SHARE_LENGTH / 1000) };
  }
  return { ok: true, url: `${origin}${SHARE_PATH}#${fragment}`, length: fragment.length };
}

const BROKEN = brokenLink;

/** Reads a plan from the fragment of a share link (with or without the leading #). */
export async function openShareLink(fragment: string): Promise<OpenResult> {
  const text = fragment.replace(/^#/, '');
  if (!text) return { ok: false, message: noPlanInLink };
  if (text.length > MAX_SHARE_LENGTH * 2) return { ok: false, message: BROKEN };
  const json = await unpackFragment(PREFIX, text, MAX_IMPORT_BYTES);
  if (json === null) return { ok: false, message: BROKEN };
  const result = parseBackup(json);
  if (!result.ok) return { ok: false, message: planInLinkInvalid(result.message) };
  if (result.plans.length !== 1) return { ok: false, message: BROKEN };
  return { ok: true, plan: result.plans[0]! };
}

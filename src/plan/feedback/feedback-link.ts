import { fileSlug } from '../exchange/file-name';
import { MAX_SHARE_LENGTH, packFragment, SHARE_PATH, unpackFragment } from '../exchange/link-payload';
import { FEEDBACK_LIMITS, type Feedback } from './feedback';
import { parseFeedbackText, type ReadResult } from './feedback-read';
import * as say from './messages/feedback';

/** Feedback as it travels: a link (`/gedeeld/#f1.<check>.<data>`, as the share link) or a JSON file. */

const LINK_PREFIX = 'f1';

export type FeedbackLinkResult = { ok: true; url: string; length: number } | { ok: false; message: string };

/** The feedback link: `/gedeeld/#f1.<check>.<data>`, or why it cannot be one (too long: send the file). */
export async function createFeedbackLink(feedback: Feedback, origin: string): Promise<FeedbackLinkResult> {
  const fragment = await packFragment(LINK_PREFIX, JSON.stringify(feedback));
  if (fragment.length > MAX_SHARE_LENGTH) {
    return { ok: false, message: say.feedbackTooLongForLink(Math.ceil(fragment.length / 1000), MAX_SHARE_LENGTH / 1000) };
  }
  return { ok: true, url: `${origin}${SHARE_PATH}#${fragment}`, length: fragment.length };
}

/** Whether a fragment holds feedback (rather than a shared plan). */
export const isFeedbackFragment = (fragment: string) => fragment.replace(/^#/, '').startsWith(`${LINK_PREFIX}.`);

const BROKEN_LINK = say.brokenFeedbackLink;

/** Reads feedback from the fragment of a feedback link (with or without #). */
export async function openFeedbackLink(fragment: string): Promise<ReadResult> {
  const text = fragment.replace(/^#/, '');
  if (text.length > MAX_SHARE_LENGTH * 2) return { ok: false, message: BROKEN_LINK };
  const json = await unpackFragment(LINK_PREFIX, text, FEEDBACK_LIMITS.fileBytes);
  if (json === null) return { ok: false, message: BROKEN_LINK };
  return parseFeedbackText(json, BROKEN_LINK);
}

/** The feedback as a JSON file to download: `feedback-<account>-<date>.json`. */
export function feedbackFile(feedback: Feedback): { fileName: string; text: string } {
  const date = feedback.createdAt.slice(0, 10);
  return { fileName: `feedback-${fileSlug(feedback.plan.account || feedback.plan.name)}-${date}.json`, text: `${JSON.stringify(feedback, null, 2)}\n` };
}

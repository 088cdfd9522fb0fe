import { fitName } from '../model/limits';
import type { SectionId } from '../model/schema';
import { competence, RUBRIC_SCORES, type RubricScore } from '../exam/rubric';
import { ellipsizeToFit } from '../values/text';
import { FEEDBACK_FORMAT, FEEDBACK_LIMITS, FEEDBACK_VERSION, isTarget, type Feedback, type FeedbackComment } from './feedback';
import * as say from './messages/feedback';

/** Reading untrusted feedback (a link, a file, storage): what the data must hold, and its limits. */

export type ReadResult = { ok: true; feedback: Feedback; skipped: number } | { ok: false; message: string };

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number) => (typeof v === 'string' ? fitText(v, max) : '');
// Cut to the limits as the trainer's side counts them (UTF-16 units, `checkDraft`), at a grapheme.
const fitText = (text: string, max: number) => ellipsizeToFit(text, (t) => t.length <= max);
const isStamp = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isId = (v: unknown): v is string => typeof v === 'string' && /^[\w.-]{1,64}$/.test(v);

/**
 * Reads feedback from parsed JSON: the format and version it must have, the plan it names, and
 * every comment whose place exists in this version of the plan (others are skipped and counted).
 * Texts are plain text, cut to their limits; nothing of the data is ever run or shown as markup.
 */
export function readFeedback(data: unknown): ReadResult {
  if (!isObject(data) || data['format'] !== FEEDBACK_FORMAT) return { ok: false, message: say.notFeedback };
  if (data['version'] !== FEEDBACK_VERSION) {
    return { ok: false, message: say.feedbackFromNewerSite };
  }
  const plan = data['plan'];
  if (!isId(data['id']) || !isObject(plan) || !isId(plan['id'])) return { ok: false, message: say.feedbackWithoutPlan };
  const rawComments = Array.isArray(data['comments']) ? data['comments'] : [];
  if (rawComments.length > FEEDBACK_LIMITS.comments) return { ok: false, message: say.tooManyComments(FEEDBACK_LIMITS.comments) };
  const seen = new Set<string>();
  const comments: FeedbackComment[] = [];
  for (const c of rawComments) {
    if (
      !isObject(c) ||
      !isId(c['id']) ||
      seen.has(c['id']) ||
      !isTarget(c['section'], c['field'] ?? null) ||
      typeof c['text'] !== 'string' ||
      !c['text'].trim()
    )
      continue;
    seen.add(c['id']);
    comments.push({
      id: c['id'],
      section: c['section'] as SectionId,
      field: (c['field'] as string | null | undefined) ?? null,
      text: fitText(c['text'], FEEDBACK_LIMITS.comment),
    });
  }
  const scores: Record<string, RubricScore> = {};
  if (isObject(data['scores'])) {
    for (const [id, score] of Object.entries(data['scores']))
      if (competence(id) && RUBRIC_SCORES.includes(score as RubricScore)) scores[id] = score as RubricScore;
  }
  const feedback: Feedback = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    id: data['id'],
    createdAt: isStamp(data['createdAt']) ? data['createdAt'] : '',
    trainer: str(data['trainer'], FEEDBACK_LIMITS.trainer).trim(),
    plan: {
      id: plan['id'],
      name: fitName(str(plan['name'], 1_000)),
      account: str(plan['account'], 1_000),
      author: str(plan['author'], 1_000),
      updatedAt: isStamp(plan['updatedAt']) ? plan['updatedAt'] : '',
    },
    overall: str(data['overall'], FEEDBACK_LIMITS.overall).trim(),
    scores,
    comments,
  };
  return { ok: true, feedback, skipped: rawComments.length - comments.length };
}

/** Reads feedback from the text of a file (or a link's JSON). */
export function parseFeedbackText(text: string, unreadable = say.unreadableFeedbackFile): ReadResult {
  if (text.length > FEEDBACK_LIMITS.fileBytes) return { ok: false, message: say.feedbackFileTooBig };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch {
    return { ok: false, message: unreadable };
  }
  return readFeedback(data);
}

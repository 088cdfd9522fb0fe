import { newId } from '../model/ids';
import type { PlanNaming } from '../model/plan';
import * as say from './messages/feedback';
import { planLabel } from '../model/plan-label';
import { competence, RUBRIC_SCORES, type RubricScore } from '../exam/rubric';
import { PLAN_STRUCTURE, SECTION_IDS, type Plan, type SectionId } from '../model/schema';

/**
 * A trainer's feedback on a plan that was shared by link: comments at fields and at whole steps,
 * an overall comment and scores on the rubric's competences (rubric.ts). It travels like the plan
 * did, without a server: in the fragment of a link (`/gedeeld/#f1.<check>.<data>`, the same
 * technique and integrity check as the share link) or as a JSON file. It names the plan it belongs
 * to by id, so it is only ever put beside that plan, and it never holds or changes plan text.
 *
 * This module holds the feedback itself: its shape, the trainer's draft and the feedback made
 * from it. Reading untrusted feedback is feedback-read.ts, the link and the file feedback-link.ts,
 * the feedback a reader keeps received.ts.
 */
export const FEEDBACK_FORMAT = 'accountplan-feedback';
export const FEEDBACK_VERSION = 1;

/** What one feedback may hold: far above real use, low enough that a hostile file cannot flood storage. */
export const FEEDBACK_LIMITS = {
  /** Characters in one comment. */
  comment: 5_000,
  /** Characters in the overall comment. */
  overall: 20_000,
  /** Characters in the trainer's name. */
  trainer: 200,
  /** Comments in one feedback. */
  comments: 500,
  /** Characters of a feedback file. */
  fileBytes: 1024 * 1024,
} as const;

/** One comment: at a field of a section, or at the section (the step) as a whole when `field` is null. */
export interface FeedbackComment {
  id: string;
  section: SectionId;
  field: string | null;
  text: string;
}

/** The plan the feedback is about, as it was when the trainer read it. */
export interface FeedbackPlanRef {
  id: string;
  name: string;
  account: string;
  author: string;
  /** When the plan the trainer read was last changed (ISO), to say which version the comments are about. */
  updatedAt: string;
}

export interface Feedback {
  format: typeof FEEDBACK_FORMAT;
  version: typeof FEEDBACK_VERSION;
  /** Identifies this feedback: opening it twice keeps one copy (and what the student marked done). */
  id: string;
  createdAt: string;
  /** The trainer's name, as they typed it ('' when they left it out). */
  trainer: string;
  plan: FeedbackPlanRef;
  overall: string;
  /** Rubric scores by competence id. */
  scores: Record<string, RubricScore>;
  comments: FeedbackComment[];
}

/** What the trainer writes; the rest comes from the plan and the clock. */
export interface FeedbackDraft {
  /** The id the feedback gets: a new link after more writing replaces the earlier one at the student's. */
  id: string;
  trainer: string;
  overall: string;
  scores: Record<string, RubricScore>;
  /** Comment text by target key (see {@link targetKey}); empty texts are left out of the feedback. */
  comments: Record<string, string>;
}

export const emptyDraft = (): FeedbackDraft => ({ id: newId(), trainer: '', overall: '', scores: {}, comments: {} });

/** The key of a comment's place: `section.field`, or `section` for the step as a whole. */
export const targetKey = (section: SectionId, field: string | null) => (field ? `${section}.${field}` : section);

function parseTarget(key: string): { section: SectionId; field: string | null } | null {
  const [section, field, ...rest] = key.split('.');
  if (rest.length || !isTarget(section, field ?? null)) return null;
  return { section: section as SectionId, field: field ?? null };
}

/** Whether a section and field exist in the plan's structure (`field` null: the section itself). */
export function isTarget(section: unknown, field: unknown): boolean {
  if (typeof section !== 'string' || !(SECTION_IDS as readonly string[]).includes(section)) return false;
  if (field === null) return true;
  return typeof field === 'string' && Object.hasOwn(PLAN_STRUCTURE[section as SectionId], field);
}

/** The feedback a trainer made from a draft, on a plan: comments in the order of the plan. */
export function createFeedback(
  plan: Pick<Plan, 'id' | 'name' | 'updatedAt' | 'cover'>,
  draft: FeedbackDraft,
  now: Date = new Date(),
  id: string = draft.id,
): Feedback {
  const order = SECTION_IDS.flatMap((section) => [targetKey(section, null), ...Object.keys(PLAN_STRUCTURE[section]).map((f) => targetKey(section, f))]);
  const comments = Object.entries(draft.comments)
    .filter(([, text]) => text.trim())
    .flatMap(([key, text]) => {
      const target = parseTarget(key);
      return target ? [{ key, comment: { id: key, ...target, text: text.trim() } }] : [];
    })
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    .map((c) => c.comment);
  const scores = Object.fromEntries(Object.entries(draft.scores).filter(([cid, score]) => competence(cid) && RUBRIC_SCORES.includes(score)));
  return {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    id,
    createdAt: now.toISOString(),
    trainer: draft.trainer.trim(),
    plan: { id: plan.id, name: plan.name, account: plan.cover.account, author: plan.cover.author, updatedAt: plan.updatedAt },
    overall: draft.overall.trim(),
    scores,
    comments,
  };
}

/** Whether a draft holds anything to send. */
export function isEmptyDraft(draft: FeedbackDraft): boolean {
  return !draft.overall.trim() && !Object.keys(draft.scores).length && !Object.values(draft.comments).some((t) => t.trim());
}

/** Why a draft cannot become feedback as it is (a text over its limit, by the box's name), or null. */
export function draftProblem(draft: FeedbackDraft, labelOf: (key: string) => string): string | null {
  if (draft.trainer.length > FEEDBACK_LIMITS.trainer) return say.trainerNameTooLong(draft.trainer.length, FEEDBACK_LIMITS.trainer);
  if (draft.overall.length > FEEDBACK_LIMITS.overall) return say.overallTooLong(draft.overall.length, FEEDBACK_LIMITS.overall);
  for (const [key, text] of Object.entries(draft.comments)) {
    if (text.trim().length > FEEDBACK_LIMITS.comment) return say.commentTooLong(labelOf(key), text.trim().length, FEEDBACK_LIMITS.comment);
  }
  return null;
}

/** The plan a feedback is about, in the words messages use: `"Accountplan Zorggroep Lindenhof" van Sanne de Wit`. */
export function feedbackPlanLabel(feedback: Pick<Feedback, 'plan'>): string {
  return planLabel(namingOf(feedback.plan));
}

const namingOf = (ref: FeedbackPlanRef): PlanNaming => ({ name: ref.name, cover: { account: ref.account, author: ref.author } });

/** "Feedback van Marieke Bos" or "Feedback van je trainer". */
export const feedbackFrom = (feedback: Pick<Feedback, 'trainer'>) => say.feedbackFrom(feedback.trainer);

/**
 * The plan of the reader's plans this feedback belongs to (by id), or a clear refusal that names
 * the plan it is for. The plan itself is never changed.
 */
export function planForFeedback<P extends Pick<Plan, 'id'>>(feedback: Feedback, plans: readonly P[]): { ok: true; plan: P } | { ok: false; message: string } {
  const plan = plans.find((p) => p.id === feedback.plan.id);
  if (plan) return { ok: true, plan };
  return { ok: false, message: say.feedbackForOtherPlan(feedbackPlanLabel(feedback)) };
}

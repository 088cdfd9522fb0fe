import { fileSlug } from '../exchange/file-name';
import { newId } from '../model/ids';
import { fitName } from '../model/limits';
import { MAX_SHARE_LENGTH, packFragment, SHARE_PATH, unpackFragment } from '../exchange/link-payload';
import type { PlanNaming } from '../model/plan';
import * as say from './messages/feedback';
import { planLabel } from '../model/plan-label';
import { competence, RUBRIC_SCORES, type RubricScore } from '../exam/rubric';
import { PLAN_STRUCTURE, SECTION_IDS, type Plan, type SectionId } from '../model/schema';
import { ellipsize } from '../values/text';

/**
 * A trainer's feedback on a plan that was shared by link: comments at fields and at whole steps,
 * an overall comment and scores on the rubric's competences (rubric.ts). It travels like the plan
 * did, without a server: in the fragment of a link (`/gedeeld/#f1.<check>.<data>`, the same
 * technique and integrity check as the share link) or as a JSON file. It names the plan it belongs
 * to by id, so it is only ever put beside that plan, and it never holds or changes plan text.
 */
export const FEEDBACK_FORMAT = 'accountplan-feedback';
export const FEEDBACK_VERSION = 1;
const LINK_PREFIX = 'f1';

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
function isTarget(section: unknown, field: unknown): boolean {
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

// ---------------------------------------------------------------------------------------------
// Reading untrusted feedback (a link, a file, storage)

export type ReadResult = { ok: true; feedback: Feedback; skipped: number } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number) => (typeof v === 'string' ? fitText(v, max) : '');
const fitText = (text: string, max: number) => ellipsize(text, max);
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

// ---------------------------------------------------------------------------------------------
// Link and file

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

// ---------------------------------------------------------------------------------------------
// Feedback as a reader keeps it (in storage, and in a backup file)

/** Feedback as a reader keeps it: what the trainer sent, when it arrived, and what they marked done. */
export interface ReceivedFeedback {
  feedback: Feedback;
  receivedAt: string;
  /** Ids of the comments marked done (and `algemeen` for the overall comment). */
  done: string[];
}

const RECEIVED_VERSION = 1;

/** The stored form of one plan's received feedback: `{ version, received: [...] }`. */
export const serializeReceived = (list: readonly ReceivedFeedback[]) => JSON.stringify({ version: RECEIVED_VERSION, received: list });

/**
 * Reads one plan's received feedback from parsed data: the stored form or just its list. An entry
 * that does not read as feedback, or names another plan, is left out and counted; `readable` is
 * false when the data is not such a list at all.
 */
export function readReceived(data: unknown, planId: string): { list: ReceivedFeedback[]; unreadable: number; readable: boolean } {
  const entries = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['received']) ? (data['received'] as unknown[]) : null;
  const list: ReceivedFeedback[] = [];
  for (const entry of entries ?? []) {
    const e = isObject(entry) ? entry : {};
    const read = readFeedback(e['feedback']);
    if (!read.ok || read.feedback.plan.id !== planId) continue;
    const done = Array.isArray(e['done']) ? e['done'].filter((id): id is string => typeof id === 'string') : [];
    list.push({ feedback: read.feedback, receivedAt: typeof e['receivedAt'] === 'string' ? e['receivedAt'] : '', done });
  }
  return { list, unreadable: (entries?.length ?? 0) - list.length, readable: entries !== null };
}

/** The same feedback, now belonging to a plan with another id (a backup's plan imported as a copy). */
export const receivedFor = (list: readonly ReceivedFeedback[], planId: string): ReceivedFeedback[] =>
  list.map((r) => ({ ...r, feedback: { ...r.feedback, plan: { ...r.feedback.plan, id: planId } } }));

/** Two lists of one plan's feedback together; for feedback in both, `incoming` wins. */
export function mergeReceived(current: readonly ReceivedFeedback[], incoming: readonly ReceivedFeedback[]): ReceivedFeedback[] {
  const ids = new Set(incoming.map((r) => r.feedback.id));
  return [...current.filter((r) => !ids.has(r.feedback.id)), ...incoming];
}

// ---------------------------------------------------------------------------------------------
// Which plan

/**
 * The plan of the reader's plans this feedback belongs to (by id), or a clear refusal that names
 * the plan it is for. The plan itself is never changed.
 */
export function planForFeedback<P extends Pick<Plan, 'id'>>(feedback: Feedback, plans: readonly P[]): { ok: true; plan: P } | { ok: false; message: string } {
  const plan = plans.find((p) => p.id === feedback.plan.id);
  if (plan) return { ok: true, plan };
  return { ok: false, message: say.feedbackForOtherPlan(feedbackPlanLabel(feedback)) };
}

import { atom } from 'nanostores';
import { emptyDraft, feedbackFrom, planForFeedback, type Feedback, type FeedbackComment, type FeedbackDraft } from '../plan/feedback/feedback';
import { readReceived, serializeReceived, type ReceivedFeedback } from '../plan/feedback/received';
import { planLabel } from '../plan/model/plan-label';
import { RUBRIC_SCORES, type RubricScore } from '../plan/exam/rubric';
import type { SectionId } from '../plan/model/schema';
import { feedbackDraftKey, feedbackKey, KEYS } from './keys';
import type { PlanStore } from './plan-store';
import { mergeDraft } from '../plan/edit/merge-draft';
import { jsonEqual } from '../plan/values/json';
import { writeOver } from './write-over';
import { readItem, writeItem } from './storage';
import { draftChangedElsewhere, draftUnreadable, feedbackNotSaved, feedbackReceived, feedbackUnreadable } from './messages/feedback';

export type { ReceivedFeedback };

/** The id under which the overall comment is marked done. */
export const OVERALL = 'algemeen';

/** One comment where it belongs, with the feedback it came with. */
export interface PlacedComment {
  received: ReceivedFeedback;
  comment: FeedbackComment;
  done: boolean;
}

export type FeedbackResult = { ok: true; planId: string; message: string } | { ok: false; message: string };

/**
 * Trainer feedback beside the reader's plans: one storage key per plan
 * (`accountplan:feedback:<plan id>`), never inside the plan, so receiving feedback cannot change
 * what the reader typed and editing the plan cannot lose a comment. Also the trainer's unfinished
 * feedback on a shared plan (`accountplan:feedback-concept:<plan id>`), so nothing they typed is
 * lost when the tab closes. A companion of the plan store, loaded only where feedback is shown.
 */
export function createFeedbackStore(store: Pick<PlanStore, '$plans' | 'switchPlan' | 'versionHost'>, now: () => Date = () => new Date()) {
  const host = store.versionHost;
  /** Read once per plan; kept here also when storage is blocked (then it lasts as long as the page). */
  const cache = new Map<string, ReceivedFeedback[]>();
  /** Changes whenever any plan's feedback changes: components listen to it, then read {@link feedbackOf}. */
  const $revision = atom(0);
  const changed = () => $revision.set($revision.get() + 1);

  host.onKeyChange((key) => {
    if (!key.startsWith(KEYS.feedbackPrefix)) return;
    // Another tab received feedback or marked a comment done: read it again.
    cache.delete(key.slice(KEYS.feedbackPrefix.length));
    changed();
  });

  function readStored(planId: string): ReceivedFeedback[] {
    const storage = host.storage();
    const raw = storage ? readItem(storage, feedbackKey(planId)) : null;
    if (raw === null) return [];
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      data = null;
    }
    const { list, unreadable, readable } = readReceived(data, planId);
    if (!readable || unreadable > 0) {
      // What does not read goes aside untouched, never overwritten; the readable rest is written back.
      host.keepAside(feedbackKey(planId), raw, feedbackUnreadable);
      write(planId, list);
    }
    return list;
  }

  /** The feedback a plan received, oldest first. */
  function feedbackOf(planId: string): ReceivedFeedback[] {
    host.load();
    let list = cache.get(planId);
    if (!list) cache.set(planId, (list = readStored(planId)));
    return list;
  }

  function write(planId: string, list: ReceivedFeedback[]): boolean {
    cache.set(planId, list);
    changed();
    const storage = host.storage();
    if (!storage) return true;
    if (!list.length) {
      try {
        storage.removeItem(feedbackKey(planId));
      } catch {
        // Nothing to do: it reads as empty feedback again next time.
      }
      return true;
    }
    return writeItem(storage, feedbackKey(planId), serializeReceived(list)).ok;
  }

  /**
   * Puts feedback beside the plan it was written for, and makes that plan the active one. Feedback
   * for a plan the reader does not have is refused, with the plan's name and author. Receiving the
   * same feedback again keeps what was marked done.
   */
  function receive(feedback: Feedback): FeedbackResult {
    host.load();
    const match = planForFeedback(feedback, store.$plans.get());
    if (!match.ok) return match;
    const plan = match.plan;
    const list = feedbackOf(plan.id);
    const before = list.find((r) => r.feedback.id === feedback.id);
    const ids = new Set([OVERALL, ...feedback.comments.map((c) => c.id)]);
    const entry: ReceivedFeedback = { feedback, receivedAt: before?.receivedAt || now().toISOString(), done: (before?.done ?? []).filter((id) => ids.has(id)) };
    const next = before ? list.map((r) => (r === before ? entry : r)) : [...list, entry];
    if (!write(plan.id, next)) return { ok: false, message: feedbackNotSaved };
    store.switchPlan(plan.id);
    return {
      ok: true,
      planId: plan.id,
      message: feedbackReceived(feedbackFrom(feedback), planLabel(plan), feedback.comments.length, !!feedback.overall, !!before),
    };
  }

  /** Marks a comment (or {@link OVERALL}) done or not done. */
  function setDone(planId: string, feedbackId: string, commentId: string, done: boolean): boolean {
    const list = feedbackOf(planId);
    const next = list.map((r) => {
      if (r.feedback.id !== feedbackId) return r;
      const rest = r.done.filter((id) => id !== commentId);
      return { ...r, done: done ? [...rest, commentId] : rest };
    });
    return write(planId, next);
  }

  /** Removes one feedback from a plan. */
  function remove(planId: string, feedbackId: string): void {
    write(
      planId,
      feedbackOf(planId).filter((r) => r.feedback.id !== feedbackId),
    );
  }

  /** Every comment at one place of a plan: a field, or a section as a whole (`field` null). */
  function commentsAt(planId: string, section: SectionId, field: string | null): PlacedComment[] {
    return feedbackOf(planId).flatMap((received) =>
      received.feedback.comments
        .filter((c) => c.section === section && c.field === field)
        .map((comment) => ({ received, comment, done: received.done.includes(comment.id) })),
    );
  }

  // ---------- the trainer's unfinished feedback ----------

  /** What each draft's form started from or last saved here: the base of the next save's merge. */
  const draftBases = new Map<string, FeedbackDraft>();

  /** What the trainer wrote so far on a shared plan (empty when nothing). */
  function readDraft(planId: string): FeedbackDraft {
    host.load();
    const storage = host.storage();
    const raw = storage ? readItem(storage, feedbackDraftKey(planId)) : null;
    const read = raw === null ? null : parseDraft(raw);
    // What does not read as a draft (garbage, another shape, a newer version's) goes aside.
    if (raw !== null && !read?.exact) host.keepAside(feedbackDraftKey(planId), raw, draftUnreadable);
    const draft = read?.draft ?? emptyDraft();
    draftBases.set(planId, structuredClone(draft));
    return draft;
  }

  /**
   * Keeps the trainer's unfinished feedback; false when storage is full. Merged field by field
   * with what another tab stored meanwhile (the same shared plan open twice): a comment written
   * there stays. Where both tabs changed the same text, this tab's is stored and the other is kept aside.
   */
  function saveDraft(planId: string, draft: FeedbackDraft): boolean {
    const storage = host.storage();
    if (!storage) return true;
    const key = feedbackDraftKey(planId);
    const raw = readItem(storage, key);
    const theirs = raw === null ? null : parseDraft(raw);
    const base = draftBases.get(planId) ?? theirs?.draft ?? draft;
    const merged = theirs?.exact ? mergeDraft(base, draft, theirs.draft) : { draft, conflict: false };
    if (merged.conflict) host.keepAside(key, raw!, draftChangedElsewhere);
    const written = writeOver(storage, key, JSON.stringify(merged.draft), (text) => !!parseDraft(text)?.exact, now());
    if (!written.ok) return false;
    if (written.aside) void host.tell('kept-aside', (w) => w.keptAside(draftUnreadable), { key: written.aside });
    draftBases.set(planId, structuredClone(draft));
    return true;
  }

  return { $revision, feedbackOf, receive, setDone, remove, commentsAt, readDraft, saveDraft };
}

export type FeedbackStore = ReturnType<typeof createFeedbackStore>;

/**
 * A stored draft: what reads of it, and whether that is all of it (`exact`: nothing left out, no
 * field of another shape). Null when it is no JSON object.
 */
function parseDraft(raw: string): { draft: FeedbackDraft; exact: boolean } | null {
  let data: Partial<Record<keyof FeedbackDraft, unknown>>;
  try {
    data = JSON.parse(raw) as Partial<Record<keyof FeedbackDraft, unknown>>;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const draft = emptyDraft();
  if (typeof data.id === 'string' && /^[\w-]{1,64}$/.test(data.id)) draft.id = data.id;
  if (typeof data.trainer === 'string') draft.trainer = data.trainer;
  if (typeof data.overall === 'string') draft.overall = data.overall;
  if (typeof data.scores === 'object' && data.scores !== null) {
    for (const [id, s] of Object.entries(data.scores)) if (RUBRIC_SCORES.includes(s as RubricScore)) draft.scores[id] = s as RubricScore;
  }
  if (typeof data.comments === 'object' && data.comments !== null) {
    for (const [key, text] of Object.entries(data.comments)) if (typeof text === 'string' && key !== '__proto__') draft.comments[key] = text;
  }
  return { draft, exact: jsonEqual(draft, data) };
}

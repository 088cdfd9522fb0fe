import type { Feedback } from './feedback';
import { isObject, readFeedback } from './feedback-read';

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

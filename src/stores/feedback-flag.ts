import { planStore } from '.';
import { feedbackKey, KEYS } from './keys';
import { readItem } from './storage';

/**
 * Whether a plan has trainer feedback, without loading the feedback code: worksheets ask this
 * first and load the comments (stores/feedback.ts and their components) only when it says yes.
 */
export function hasFeedback(planId: string): boolean {
  planStore.load();
  const storage = planStore.versionHost.storage();
  return !!storage && readItem(storage, feedbackKey(planId)) !== null;
}

/** Calls `listener` when another tab changes the feedback of any plan; returns the unsubscribe. */
export function onFeedbackChange(listener: () => void): () => void {
  return planStore.versionHost.onKeyChange((key) => {
    if (key.startsWith(KEYS.feedbackPrefix)) listener();
  });
}

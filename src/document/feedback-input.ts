/**
 * Feedback as the documents take it: each with its heading and the rubric's names of the
 * competences it scores. Loaded with the feedback itself (src/pdf/download.ts), so a document
 * without feedback loads neither the rubric nor the feedback's words.
 */
import type { Feedback } from '../plan/feedback/feedback';
import { competence } from '../plan/exam/rubric';
import { feedbackFrom } from '../plan/feedback/messages/feedback';
import type { FeedbackForDocument } from './appendices';

export function feedbackForDocument(items: ReadonlyArray<{ feedback: Feedback; done: readonly string[] }>): FeedbackForDocument[] {
  return items.map(({ feedback, done }) => ({
    feedback,
    done,
    title: feedbackFrom(feedback.trainer),
    competences: Object.fromEntries(
      Object.keys(feedback.scores).flatMap((id) => {
        const c = competence(id);
        return c ? [[id, c.name]] : [];
      }),
    ),
  }));
}

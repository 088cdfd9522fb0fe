import { useStore } from './use-store';
import type { SectionId } from '../plan/model/schema';
import { $activeId } from '../stores';
import { feedbackStore } from '../stores/feedback-instance';
import { CommentNote, sectionName } from './FeedbackList';
import { notesLabel } from './messages/feedback-list';

/**
 * A trainer's comments where they belong on a worksheet. Loaded only when the active plan has
 * feedback (feedback-slot.tsx): a lesson without feedback never fetches this code.
 */
function Notes({ section, field, about }: { section: SectionId; field: string | null; about: string }) {
  useStore(feedbackStore.$revision);
  const planId = useStore($activeId);
  const placed = planId ? feedbackStore.commentsAt(planId, section, field) : [];
  if (!placed.length) return null;
  return (
    <aside className="feedback-notes" aria-label={notesLabel(about)}>
      {placed.map(({ received, comment }) => (
        <CommentNote key={`${received.feedback.id}:${comment.id}`} planId={planId!} received={received} id={comment.id} text={comment.text} about={about} />
      ))}
    </aside>
  );
}

export function FieldNotes({ section, field, label }: { section: SectionId; field: string; label: string }) {
  return <Notes section={section} field={field} about={label} />;
}

export function StepNotes({ section }: { section: SectionId }) {
  return <Notes section={section} field={null} about={sectionName(section)} />;
}

import { useStore } from './use-store';
import { createContext, useContext, useEffect, useState, type ComponentType } from 'react';
import type { SectionId } from '../plan/model/schema';
import { $activeId } from '../stores';
import { hasFeedback, onFeedbackChange } from '../stores/feedback-flag';

/** The parts that show a trainer's comments, loaded only once the active plan has feedback. */
export interface FeedbackParts {
  /** The comments at one field. */
  FieldNotes: ComponentType<{ section: SectionId; field: string; label: string }>;
  /** The comments at a step as a whole. */
  StepNotes: ComponentType<{ section: SectionId }>;
}

/** Null while there is no feedback: then a field renders nothing extra and no feedback code loads. */
export const FeedbackSlot = createContext<FeedbackParts | null>(null);

/** The trainer's comments at one field, if there are any. */
export function FieldFeedback({ section, field, label }: { section: SectionId; field: string; label: string }) {
  const parts = useContext(FeedbackSlot);
  return parts ? <parts.FieldNotes section={section} field={field} label={label} /> : null;
}

/**
 * The feedback parts for an island: null until the active plan turns out to have feedback (asked
 * cheaply, without the feedback code), then loaded once. Another tab that receives feedback is
 * noticed too.
 */
export function useFeedbackParts(ready: boolean): FeedbackParts | null {
  const planId = useStore($activeId);
  const [parts, setParts] = useState<FeedbackParts | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => onFeedbackChange(() => setChanges((n) => n + 1)), []);
  useEffect(() => {
    if (!ready || parts || !planId || !hasFeedback(planId)) return;
    let live = true;
    void import('./FeedbackNotes').then((m) => live && setParts({ FieldNotes: m.FieldNotes, StepNotes: m.StepNotes }));
    return () => {
      live = false;
    };
  }, [ready, planId, parts, changes]);
  return parts;
}

import { useStore } from './use-store';
import { useEffect, useState, type ComponentType } from 'react';
import type { SectionId } from '../plan/model/schema';
import { $activeId, planStore } from '../stores';
import { hasFeedback, onFeedbackChange } from '../stores/feedback-flag';
import type { LabelOf } from './FeedbackList';
import { withBoundary } from './IslandBoundary';
import * as say from './messages/workbook-feedback';
import { useReady } from './use-plan';
import { JsonFileInput, ResultLine, type ActionResult } from './JsonFileInput';
import './worksheet.css';

type List = ComponentType<{ planId: string; labelOf: LabelOf }>;

/**
 * "Feedback van je trainer" in the workbook: every comment on the active plan with a link to its
 * field, each to mark done, and a file input for feedback sent as a JSON file. The list's code
 * loads only when the plan has feedback.
 */
export const WorkbookFeedback = withBoundary(function WorkbookFeedback({ labels }: { labels: Record<SectionId, Record<string, string>> }) {
  const ready = useReady();
  const planId = useStore($activeId);
  const [List, setList] = useState<List | null>(null);
  const [changes, setChanges] = useState(0);
  const [result, setResult] = useState<ActionResult>(null);
  useEffect(() => onFeedbackChange(() => setChanges((n) => n + 1)), []);
  useEffect(() => {
    if (!ready || List || !planId || !hasFeedback(planId)) return;
    void import('./FeedbackList').then((m) => setList(() => m.FeedbackList));
  }, [ready, planId, List, changes]);
  const labelOf: LabelOf = (section, field) => (field ? (labels[section]?.[field] ?? field) : section);
  return (
    <div className="worksheet workbook-part not-content" data-part="feedback" data-ready={ready ? 'true' : 'false'}>
      <section aria-labelledby="feedback">
        <h2 id="feedback">{say.title}</h2>
        <p>{say.intro}</p>
        {ready && planId && List ? <List planId={planId} labelOf={labelOf} /> : <p className="feedback-none">{ready ? say.noFeedback : say.loading}</p>}
        <JsonFileInput
          label={say.openFile}
          disabled={!ready}
          onFile={async (file) => {
            const [{ parseFeedbackText }, { feedbackStore }, { FeedbackList }] = await Promise.all([
              import('../plan/feedback/feedback-read'),
              import('../stores/feedback-instance'),
              import('./FeedbackList'),
            ]);
            const read = parseFeedbackText(await file.text().catch(() => ''));
            const received = read.ok ? feedbackStore.receive(read.feedback) : read;
            planStore.flush();
            setList(() => FeedbackList);
            setResult(received.ok ? { ok: true, message: received.message } : { ok: false, message: say.nothingChanged(received.message) });
          }}
        />
        <ResultLine result={result} />
      </section>
    </div>
  );
});

import { useId, useState } from 'react';
import { downloadFile } from '../browser/download-file';
import { createFeedback, draftProblem, isEmptyDraft, type FeedbackDraft } from '../plan/feedback/feedback';
import { createFeedbackLink, feedbackFile } from '../plan/feedback/feedback-link';
import { fieldPathLabel } from '../plan/model/field-path';
import { planLabel } from '../plan/model/plan-label';
import type { Plan, SectionId } from '../plan/model/schema';
import { copyByHand } from './messages/copy-link';
import * as say from './messages/feedback-form';

/** "Maak feedbacklink": the link and the JSON file, made from what is in the boxes now. */
export function MakeLink({ plan, draft }: { plan: Plan; draft: () => FeedbackDraft }) {
  const [result, setResult] = useState<{ ok: boolean; text: string; url?: string } | null>(null);
  const linkId = useId();
  const author = plan.cover.author.trim();
  const feedback = () => createFeedback(plan, draft());
  /** Why there is nothing to send yet, or a box is too long; null when the feedback can go. */
  const problem = () => {
    if (isEmptyDraft(draft())) return say.nothingToSend;
    return draftProblem(draft(), (key) => {
      const [section, field] = key.split('.') as [SectionId, string | undefined];
      return fieldPathLabel(section, field);
    });
  };
  return (
    <div className="feedback-make">
      <p className="feedback-buttons">
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const why = problem();
            if (why) return setResult({ ok: false, text: why });
            const link = await createFeedbackLink(feedback(), location.origin);
            setResult(link.ok ? { ok: true, url: link.url, text: say.linkBelow(author, planLabel(plan)) } : { ok: false, text: link.message });
          }}
        >
          {say.makeLink}
        </button>
        <button
          type="button"
          onClick={() => {
            const why = problem();
            if (why) return setResult({ ok: false, text: why });
            const { fileName, text } = feedbackFile(feedback());
            downloadFile(fileName, text, 'application/json');
            setResult({ ok: true, text: say.fileSaved(fileName, author) });
          }}
        >
          {say.downloadFeedback}
        </button>
      </p>
      <p role={result && !result.ok ? 'alert' : 'status'}>{result?.text ?? ''}</p>
      {result?.url ? (
        <p className="share-link">
          <label htmlFor={linkId}>{say.linkLabel}</label>
          <input id={linkId} type="text" readOnly value={result.url} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(result.url!);
                setResult({ ...result, text: say.linkCopied });
              } catch {
                setResult({ ...result, text: copyByHand });
              }
            }}
          >
            {say.copyLink}
          </button>
        </p>
      ) : null}
    </div>
  );
}

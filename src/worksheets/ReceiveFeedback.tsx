import { useEffect, useState } from 'react';
import { fieldPathLabel } from '../plan/model/field-path';
import { openFeedbackLink } from '../plan/feedback/feedback-link';
import { planStore } from '../stores';
import { feedbackStore } from '../stores/feedback-instance';
import { FeedbackList } from './FeedbackList';
import { feedbackOpening } from './messages';
import { alsoInAfter, alsoInBefore, alsoInLink, skipped as skippedComments } from './messages/receive-feedback';

type State = { kind: 'opening' } | { kind: 'refused'; message: string } | { kind: 'received'; planId: string; message: string };

/**
 * A feedback link opened by the student: the feedback is checked, put beside the plan it was
 * written for (never into it), and listed with links to the fields. Feedback for a plan this
 * browser does not have is refused, with the plan's name and author.
 */
export default function ReceiveFeedback({ fragment }: { fragment: string }) {
  const [state, setState] = useState<State>({ kind: 'opening' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const read = await openFeedbackLink(fragment);
      if (!live) return;
      if (!read.ok) return setState({ kind: 'refused', message: read.message });
      const result = feedbackStore.receive(read.feedback);
      planStore.flush();
      const skipped = read.skipped ? skippedComments(read.skipped) : '';
      setState(result.ok ? { kind: 'received', planId: result.planId, message: result.message + skipped } : { kind: 'refused', message: result.message });
    })();
    return () => {
      live = false;
    };
  }, [fragment]);

  if (state.kind === 'opening') return <p role="status">{feedbackOpening}</p>;
  if (state.kind === 'refused') {
    return (
      <div className="notice" role="alert">
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <div className="received-feedback">
      <p role="status">{state.message}</p>
      <p>
        {alsoInBefore} <a href="/werkboek/#feedback">{alsoInLink}</a>
        {alsoInAfter}
      </p>
      <FeedbackList
        planId={state.planId}
        labelOf={(section, field) => (field ? fieldPathLabel(section, field).split(' › ').at(-1)! : fieldPathLabel(section))}
      />
    </div>
  );
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { isFeedbackFragment } from '../plan/feedback/feedback-link';
import { copyNameWithAuthor, planLabel } from '../plan/model/plan-label';
import type { Plan } from '../plan/model/schema';
import { openShareLink } from '../plan/exchange/share';
import { planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { feedbackOpening } from './messages';
import * as say from './messages/shared-plan';
import { PdfButton } from './PdfButton';
import { PlanView } from './PlanView';
import { useReady } from './use-plan';
import './worksheet.css';

/** The trainer's comment boxes, loaded when they choose "Geef feedback". */
const FeedbackForm = lazy(() => import('./FeedbackForm'));
/** What a student sees when the link holds feedback instead of a plan. */
const ReceiveFeedback = lazy(() => import('./ReceiveFeedback'));

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'plan'; plan: Plan } | { kind: 'feedback' };

/**
 * A plan someone shared by link, read-only; or a trainer's feedback on a plan. The plan comes from
 * the link's fragment, is checked like an imported file, and is rendered as text only. Nothing is
 * stored until the reader asks. A trainer can write feedback on it ("Geef feedback").
 */
export default withBoundary(function SharedPlan() {
  const ready = useReady();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saved, setSaved] = useState<string | null>(null);
  const [giving, setGiving] = useState(false);
  useEffect(() => {
    const read = async () => {
      setSaved(null);
      if (isFeedbackFragment(location.hash)) return setState({ kind: 'feedback' });
      const result = await openShareLink(location.hash);
      setState(result.ok ? { kind: 'plan', plan: result.plan } : { kind: 'error', message: result.message });
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (state.kind === 'loading') return <p role="status">{say.opening}</p>;
  if (state.kind === 'feedback') {
    return (
      <Suspense fallback={<p role="status">{feedbackOpening}</p>}>
        {ready ? <ReceiveFeedback key={location.hash} fragment={location.hash} /> : <p role="status">{feedbackOpening}</p>}
      </Suspense>
    );
  }
  if (state.kind === 'error') {
    return (
      <div className="notice" role="alert">
        <p>{state.message}</p>
      </div>
    );
  }
  const { plan } = state;
  return (
    <div className="shared-plan">
      <div className="worksheet-head">
        <p>
          {say.readingBefore} <strong>{planLabel(plan)}</strong>
          {say.readingAfter}
        </p>
        <PdfButton ready={ready} plan={plan} />
        <div className="voorbeeld-actions">
          <button
            type="button"
            disabled={!ready}
            onClick={() => {
              const copy = planStore.saveSharedCopy(plan, copyNameWithAuthor(plan, say.sharedSuffix));
              planStore.flush();
              setSaved(copy.name);
            }}
          >
            {say.saveAsMine}
          </button>
          <button type="button" disabled={!ready} aria-pressed={giving} onClick={() => setGiving(!giving)}>
            {say.giveFeedback}
          </button>
          <p role="status">
            {saved ? (
              <>
                {say.savedBefore(saved)} <a href="/werkboek/">{say.savedLink}</a>
                {say.savedAfter}
              </>
            ) : null}
          </p>
        </div>
      </div>
      {giving ? (
        <Suspense fallback={<p role="status">{say.boxesLoading}</p>}>
          <FeedbackForm key={plan.id} plan={plan} />
        </Suspense>
      ) : (
        <PlanView plan={plan} />
      )}
    </div>
  );
});

import { useStore } from './use-store';
import { lazy, Suspense, useState } from 'react';
import type { DeckLabels } from '../deck/context';
import { placeholderPlan } from '../plan/model/plan';
import { $activePlan, planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import * as say from './messages/interview';
import './presentation.css';

// The questions are made from the plan when the student starts or asks for the list.
const InterviewPractice = lazy(() => import('./InterviewPractice'));
const InterviewList = lazy(() => import('./InterviewList'));
const EMPTY_PLAN = placeholderPlan();

/**
 * /interview/: practising the criteria-based interview with questions made from the active plan
 * (src/deck/interview.ts), one at a time in a random order with a timer per answer, notes and a
 * self-score kept with the plan; and a printable list for a trainer who runs a mock interview.
 */
function Interview({ labels }: { labels: DeckLabels }) {
  const ready = useReady();
  const live = useStore($activePlan);
  const plan = ready && live ? live : EMPTY_PLAN;
  const [practising, setPractising] = useState(false);
  const [listing, setListing] = useState(false);
  return (
    <div className="deck-page interview not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section className="interview-practice" aria-labelledby="oefenen">
        <h2 id="oefenen">{ready ? say.practiseHeading : say.loading}</h2>
        {practising ? (
          <Suspense fallback={<p>{say.loading}</p>}>
            <InterviewPractice plan={plan} labels={labels} />
            <button type="button" className="action-button secondary" onClick={() => setPractising(false)}>
              {say.stop}
            </button>
          </Suspense>
        ) : (
          <button
            type="button"
            className="action-button"
            disabled={!ready}
            onClick={() => {
              planStore.flush();
              setPractising(true);
            }}
          >
            {say.start}
          </button>
        )}
      </section>
      <section aria-labelledby="trainer">
        <h2 id="trainer">{say.trainerHeading}</h2>
        <p className="interview-no-print">{say.trainerIntro}</p>
        {listing ? (
          <Suspense fallback={<p>{say.loading}</p>}>
            <InterviewList plan={plan} labels={labels} />
          </Suspense>
        ) : (
          <button type="button" className="action-button secondary" disabled={!ready} onClick={() => setListing(true)}>
            {say.showList}
          </button>
        )}
      </section>
    </div>
  );
}

export default withBoundary(Interview);

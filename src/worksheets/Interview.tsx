import { useStore } from '@nanostores/react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { DeckLabels } from '../deck/context';
import { interviewQuestions, shuffled, type Question } from '../deck/interview';
import { INTERVIEW_COMPETENCES } from '../deck/messages/interview';
import { RUBRIC_SCORES } from '../plan/exam/rubric';
import { placeholderPlan, planDisplayName } from '../plan/model/plan';
import { formatNumber } from '../plan/values/format';
import { $activePlan, planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { levelText, QuestionCard } from './InterviewPractice';
import { StatusBar } from './StatusBar';
import { useReady } from './use-plan';
import * as say from './messages/interview';
import './presentation.css';

const EMPTY_PLAN = placeholderPlan();

/**
 * /interview/: practising the criteria-based interview with questions made from the active plan
 * (src/deck/interview.ts), one at a time in a random order, with a timer per answer, notes and a
 * self-score kept with the plan; what to fill in first for the others; a printable list for a
 * trainer who runs a mock interview.
 */
function Interview({ labels }: { labels: DeckLabels }) {
  const ready = useReady();
  // Answers show the plan as it is; the questions follow a moment later.
  const live = useStore($activePlan);
  const plan = ready && live ? live : EMPTY_PLAN;
  const later = useDeferredValue(plan);
  const questions = useMemo(() => interviewQuestions(later, labels), [later, labels]);
  const open = questions.filter((q) => q.text !== null);
  const missing = questions.filter((q) => q.text === null);
  const [order, setOrder] = useState<string[] | null>(null);
  const [at, setAt] = useState(0);
  const begin = () => {
    planStore.flush();
    setOrder(shuffled(open.map((q) => q.id)));
    setAt(0);
  };
  // Questions that lost their fields since the start drop out of the round.
  const round = (order ?? []).map((id) => open.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  const current = order ? round[at] : undefined;
  const answers = plan.presentatie.answers;
  return (
    <div className="deck-page interview not-content" data-ready={ready ? 'true' : 'false'}>
      <StatusBar ready={ready} />
      <section className="interview-practice" aria-labelledby="oefenen">
        <h2 id="oefenen">{ready ? say.practiseHeading : say.loading}</h2>
        <p>{say.practiseIntro(open.length, questions.length)}</p>
        {current ? (
          <>
            <QuestionCard question={current} number={at + 1} total={round.length} answers={answers} disabled={!ready} />
            <div className="deck-actions">
              <button type="button" className="action-button secondary" disabled={at === 0} onClick={() => setAt(at - 1)}>
                {say.previousQuestion}
              </button>
              <button type="button" className="action-button" onClick={() => setAt(at + 1)}>
                {say.nextQuestion}
              </button>
              <button type="button" className="action-button secondary" onClick={() => setOrder(null)}>
                {say.stop}
              </button>
            </div>
          </>
        ) : (
          <>
            {order ? <p role="status">{say.done}</p> : null}
            <button type="button" className="action-button" disabled={!ready || !open.length} onClick={begin}>
              {order ? say.again : say.start}
            </button>
          </>
        )}
        <h3>{say.scoresHeading}</h3>
        <ul>
          {INTERVIEW_COMPETENCES.map((c) => {
            const ids = questions.filter((q) => q.competence === c.id).map((q) => q.id);
            const scores = answers.filter((a) => ids.includes(a.id) && a.score !== null).map((a) => a.score!);
            const average = scores.length ? formatNumber(Math.round((scores.reduce((n, s) => n + s, 0) / scores.length) * 10) / 10) : '';
            return <li key={c.id}>{say.scoreSummary(c.name, scores.length, ids.length, average)}</li>;
          })}
        </ul>
      </section>
      {missing.length ? (
        <section className="interview-missing" aria-labelledby="eerst-invullen">
          <h2 id="eerst-invullen">{say.missingHeading}</h2>
          <p>{say.missingIntro}</p>
          <ul>
            {missing.map((q) => (
              <li key={q.id}>
                {INTERVIEW_COMPETENCES.find((c) => c.id === q.competence)?.name}. {say.fillInFirst}{' '}
                {q.missing.map((m, i) => (
                  <span key={m.key}>
                    {i ? ', ' : ''}
                    <a href={m.href}>{say.missingItem(m.label, m.where)}</a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="interview-print" aria-labelledby="trainer">
        <h2 id="trainer">{say.trainerHeading}</h2>
        <p className="interview-no-print">{say.trainerIntro}</p>
        <button type="button" className="action-button secondary interview-no-print" disabled={!ready} onClick={() => window.print()}>
          {say.print}
        </button>
        <p className="interview-print-title">{say.forPlan(planDisplayName(plan))}</p>
        {INTERVIEW_COMPETENCES.map((c) => (
          <div key={c.id} className="interview-print-competence">
            <h3>{c.name}</h3>
            <ol>
              {questions
                .filter((q) => q.competence === c.id)
                .map((q) => (
                  <li key={q.id}>
                    {q.text ?? `${say.fillInFirst} ${q.missing.map((m) => say.missingItem(m.label, m.where)).join(', ')}`}
                    <div className="interview-lines" aria-hidden="true" />
                  </li>
                ))}
            </ol>
            <p className="interview-scale">
              <strong>{say.scaleHeading}:</strong> {RUBRIC_SCORES.filter((s) => s % 2 === 1).map((s) => `${s} = ${levelText(c, s)}`).join(' ')}
            </p>
          </div>
        ))}
      </section>
    </div>
  );
}

export default withBoundary(Interview);

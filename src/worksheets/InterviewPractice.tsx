import { useDeferredValue, useMemo, useState } from 'react';
import type { DeckLabels } from '../deck/context';
import { INTERVIEW_COMPETENCES, interviewQuestions, PASS_SCORE, passes, shuffled, type Question } from '../deck/interview';
import { RUBRIC_SCALE } from '../plan/exam/rubric';
import type { Plan } from '../plan/model/schema';
import { formatNumber } from '../plan/values/format';
import { QuestionCard } from './InterviewCard';
import * as say from './messages/interview';

/**
 * Practising: the questions that can be asked of this plan one at a time in a random order, the
 * scores per competence, and what to fill in first for the others. Loaded on "Begin met oefenen".
 * Answers show the plan as it is; the questions follow a moment later.
 */
export default function InterviewPractice({ plan, labels }: { plan: Plan; labels: DeckLabels }) {
  const later = useDeferredValue(plan);
  const questions = useMemo(() => interviewQuestions(later, labels), [later, labels]);
  const open = questions.filter((q) => q.text !== null);
  const missing = questions.filter((q) => q.text === null);
  const [order, setOrder] = useState<string[]>(() => shuffled(open.map((q) => q.id)));
  const [at, setAt] = useState(0);
  // Questions that lost their fields since the start drop out of the round.
  const round = order.map((id) => open.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  const current = round[at];
  const answers = plan.presentatie.answers;
  return (
    <>
      <p>{say.practiseIntro(open.length, questions.length)}</p>
      {current ? (
        <>
          <QuestionCard question={current} number={at + 1} total={round.length} answers={answers} />
          <div className="deck-actions">
            <button type="button" className="action-button secondary" disabled={at === 0} onClick={() => setAt(at - 1)}>
              {say.previousQuestion}
            </button>
            <button type="button" className="action-button" onClick={() => setAt(at + 1)}>
              {say.nextQuestion}
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="status">{say.done}</p>
          <button
            type="button"
            className="action-button"
            disabled={!open.length}
            onClick={() => {
              setOrder(shuffled(open.map((q) => q.id)));
              setAt(0);
            }}
          >
            {say.again}
          </button>
        </>
      )}
      <h3>{say.scoresHeading}</h3>
      <ul>
        {INTERVIEW_COMPETENCES.map((c) => {
          const ids = questions.filter((q) => q.competence === c.id).map((q) => q.id);
          const scores = answers.filter((a) => ids.includes(a.id) && a.score !== null).map((a) => a.score!);
          const mean = scores.length ? Math.round((scores.reduce((n, s) => n + s, 0) / scores.length) * 10) / 10 : 0;
          return (
            <li key={c.id}>
              {say.scoreSummary(c.name, scores.length, ids.length, formatNumber(mean), passes(mean), `${PASS_SCORE} (${RUBRIC_SCALE[PASS_SCORE]})`)}
            </li>
          );
        })}
      </ul>
      {missing.length ? <MissingFields questions={missing} /> : null}
    </>
  );
}

/** The questions this plan cannot ask yet, with links to what to fill in first. */
export function MissingFields({ questions }: { questions: Question[] }) {
  return (
    <section className="interview-missing" aria-labelledby="eerst-invullen">
      <h3 id="eerst-invullen">{say.missingHeading}</h3>
      <p>{say.missingIntro}</p>
      <ul>
        {questions.map((q) => (
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
  );
}

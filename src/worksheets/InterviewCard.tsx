import { useEffect, useId, useState } from 'react';
import { answerText, competenceOf, levelText, PASS_SCORE, type Question } from '../deck/interview';
import { clock } from '../deck/presenting';
import { RUBRIC_SCALE, RUBRIC_SCORES } from '../plan/exam/rubric';
import type { Plan } from '../plan/model/schema';
import { TextInput } from './fields/TextInput';
import { writePresentationCell } from './presentation-edits';
import * as say from './messages/interview';

/** How long an answer may take before the timer says so: two minutes. */
export const ANSWER_MS = 120_000;

function AnswerTimer() {
  // A new question is a new timer: the card keys it by the question (so this starts at zero).
  const [since] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, []);
  const elapsed = Math.max(0, now - since);
  return (
    <div className={`answer-timer${elapsed > ANSWER_MS ? ' is-over' : ''}`}>
      <span>{say.answerTime}: </span>
      <span role="timer" className="answer-clock">
        {say.answerClock(clock(elapsed), clock(ANSWER_MS))}
      </span>
      {elapsed > ANSWER_MS ? <p role="status">{say.answerOver}</p> : null}
    </div>
  );
}

/** One question to answer: the question, a timer, notes kept with the plan, and a self-score on the rubric's scale. */
export function QuestionCard({
  question,
  number,
  total,
  answers,
}: {
  question: Question;
  number: number;
  total: number;
  answers: Plan['presentatie']['answers'];
}) {
  const id = useId();
  const competence = competenceOf(question.competence);
  const answer = answers.find((a) => a.id === question.id);
  const write = (column: string, value: unknown) => writePresentationCell('answers', question.id, column, value);
  return (
    <article className="interview-card" aria-labelledby={`${id}q`}>
      <p className="interview-position">{say.questionOf(number, total)}</p>
      <p className="interview-competence">{say.competenceLabel(competence.name)}</p>
      <h3 id={`${id}q`} className="interview-question">
        {question.text}
      </h3>
      <AnswerTimer key={question.id} />
      <div className="deck-field">
        <label htmlFor={`${id}n`}>{say.notesLabel}</label>
        <p className="hint" id={`${id}nh`}>
          {say.notesHint}
        </p>
        <TextInput id={`${id}n`} kind="longText" shape="lines" value={answer?.notes ?? ''} describedBy={`${id}nh`} onChange={(text) => write('notes', text)} />
      </div>
      <details className="interview-answers">
        <summary>{say.answersHeading}</summary>
        <ul>
          {RUBRIC_SCORES.map((score) => answerText(competence, score)).map((words, i) =>
            words ? <li key={i}>{say.answerLevel(RUBRIC_SCORES[i]!, words)}</li> : null,
          )}
        </ul>
      </details>
      <fieldset className="interview-score" aria-describedby={`${id}sh`}>
        <legend>{say.scoreLegend(competence.name)}</legend>
        <p className="hint" id={`${id}sh`}>
          {say.scoreHint(PASS_SCORE, RUBRIC_SCALE[PASS_SCORE])}
        </p>
        {RUBRIC_SCORES.map((score) => (
          <label key={score} className={`interview-level${score === PASS_SCORE ? ' is-pass' : ''}`}>
            <input type="radio" name={`${id}s`} value={score} checked={answer?.score === score} onChange={() => write('score', score)} />
            <strong>{say.scoreOption(score, RUBRIC_SCALE[score])}</strong>{' '}
            <span>
              {score === PASS_SCORE ? `${say.passMark} ` : ''}
              {levelText(competence, score)}
            </span>
          </label>
        ))}
        <label className="interview-level">
          <input type="radio" name={`${id}s`} value="" checked={!answer?.score} onChange={() => write('score', null)} />
          <span>{say.clearScore}</span>
        </label>
      </fieldset>
    </article>
  );
}

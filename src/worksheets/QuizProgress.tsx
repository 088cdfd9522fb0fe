import { useEffect, useState } from 'react';
import { scoreLabel, type LessonScore } from '../plan/classroom/quiz';
import { lessonPath, type Step } from '../plan/model/steps';
import { planStore } from '../stores';
import { KEYS } from '../stores/keys';
import { quizStore } from '../stores/quiz';
import { quiz, quizNotDone } from './messages/workbook';

/**
 * "Kennischeck: 3 van 5 in één keer goed" for a step in the workbook's progress, with a link to
 * the lesson's check. Read when shown, and again when a lesson in another tab records an answer.
 */
export function QuizProgress({ step, ready }: { step: Pick<Step, 'id' | 'slug'>; ready: boolean }) {
  const [score, setScore] = useState<LessonScore | null>(null);
  useEffect(() => {
    if (!ready) return;
    const read = () => setScore(quizStore.score(step.id));
    read();
    return planStore.versionHost.onKeyChange((key) => {
      if (key === KEYS.quiz) read();
    });
  }, [ready, step.id]);
  if (!ready) return null;
  return (
    <span className="progress-quiz" data-quiz={step.id}>
      <a href={`${lessonPath(step)}#kennischeck`}>{quiz}</a>: {score ? scoreLabel(score) : quizNotDone}
    </span>
  );
}

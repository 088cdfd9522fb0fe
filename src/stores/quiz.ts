import { emptyQuizState, lessonScore, readQuizState, recordAnswer, resetLesson, type LessonScore, type QuizAnswer, type QuizState } from '../plan/classroom/quiz';
import type { StepId } from '../plan/model/steps';
import { KEYS } from './keys';
import { openStorage, readItem, writeItem } from './storage';

/**
 * The knowledge checks' answers in storage (`accountplan:kennischeck`): the only code that reads
 * or writes them. Loaded by a lesson on its first "Controleer", and by the workbook's progress.
 * Blocked storage keeps the answers for as long as the page is open.
 */
export function createQuizStore(getStorage: () => Storage | null | undefined) {
  let memory: QuizState | null = null;
  let opened: Storage | null | undefined;
  const storage = () => (opened === undefined ? (opened = openStorage(getStorage, KEYS.probe)) : opened);

  function read(): QuizState {
    const s = storage();
    if (!s) return memory ?? emptyQuizState();
    const raw = readItem(s, KEYS.quiz);
    if (raw === null) return emptyQuizState();
    try {
      return readQuizState(JSON.parse(raw));
    } catch {
      return emptyQuizState();
    }
  }

  function write(state: QuizState): void {
    memory = state;
    const s = storage();
    if (s) writeItem(s, KEYS.quiz, JSON.stringify(state));
  }

  return {
    /** Keeps the first answer to a question (`questions`: the ids the lesson has now); returns the lesson's score after it. */
    record(step: StepId, question: string, answer: QuizAnswer, questions: readonly string[]): LessonScore | null {
      const next = recordAnswer(read(), step, question, answer, questions);
      write(next);
      return lessonScore(next, step);
    },
    /** Clears a lesson's answers. */
    reset(step: StepId): void {
      write(resetLesson(read(), step));
    },
    /** The score of one lesson (null when not answered). */
    score(step: StepId): LessonScore | null {
      return lessonScore(read(), step);
    },
  };
}

/** The quiz store of this page. */
export const quizStore = createQuizStore(() => (typeof window === 'undefined' ? null : window.localStorage));

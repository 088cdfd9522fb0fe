import {
  emptyQuizState,
  lessonScore,
  readQuizState,
  recordAnswer,
  resetLesson,
  type LessonScore,
  type QuizAnswer,
  type QuizState,
} from '../plan/classroom/quiz';
import type { StepId } from '../plan/model/steps';
import { jsonEqual } from '../plan/values/json';
import { writeOver } from './write-over';
import { KEYS } from './keys';
import { answersKeptAside } from './messages/quiz';
import { openStorage, readItem } from './storage';

/**
 * The knowledge checks' answers in storage (`accountplan:kennischeck`): the only code that reads
 * or writes them. Loaded by a lesson on its first "Controleer", and by the workbook's progress.
 * Blocked storage keeps the answers for as long as the page is open.
 */
export function createQuizStore(getStorage: () => Storage | null | undefined, now: () => Date = () => new Date()) {
  let memory: QuizState | null = null;
  /** Set when stored answers that did not read were kept aside: said once by {@link keptAside}. */
  let told: string | null = null;
  let opened: Storage | null | undefined;
  const storage = () => (opened === undefined ? (opened = openStorage(getStorage, KEYS.probe)) : opened);

  function read(): QuizState {
    const s = storage();
    if (!s) return memory ?? emptyQuizState();
    const raw = readItem(s, KEYS.quiz);
    if (raw === null) return emptyQuizState();
    return parseQuiz(raw)?.state ?? emptyQuizState();
  }

  function write(state: QuizState): void {
    memory = state;
    const s = storage();
    if (!s) return;
    // Answers stored in a form this code does not read wholly (garbage, a newer version's) are
    // copied aside before they are written over.
    const written = writeOver(s, KEYS.quiz, JSON.stringify(state), (raw) => !!parseQuiz(raw)?.exact, now());
    if (written.ok && written.aside) told = answersKeptAside;
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
    /** Once, after stored answers that did not read were kept aside: a Dutch sentence saying so. */
    keptAside(): string | null {
      const message = told;
      told = null;
      return message;
    },
    /** The score of one lesson (null when not answered). */
    score(step: StepId): LessonScore | null {
      return lessonScore(read(), step);
    },
  };
}

/** Stored answers as they read, and whether that is all of them (`exact`); null when no JSON. */
function parseQuiz(raw: string): { state: QuizState; exact: boolean } | null {
  try {
    const data: unknown = JSON.parse(raw);
    const state = readQuizState(data);
    return { state, exact: jsonEqual(state, data) };
  } catch {
    return null;
  }
}

/** The quiz store of this page. */
export const quizStore = createQuizStore(() => (typeof window === 'undefined' ? null : window.localStorage));

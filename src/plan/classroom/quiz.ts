import { quizScore } from './messages/quiz';
import { STEP_IDS, type StepId } from '../model/steps';

/**
 * The answers a reader gave in the lessons' knowledge checks, and the score per lesson. A question
 * counts the answer of its first "Controleer": trying again teaches, but does not raise the score.
 * Starting the lesson's check over clears its answers. Pure: the quiz store (stores/quiz.ts)
 * keeps this in storage.
 */
export interface QuizAnswer {
  /** The option chosen (its letter). */
  choice: string;
  correct: boolean;
}

export interface LessonAnswers {
  /** How many questions the lesson's check had when last answered. */
  total: number;
  /** First answers by question id. */
  answers: Record<string, QuizAnswer>;
}

export interface QuizState {
  version: 1;
  lessons: Partial<Record<StepId, LessonAnswers>>;
}

export interface LessonScore {
  /** Questions answered right the first time. */
  correct: number;
  /** Questions answered at all. */
  answered: number;
  total: number;
}

export const emptyQuizState = (): QuizState => ({ version: 1, lessons: {} });

const isStep = (id: string): id is StepId => (STEP_IDS as readonly string[]).includes(id);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored answers; whatever does not read is left out (an empty state when nothing reads). */
export function readQuizState(data: unknown): QuizState {
  const state = emptyQuizState();
  if (!isObject(data) || data['version'] !== 1 || !isObject(data['lessons'])) return state;
  for (const [step, lesson] of Object.entries(data['lessons'])) {
    if (!isStep(step) || !isObject(lesson) || !isObject(lesson['answers'])) continue;
    const total = lesson['total'];
    const answers: Record<string, QuizAnswer> = {};
    for (const [id, a] of Object.entries(lesson['answers'])) {
      if (id !== '__proto__' && isObject(a) && typeof a['choice'] === 'string' && typeof a['correct'] === 'boolean')
        answers[id] = { choice: a['choice'], correct: a['correct'] };
    }
    state.lessons[step] = {
      total: typeof total === 'number' && Number.isInteger(total) && total > 0 && total < 100 ? total : Object.keys(answers).length,
      answers,
    };
  }
  return state;
}

/**
 * The state after a "Controleer": the first answer to a question is kept, later ones change
 * nothing (the feedback on screen still answers them). `questions` are the ids of the lesson's
 * questions as the page shows them now: answers to a question the lesson no longer has are dropped,
 * so they do not count in its score.
 */
export function recordAnswer(state: QuizState, step: StepId, question: string, answer: QuizAnswer, questions: readonly string[]): QuizState {
  const current = new Set(questions);
  const before = state.lessons[step]?.answers ?? {};
  const answers: Record<string, QuizAnswer> = {};
  for (const [id, a] of Object.entries(before)) if (current.has(id)) answers[id] = a;
  if (current.has(question) && !Object.hasOwn(answers, question)) answers[question] = answer;
  return { ...state, lessons: { ...state.lessons, [step]: { total: current.size, answers } } };
}

/** The state with a lesson's answers cleared ("Begin opnieuw"). */
export function resetLesson(state: QuizState, step: StepId): QuizState {
  const lessons = { ...state.lessons };
  delete lessons[step];
  return { ...state, lessons };
}

/** The score of one lesson, or null when none of its questions was answered. */
export function lessonScore(state: QuizState, step: StepId): LessonScore | null {
  const lesson = state.lessons[step];
  if (!lesson) return null;
  const answers = Object.values(lesson.answers);
  if (!answers.length) return null;
  return { correct: answers.filter((a) => a.correct).length, answered: answers.length, total: Math.max(lesson.total, answers.length) };
}

/** "3 van 5 in één keer goed", and how many are still open. */
export function scoreLabel(score: LessonScore): string {
  const open = score.total - score.answered;
  return quizScore(score.correct, score.total, open);
}

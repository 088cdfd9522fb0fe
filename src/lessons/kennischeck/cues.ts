import { optionLetter, type QuizQuestion } from './types';

/**
 * How far the form of the options gives the right answer away, over a set of questions: a student
 * who has not read the lesson should not find the right option by its length or its place.
 * test/lessons/kennischeck-cues.test.ts holds all knowledge checks to limits on these figures.
 *
 * Length is counted in characters of the option text, spaces included (trimmed).
 */
export interface AnswerCues {
  /** Questions counted. */
  questions: number;
  /** Questions whose right option is longer than every distractor (options of equal length give no cue). */
  rightIsLongest: number;
  /** Questions whose right option is at least 20% longer than the longest distractor. */
  rightIsMuchLonger: number;
  /** Questions whose right option is shorter than every distractor. */
  rightIsShortest: number;
  /** How often the right answer is at each place: { a: 10, b: 21, … }. */
  positions: Record<string, number>;
  /** Questions with four options, and how many of them have the right answer at d. */
  fourOptions: number;
  rightIsDOfFour: number;
}

/** How much longer the right option is than the longest distractor, as a factor (1.2 = 20% longer). */
export function lengthRatio(question: QuizQuestion): number {
  const right = question.options.find((o) => o.correct);
  const longestDistractor = Math.max(...question.options.filter((o) => !o.correct).map((o) => o.text.trim().length));
  if (!right || !Number.isFinite(longestDistractor) || longestDistractor === 0) return 1;
  return right.text.trim().length / longestDistractor;
}

export function answerCues(questions: readonly QuizQuestion[]): AnswerCues {
  const cues: AnswerCues = {
    questions: questions.length,
    rightIsLongest: 0,
    rightIsMuchLonger: 0,
    rightIsShortest: 0,
    positions: {},
    fourOptions: 0,
    rightIsDOfFour: 0,
  };
  for (const q of questions) {
    const place = q.options.findIndex((o) => o.correct);
    if (place < 0) continue;
    const right = q.options[place]!.text.trim().length;
    const others = q.options.filter((o) => !o.correct).map((o) => o.text.trim().length);
    if (others.every((n) => right > n)) cues.rightIsLongest++;
    if (lengthRatio(q) >= 1.2) cues.rightIsMuchLonger++;
    if (others.every((n) => right < n)) cues.rightIsShortest++;
    const letter = optionLetter(place);
    cues.positions[letter] = (cues.positions[letter] ?? 0) + 1;
    if (q.options.length === 4) {
      cues.fourOptions++;
      if (place === 3) cues.rightIsDOfFour++;
    }
  }
  return cues;
}

import type { StepId } from '../../plan/model/steps';

/**
 * A lesson's knowledge check as data: one module per lesson (src/lessons/kennischeck/<step>.ts),
 * rendered by one component (src/components/Kennischeck.astro) in the lesson, and as answer key on
 * the trainers' page. test/lessons/kennischeck.test.ts keeps every check to the rules below, and
 * ties every question to a learning goal of its lesson.
 */
export interface QuizOption {
  /** The answer as the student reads it. */
  text: string;
  /**
   * Why this answer is right or wrong, in a sentence or two: shown after "Controleer" and in the
   * answer key. The page adds "Goed." or "Niet goed." before it.
   */
  feedback: string;
  /** Exactly one option of a question is right. */
  correct?: true;
}

export interface QuizQuestion {
  /**
   * Stable within the lesson: stored with the student's answers, so a changed question gets a
   * new id and an id is never reused.
   */
  id: string;
  /**
   * The learning goal the question practises: a 1-based index into the lesson's frontmatter
   * `goals` (the list under "Wat je leert"), so 1 is the first goal. Every goal of a lesson has at
   * least one question; the answer key on the trainers' page names the goal.
   */
  goal: number;
  /**
   * A short situation the question applies the step to: a small new case, or a moment in the
   * running case (then `fromCase` is set). At least half of a lesson's questions have one. Without
   * it the question checks understanding.
   */
  situation?: string;
  /**
   * The question works with the running case (Sanne de Wit and Zorggroep Lindenhof): its names
   * and figures come from the example plan (src/lessons/kennischeck/case.ts), and answering it
   * takes a judgement or a sum on the case. Every lesson has one.
   */
  fromCase?: true;
  /** The question, ending in "?". */
  question: string;
  /**
   * Three or four options; the order is the order on screen (A, B, C, D). Write every distractor
   * as a mistake students make (the lesson's "Veelgemaakte fouten"), as long and as complete as
   * the right option: test/lessons/kennischeck-cues.test.ts fails when the right option gives
   * itself away by its length or its place.
   */
  options: QuizOption[];
}

export type Kennischeck = readonly QuizQuestion[];

/** The letter of an option by its position: a, b, c, d. */
export const optionLetter = (index: number) => String.fromCharCode(97 + index);

export type { StepId };

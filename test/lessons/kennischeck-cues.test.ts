import { describe, expect, it } from 'vitest';
import { KENNISCHECK, type QuizQuestion } from '../../src/lessons/kennischeck';
import { answerCues, lengthRatio } from '../../src/lessons/kennischeck/cues';
import { STEPS } from '../../src/plan/model/steps';

/**
 * A knowledge check should test knowledge, not test-taking: a student who has not read the lesson
 * must not find the right option by its length or its place (issue 22 §3). Before the rewrite of
 * December 2026 the right option was the longest in 40 of 49 questions, at least 20% longer than
 * every distractor in 34, and at "b" in 21.
 */
const LIMITS = {
  /** Share of questions whose right option is the longest. */
  longest: 0.3,
  /** Share of questions whose right option is at least 20% longer than every distractor. */
  muchLonger: 0.1,
  /** Share of questions whose right option is the shortest: the opposite cue. */
  shortest: 0.4,
  /** Share of the right answers any one letter may hold. */
  onePlace: 0.4,
  /** Share of the four-option questions that must have the right answer at d. */
  dOfFour: 0.1,
} as const;

const all = STEPS.flatMap((s) => KENNISCHECK[s.id]);

/** A question whose options are given as [text, right?]. */
function question(id: string, ...options: Array<[string, boolean?]>): QuizQuestion {
  return {
    id,
    goal: 1,
    question: 'Welke?',
    options: options.map(([text, correct]) => ({
      text,
      feedback: 'Uitleg bij dit antwoord, lang genoeg om te lezen.',
      ...(correct ? { correct: true as const } : {}),
    })),
  };
}

describe('the cue figures', () => {
  it('count the right option as longest, 20% longer and shortest by its characters, and its place', () => {
    const cues = answerCues([
      question('q1', ['kort'], ['een veel langer goed antwoord', true], ['middel lang']),
      question('q2', ['abcdefghij', true], ['abcdefghi'], ['abc']),
      question('q3', ['abcdefghijkl'], ['abcdefghij'], ['wxyz'], ['abc', true]),
      question('q4', ['aaaa'], ['bbbb', true], ['cccc']),
    ]);
    // q4: options of equal length are neither longest nor shortest.
    expect(cues).toEqual({
      questions: 4,
      rightIsLongest: 2,
      rightIsMuchLonger: 1,
      rightIsShortest: 1,
      positions: { b: 2, a: 1, d: 1 },
      fourOptions: 1,
      rightIsDOfFour: 1,
    });
    expect(lengthRatio(question('r', ['123456789012', true], ['1234567890']))).toBeCloseTo(1.2);
  });

  it('ignore surrounding spaces', () => {
    expect(answerCues([question('s', ['  ab  ', true], ['abc'])]).rightIsShortest).toBe(1);
  });
});

describe('the knowledge checks of all lessons together', () => {
  const cues = answerCues(all);
  const share = (n: number, of = cues.questions) => n / of;

  it(`have the right option as the longest in at most ${LIMITS.longest * 100}% of the questions`, () => {
    expect(share(cues.rightIsLongest), `${cues.rightIsLongest} of ${cues.questions}`).toBeLessThanOrEqual(LIMITS.longest);
  });

  it(`have the right option at least 20% longer than every distractor in at most ${LIMITS.muchLonger * 100}%`, () => {
    const long = all.filter((q) => lengthRatio(q) >= 1.2).map((q) => `${q.id} (+${Math.round((lengthRatio(q) - 1) * 100)}%)`);
    expect(share(cues.rightIsMuchLonger), long.join(', ')).toBeLessThanOrEqual(LIMITS.muchLonger);
  });

  it(`have the right option as the shortest in at most ${LIMITS.shortest * 100}%, so "never the longest" is no cue either`, () => {
    expect(share(cues.rightIsShortest), `${cues.rightIsShortest} of ${cues.questions}`).toBeLessThanOrEqual(LIMITS.shortest);
  });

  it(`spread the right answer: no letter holds more than ${LIMITS.onePlace * 100}%, and d holds at least ${LIMITS.dOfFour * 100}% of the four-option questions`, () => {
    for (const [letter, n] of Object.entries(cues.positions)) expect(share(n), `${letter}: ${n} of ${cues.questions}`).toBeLessThanOrEqual(LIMITS.onePlace);
    expect(cues.fourOptions).toBeGreaterThan(0);
    expect(share(cues.rightIsDOfFour, cues.fourOptions), `d: ${cues.rightIsDOfFour} of ${cues.fourOptions}`).toBeGreaterThanOrEqual(LIMITS.dOfFour);
  });

  // A lesson is answered on its own: the cue must not be concentrated in one lesson either.
  it.each(STEPS.map((s) => [s.slug, s.id] as const))('%s: the right option is the longest in at most half of its questions', (_slug, id) => {
    const lesson = answerCues(KENNISCHECK[id]);
    expect(lesson.rightIsLongest * 2, `${lesson.rightIsLongest} of ${lesson.questions}`).toBeLessThanOrEqual(lesson.questions);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyQuizState, lessonScore, readQuizState, recordAnswer, resetLesson, scoreLabel } from '../../../src/plan/classroom/quiz';

const right = (choice = 'a') => ({ choice, correct: true });
const wrong = (choice = 'b') => ({ choice, correct: false });
/** The ids of a lesson with `n` questions: q1 … qn. */
const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${i + 1}`);

describe('quiz scoring', () => {
  it('has no score for a lesson nobody answered', () => {
    expect(lessonScore(emptyQuizState(), 'envision')).toBeNull();
  });

  it('counts the first answer to each question, right or wrong', () => {
    let state = emptyQuizState();
    state = recordAnswer(state, 'envision', 'q1', right(), ids(5));
    state = recordAnswer(state, 'envision', 'q2', wrong(), ids(5));
    state = recordAnswer(state, 'envision', 'q3', right(), ids(5));
    expect(lessonScore(state, 'envision')).toEqual({ correct: 2, answered: 3, total: 5 });
  });

  it('does not raise the score when a wrong answer is tried again', () => {
    let state = recordAnswer(emptyQuizState(), 'align', 'q1', wrong(), ids(4));
    state = recordAnswer(state, 'align', 'q1', right(), ids(4));
    expect(state.lessons.align!.answers['q1']).toEqual(wrong());
    expect(lessonScore(state, 'align')).toEqual({ correct: 0, answered: 1, total: 4 });
  });

  it('keeps lessons apart, and starting over clears only that lesson', () => {
    let state = recordAnswer(emptyQuizState(), 'align', 'q1', right(), ids(4));
    state = recordAnswer(state, 'develop', 'q1', wrong(), ids(5));
    state = resetLesson(state, 'align');
    expect(lessonScore(state, 'align')).toBeNull();
    expect(lessonScore(state, 'develop')).toEqual({ correct: 0, answered: 1, total: 5 });
    state = recordAnswer(state, 'align', 'q1', right(), ids(4));
    expect(lessonScore(state, 'align')).toEqual({ correct: 1, answered: 1, total: 4 });
  });

  it('drops the answer to a question the lesson no longer has, so the score counts only its questions', () => {
    let state = recordAnswer(emptyQuizState(), 'envision', 'oud', right(), ['oud', 'q2', 'q3', 'q4', 'q5']);
    state = recordAnswer(state, 'envision', 'q2', wrong(), ['oud', 'q2', 'q3', 'q4', 'q5']);
    expect(lessonScore(state, 'envision')).toEqual({ correct: 1, answered: 2, total: 5 });
    // The lesson's next version has no question "oud" but two new ones.
    state = recordAnswer(state, 'envision', 'q6', right(), ['q2', 'q3', 'q4', 'q5', 'q6', 'q7']);
    expect(Object.keys(state.lessons.envision!.answers)).toEqual(['q2', 'q6']);
    expect(lessonScore(state, 'envision')).toEqual({ correct: 1, answered: 2, total: 6 });
  });

  it('follows the number of questions when a lesson gets more', () => {
    let state = recordAnswer(emptyQuizState(), 'adapt', 'q1', right(), ids(4));
    state = recordAnswer(state, 'adapt', 'q1', right(), ids(5));
    expect(lessonScore(state, 'adapt')!.total).toBe(5);
  });

  it.each([
    [{ correct: 3, answered: 5, total: 5 }, '3 van 5 in één keer goed'],
    [{ correct: 2, answered: 4, total: 5 }, '2 van 5 in één keer goed (nog 1 vraag open)'],
    [{ correct: 0, answered: 1, total: 5 }, '0 van 5 in één keer goed (nog 4 vragen open)'],
  ])('says %o as "%s"', (score, label) => {
    expect(scoreLabel(score)).toBe(label);
  });
});

describe('stored answers', () => {
  it('read back what was written', () => {
    const state = recordAnswer(recordAnswer(emptyQuizState(), 'envision', 'q1', right(), ids(5)), 'actie', 'q2', wrong('c'), ids(5));
    expect(readQuizState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it.each([
    ['not an object', 'kapot'],
    ['another version', { version: 2, lessons: {} }],
    ['an unknown lesson', { version: 1, lessons: { onbekend: { total: 3, answers: { q1: { choice: 'a', correct: true } } } } }],
    ['an answer without its result', { version: 1, lessons: { envision: { total: 3, answers: { q1: { choice: 'a' } } } } }],
  ])('leave out what does not read: %s', (_name, data) => {
    const state = readQuizState(data);
    expect(Object.values(state.lessons).flatMap((l) => Object.keys(l!.answers))).toEqual([]);
  });
});

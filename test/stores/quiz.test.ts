import { describe, expect, it } from 'vitest';
import { KEYS } from '../../src/stores/keys';
import { createQuizStore } from '../../src/stores/quiz';
import { FakeStorageArea } from './fake-storage';

/** The question ids of a lesson with five questions. */
const Q5 = ['q1', 'q2', 'q3', 'q4', 'q5'];

describe('the quiz store', () => {
  it('keeps the answers under its own key, so the workbook reads the score another page recorded', () => {
    const area = new FakeStorageArea();
    const lesson = createQuizStore(() => area.tab());
    expect(lesson.record('envision', 'q1', { choice: 'a', correct: true }, Q5)).toEqual({ correct: 1, answered: 1, total: 5 });
    lesson.record('envision', 'q2', { choice: 'c', correct: false }, Q5);
    expect([...area.data.keys()]).toContain(KEYS.quiz);
    const workbook = createQuizStore(() => area.tab());
    expect(workbook.score('envision')).toEqual({ correct: 1, answered: 2, total: 5 });
    workbook.reset('envision');
    expect(createQuizStore(() => area.tab()).score('envision')).toBeNull();
  });

  it('keeps answers in memory where storage is blocked', () => {
    const store = createQuizStore(() => {
      throw new Error('blocked');
    });
    store.record('align', 'q1', { choice: 'b', correct: true }, Q5);
    expect(store.score('align')).toEqual({ correct: 1, answered: 1, total: 5 });
  });

  it('starts empty when what is stored does not read', () => {
    const area = new FakeStorageArea();
    area.data.set(KEYS.quiz, '{kapot');
    expect(createQuizStore(() => area.tab()).score('envision')).toBeNull();
  });
});

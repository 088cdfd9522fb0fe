import type { StepId } from '../../plan/model/steps';

/**
 * Ids of questions that were removed or whose meaning changed. Answers are stored by question id
 * (src/stores/quiz.ts), so an id is never used again for another question:
 * test/lessons/kennischeck.test.ts fails when a current question has one of these ids.
 */
export const RETIRED_QUESTION_IDS: Readonly<Record<StepId, readonly string[]>> = {
  envision: ['cijfers-bron'],
  schedule: [],
  discover: ['drie-c', 'sturen-op-kosten'],
  klantplan: [],
  align: ['raci-a'],
  develop: ['smart-doel', 'nulmeting'],
  adapt: [],
  inspire: ['partner'],
  actie: ['een-eigenaar'],
};

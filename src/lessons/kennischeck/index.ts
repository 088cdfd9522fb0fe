import type { StepId } from '../../plan/model/steps';
import { actie } from './actie';
import { adapt } from './adapt';
import { align } from './align';
import { develop } from './develop';
import { discover } from './discover';
import { envision } from './envision';
import { inspire } from './inspire';
import { klantplan } from './klantplan';
import { schedule } from './schedule';
import type { Kennischeck } from './types';

/** The knowledge check of every lesson, by step: the lessons and the trainers' answer key read it. */
export const KENNISCHECK: Readonly<Record<StepId, Kennischeck>> = { envision, schedule, discover, klantplan, align, develop, adapt, inspire, actie };

export { optionLetter, type Kennischeck, type QuizOption, type QuizQuestion } from './types';

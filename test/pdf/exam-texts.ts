import { EXAM_APPENDICES, EXAM_CHAPTERS, EXAM_COVER } from '../../src/plan/exam/exam';
import type { Plan } from '../../src/plan/model/schema';
import { fieldTexts } from './fixtures';

/**
 * Every text the reader typed (plus amounts and dates as printed), in the order of the exam
 * chapters: the cover, the chapters, the appendices. The SWOT lists print side by side, so they
 * count as one field here: strengths and weaknesses, then opportunities and threats.
 */
export function examTypedTexts(plan: Plan): string[] {
  const parts = [EXAM_COVER, ...EXAM_CHAPTERS.flatMap((c) => c.parts), ...EXAM_APPENDICES.flatMap((a) => a.parts)];
  return parts.flatMap((part) => part.fields.flatMap((key) => fieldTexts(plan, part.section, key)));
}

import { EXAM_PAGES } from '../plan/exam/exam';
import { estimateExamPages } from '../plan/exam/exam-pages';
import type { Plan } from '../plan/model/schema';
import * as say from './messages/workbook';

/**
 * How long the plan is as an exam plan, estimated from what the worksheets hold, against the
 * exam's 10 to 25 pages plus at most 5 pages of appendices. The reader's own introductions and
 * explanations come on top; the PDF in exam order gives the exact count.
 */
export function ExamEstimate({ ready, plan }: { ready: boolean; plan: Plan }) {
  const estimate = ready ? estimateExamPages(plan) : null;
  let advice = '';
  if (estimate) {
    if (estimate.verdict === 'kort') advice = say.examTooShort(EXAM_PAGES.min);
    else if (estimate.verdict === 'lang') advice = say.examTooLong(EXAM_PAGES.max);
    else advice = say.examFits(EXAM_PAGES.min, EXAM_PAGES.max);
    if (estimate.appendicesTooLong) advice += say.appendicesTooLong(EXAM_PAGES.appendixMax);
  }
  return (
    <div className="exam-estimate">
      <h3 id="omvang">{say.examSizeTitle}</h3>
      <p aria-live="polite">{estimate ? say.examEstimate(estimate.body, estimate.appendices, advice) : say.examSizeLoading}</p>
    </div>
  );
}

/**
 * The appendix "Feedback van je trainer": every feedback the plan received, with the overall
 * comment, the rubric scores and each comment under the place it is about, marked when the
 * student has dealt with it. Pure: the feedback comes in through the PDF's options.
 */
import { formatDateNl } from '../plan/values/dates';
import type { Feedback, FeedbackComment } from '../plan/feedback/feedback';
// The words only: the feedback module itself (links, reading files) is not needed to print feedback.
import { feedbackFrom } from '../plan/feedback/messages/feedback';
import { sectionFields } from '../plan/model/field-entries';
import { competence } from '../plan/exam/rubric';
import { scoreOutOf5, stepHeading } from '../plan/messages';
import { STEPS } from '../plan/model/steps';
import type { SectionContext } from './fields';
import * as say from './messages';
import { pairs } from './table';
import { SPACE, TEXT } from './style';

/** One feedback with what the student marked done (the overall comment as `algemeen`). */
export interface FeedbackForPdf {
  feedback: Feedback;
  done: string[];
}

const day = (stamp: string) => (stamp ? formatDateNl(stamp.slice(0, 10)) : '');

function place(comment: FeedbackComment): string {
  const step = STEPS.find((s) => s.id === comment.section);
  const section = step ? stepHeading(step.number, step.name) : say.coverPlace;
  if (!comment.field) return say.wholeStep(section);
  const label = sectionFields(comment.section).find((f) => f.key === comment.field)?.info.label ?? comment.field;
  return say.fieldPlace(section, label);
}

export function drawFeedback(ctx: SectionContext, items: readonly FeedbackForPdf[]): void {
  const { w } = ctx;
  w.paragraph(say.feedbackIntro, TEXT.bodyMuted).draw();
  for (const { feedback, done } of items) {
    const title = `${feedbackFrom(feedback.trainer)}${feedback.createdAt ? `, ${day(feedback.createdAt)}` : ''}`;
    const about = feedback.plan.updatedAt ? say.aboutPlanOn(day(feedback.plan.updatedAt)) : '';
    w.heading(w.cleaner.typed(title), TEXT.h2, SPACE.beforeH2, about ? w.paragraph(about, TEXT.bodyMuted) : undefined);
    const mark = (id: string) => (done.includes(id) ? say.doneMark : '');
    if (feedback.overall) w.heading(`${say.overallComment}${mark('algemeen')}`, TEXT.h3, SPACE.beforeH3, w.paragraph(w.cleaner.typed(feedback.overall)));
    const scores = Object.entries(feedback.scores).flatMap(([id, score]) => {
      const c = competence(id);
      return c ? [{ label: c.name, value: scoreOutOf5(score) }] : [];
    });
    if (scores.length) w.heading(say.scoresTitle, TEXT.h3, SPACE.beforeH3, pairs(w, scores));
    for (const comment of feedback.comments) {
      w.heading(`${place(comment)}${mark(comment.id)}`, TEXT.h3, SPACE.beforeH3, w.paragraph(w.cleaner.typed(comment.text)));
    }
  }
}

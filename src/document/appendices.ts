/**
 * The chapters after the plan: the open points of the workbook's checks (working copy), the
 * sources (in the order of the steps; in exam order they are an appendix of their own), and the
 * trainer's feedback with the rubric scores and each comment under the place it is about.
 */
import { formatDateNl } from '../plan/values/dates';
import type { Feedback, FeedbackComment } from '../plan/feedback/feedback';
import { scoreOutOf5, stepHeading } from '../plan/messages';
import { STEPS, type StepId } from '../plan/model/steps';
import { paragraph, type Context } from './fields';
import { chapter } from './chapters';
import { sourcesTable } from './layouts';
import * as say from './messages';
import type { Block, Chapter, HeadingRole } from './types';
import { isWritten, sectionFields } from './words';

/** A problem of a check that fails, as the workbook passes it; a point without a step is general. */
export interface OpenPoint {
  message: string;
  step: StepId | null;
}

/** A self-check of a lesson ("zelf nagaan"). */
export interface SelfCheck {
  text: string;
  step: StepId;
}

/**
 * One feedback with what the student marked done (the overall comment as `algemeen`), its heading
 * ("Feedback van Marieke Bos") and the rubric's name of each competence by id (feedback-input.ts
 * adds them where the feedback is read, so the documents' code carries neither the rubric nor the
 * feedback's words); a score of a competence without a name is left out.
 */
export interface FeedbackForDocument {
  feedback: Feedback;
  done: readonly string[];
  title: string;
  competences: Readonly<Record<string, string>>;
}

const heading = (title: string, role: HeadingRole, body: Block[], source?: 'typed'): Block => ({
  kind: 'titled',
  title,
  role,
  ...(source ? { source } : {}),
  body,
});

/** The heading of a step's points, or "Algemeen" for points of no step. */
const stepPoints = (id: StepId | null) => {
  const step = STEPS.find((s) => s.id === id);
  return step ? stepHeading(step.number, step.name) : say.general;
};

/** Items grouped by step, in step order; items without a step come last. */
function byStep<T extends { step: StepId | null }>(items: readonly T[]): Array<[StepId | null, T[]]> {
  const order: Array<StepId | null> = [...STEPS.map((s) => s.id), null];
  return order.flatMap((id) => {
    const own = items.filter((i) => i.step === id);
    return own.length ? [[id, own] as [StepId | null, T[]]] : [];
  });
}

/**
 * "Open punten": every problem of a failing check, per step, then the self-checks. It says that
 * the checks pass only when the list of problems is empty.
 */
export function openPointsChapter(openPoints: readonly OpenPoint[], selfChecks: readonly SelfCheck[]): Chapter {
  // Two checks can report the same thing ("no objectives yet"): show it once.
  const seen = new Set<string>();
  const points = openPoints.filter((p) => {
    const key = `${p.step}|${p.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const body: Block[] = points.length
    ? [
        paragraph(say.openPointsIntro(points.length)),
        ...byStep(points).map(([step, items]) =>
          heading(stepPoints(step), 'points', [{ kind: 'bullets', items: items.map((p) => p.message), source: 'quoted' }]),
        ),
      ]
    : [paragraph(say.allChecksPass)];
  if (selfChecks.length) {
    body.push(heading(say.selfChecksTitle, 'field', [paragraph(say.selfChecksIntro)]));
    for (const [step, items] of byStep(selfChecks)) body.push(heading(stepPoints(step), 'sub', [{ kind: 'bullets', items: items.map((i) => i.text) }]));
  }
  return chapter({ title: say.openPointsTitle, kicker: say.openPointsKicker, body });
}

/** The appendix "Bronnen" of the order of the steps; when there are none, only if empty fields are shown. */
export function sourcesChapter(ctx: Context): Chapter[] {
  const table = sourcesTable(ctx.plan);
  if (!table && !ctx.showEmpty) return [];
  const body = table ? [paragraph(say.sourcesIntro, 'muted'), table] : [paragraph(say.notFilled, 'muted')];
  return [chapter({ title: say.sourcesTitle, kicker: say.appendixKicker, body })];
}

const day = (stamp: string) => (stamp ? formatDateNl(stamp.slice(0, 10)) : '');

function place(comment: FeedbackComment): string {
  // A comment on the presentation is named as such: the written plan does not carry its words.
  if (!isWritten(comment.section)) return say.presentationPlace;
  const step = STEPS.find((s) => s.id === comment.section);
  const section = step ? stepHeading(step.number, step.name) : say.coverPlace;
  if (!comment.field) return say.wholeStep(section);
  const label = sectionFields(comment.section).find((f) => f.key === comment.field)?.info.label ?? comment.field;
  return say.fieldPlace(section, label);
}

/** The appendix "Feedback van je trainer": every feedback, its overall comment, scores and comments, marked where done. */
export function feedbackChapter(items: readonly FeedbackForDocument[]): Chapter {
  const body: Block[] = [paragraph(say.feedbackIntro, 'muted')];
  for (const { feedback, done, competences, title: from } of items) {
    const title = `${from}${feedback.createdAt ? `, ${day(feedback.createdAt)}` : ''}`;
    const about = feedback.plan.updatedAt ? [paragraph(say.aboutPlanOn(day(feedback.plan.updatedAt)), 'muted')] : [];
    body.push(heading(title, 'field', about, 'typed'));
    const mark = (id: string) => (done.includes(id) ? say.doneMark : '');
    const typed = (text: string): Block => ({ kind: 'paragraph', text, tone: 'body', source: 'typed' });
    if (feedback.overall) body.push(heading(`${say.overallComment}${mark('algemeen')}`, 'sub', [typed(feedback.overall)]));
    const scores = Object.entries(feedback.scores).flatMap(([id, score]) => {
      const name = competences[id];
      return name ? [{ label: name, value: scoreOutOf5(score) }] : [];
    });
    if (scores.length) body.push(heading(say.scoresTitle, 'sub', [{ kind: 'pairs', items: scores }]));
    for (const comment of feedback.comments) body.push(heading(`${place(comment)}${mark(comment.id)}`, 'sub', [typed(comment.text)]));
  }
  return chapter({ title: say.feedbackTitle, kicker: say.appendixKicker, body });
}

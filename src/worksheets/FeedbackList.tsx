import { useStore } from './use-store';
import { useState } from 'react';
import { formatDateNl } from '../plan/values/dates';
import { feedbackFrom, type FeedbackComment } from '../plan/feedback/feedback';
import { fieldAnchor } from '../plan/model/fields';
import { stepHeading } from '../plan/messages';
import { competence } from '../plan/exam/rubric';
import type { SectionId } from '../plan/model/schema';
import { lessonPath, STEPS, worksheetPath } from '../plan/model/steps';
import { OVERALL, type ReceivedFeedback } from '../stores/feedback';
import { feedbackStore } from '../stores/feedback-instance';
import { cancel } from './messages';
import * as say from './messages/feedback-list';
import './feedback.css';

/** The label of a field (`field` set) or the name of a section, as the page that shows the list knows them. */
export type LabelOf = (section: SectionId, field: string | null) => string;

const day = (stamp: string) => (stamp ? formatDateNl(stamp.slice(0, 10)) : '');

/** Where a comment's place is: the field on its worksheet (cover fields: in the workbook), or the worksheet of the step. */
export function commentHref(comment: Pick<FeedbackComment, 'section' | 'field'>): string {
  const step = STEPS.find((s) => s.id === comment.section);
  if (!step) return comment.field ? `/werkboek/#${fieldAnchor(comment.field)}` : '/werkboek/#voorblad';
  return comment.field ? `${lessonPath(step)}#${fieldAnchor(comment.field)}` : worksheetPath(step);
}

/** "Stap 1 · Envision" or "Voorblad". */
export function sectionName(section: SectionId): string {
  const step = STEPS.find((s) => s.id === section);
  return step ? stepHeading(step.number, step.name) : say.cover;
}

/**
 * One comment of a trainer, with "Verwerkt" to mark it done. `where` and `href` name and link its
 * place (in the workbook's list; at a field it is where it belongs already).
 */
export function CommentNote(props: { planId: string; received: ReceivedFeedback; id: string; text: string; about: string; where?: string; href?: string }) {
  const { planId, received, id, text, about, where, href } = props;
  const done = received.done.includes(id);
  return (
    <div className={`feedback-note${done ? ' done' : ''}`} data-feedback-comment={id}>
      <p className="feedback-note-from">
        {feedbackFrom(received.feedback)}
        {where ? (
          <>
            {' · '}
            {href ? <a href={href}>{where}</a> : where}
          </>
        ) : null}
      </p>
      <p className="feedback-note-text">{text}</p>
      <label>
        <input type="checkbox" checked={done} onChange={(e) => feedbackStore.setDone(planId, received.feedback.id, id, e.currentTarget.checked)} /> {say.done}
        <span className="sr-only">{say.commentAbout(about)}</span>
      </label>
    </div>
  );
}

/** Every feedback a plan received, newest last: the overall comment, the scores, and each comment with a link to its place. */
export function FeedbackList({ planId, labelOf }: { planId: string; labelOf: LabelOf }) {
  useStore(feedbackStore.$revision);
  const list = feedbackStore.feedbackOf(planId);
  if (!list.length) return <p className="feedback-none">{say.noFeedback}</p>;
  return (
    <>
      {list.map((received) => (
        <FeedbackItem key={received.feedback.id} planId={planId} received={received} labelOf={labelOf} />
      ))}
    </>
  );
}

function FeedbackItem({ planId, received, labelOf }: { planId: string; received: ReceivedFeedback; labelOf: LabelOf }) {
  const [confirming, setConfirming] = useState(false);
  const fb = received.feedback;
  const ids = [...(fb.overall ? [OVERALL] : []), ...fb.comments.map((c) => c.id)];
  const done = ids.filter((id) => received.done.includes(id)).length;
  const scores = Object.entries(fb.scores).flatMap(([id, score]) => {
    const c = competence(id);
    return c ? [{ name: c.name, score }] : [];
  });
  const place = (c: FeedbackComment) => (c.field ? say.fieldPlace(sectionName(c.section), labelOf(c.section, c.field)) : say.stepPlace(sectionName(c.section)));
  return (
    <article className="feedback-item" data-feedback={fb.id}>
      <h3>
        {feedbackFrom(fb)}
        {fb.createdAt ? `, ${day(fb.createdAt)}` : ''}
      </h3>
      <p>
        {say.doneCount(done, ids.length)}
        {fb.plan.updatedAt ? say.aboutPlanOf(day(fb.plan.updatedAt)) : ''}
      </p>
      {fb.overall ? <CommentNote planId={planId} received={received} id={OVERALL} text={fb.overall} about={say.wholePlan} where={say.overallComment} /> : null}
      {scores.length ? (
        <table className="feedback-scores">
          <caption className="sr-only">{say.scoresCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{say.competence}</th>
              <th scope="col">{say.score}</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((s) => (
              <tr key={s.name}>
                <td>{s.name}</td>
                <td>{s.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {fb.comments.length ? (
        <ul className="feedback-list">
          {fb.comments.map((c) => (
            <li key={c.id}>
              <CommentNote planId={planId} received={received} id={c.id} text={c.text} about={place(c)} where={place(c)} href={commentHref(c)} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => feedbackStore.remove(planId, fb.id)}>
              {say.confirmRemove}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {cancel}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {say.remove}
          </button>
        )}
      </p>
    </article>
  );
}

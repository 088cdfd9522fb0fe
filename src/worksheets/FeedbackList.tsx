import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { formatDateNl } from '../plan/dates';
import { feedbackFrom, type FeedbackComment } from '../plan/feedback';
import { fieldAnchor } from '../plan/fields';
import { competence } from '../plan/rubric';
import type { SectionId } from '../plan/schema';
import { lessonPath, STEPS, worksheetPath } from '../plan/steps';
import { OVERALL, type ReceivedFeedback } from '../stores/feedback';
import { feedbackStore } from '../stores/feedback-instance';
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
  return step ? `Stap ${step.number} · ${step.name}` : 'Voorblad';
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
        <input type="checkbox" checked={done} onChange={(e) => feedbackStore.setDone(planId, received.feedback.id, id, e.currentTarget.checked)} /> Verwerkt
        <span className="sr-only"> (opmerking bij {about})</span>
      </label>
    </div>
  );
}

/** Every feedback a plan received, newest last: the overall comment, the scores, and each comment with a link to its place. */
export function FeedbackList({ planId, labelOf }: { planId: string; labelOf: LabelOf }) {
  useStore(feedbackStore.$revision);
  const list = feedbackStore.feedbackOf(planId);
  if (!list.length) return <p className="feedback-none">Er is nog geen feedback op dit plan.</p>;
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
  const place = (c: FeedbackComment) => (c.field ? `${sectionName(c.section)} › ${labelOf(c.section, c.field)}` : `${sectionName(c.section)} (de hele stap)`);
  return (
    <article className="feedback-item" data-feedback={fb.id}>
      <h3>
        {feedbackFrom(fb)}
        {fb.createdAt ? `, ${day(fb.createdAt)}` : ''}
      </h3>
      <p>
        {done} van {ids.length} verwerkt.
        {fb.plan.updatedAt ? ` De opmerkingen gaan over je plan zoals het was op ${day(fb.plan.updatedAt)}; wat je daarna veranderde, zag je trainer niet.` : ''}
      </p>
      {fb.overall ? <CommentNote planId={planId} received={received} id={OVERALL} text={fb.overall} about="het hele plan" where="Algemene opmerking" /> : null}
      {scores.length ? (
        <table className="feedback-scores">
          <caption className="sr-only">Beoordeling per competentie, op een schaal van 1 tot 5</caption>
          <thead>
            <tr>
              <th scope="col">Competentie</th>
              <th scope="col">Score (1–5)</th>
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
              Ja, verwijder deze feedback
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Annuleer
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Verwijder deze feedback
          </button>
        )}
      </p>
    </article>
  );
}

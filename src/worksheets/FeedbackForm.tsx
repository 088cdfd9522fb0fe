import { useEffect, useId, useRef, useState } from 'react';
import { targetKey, type FeedbackDraft } from '../plan/feedback/feedback';
import { COMPETENCES, RUBRIC_SCORES, type RubricScore } from '../plan/exam/rubric';
import type { Plan, SectionId } from '../plan/model/schema';
import { feedbackStore } from '../stores/feedback-instance';
import * as say from './messages/feedback-form';
import { MakeLink } from './FeedbackMakeLink';
import { PlanView } from './PlanView';
import './feedback.css';

/** How long after the last keystroke the unfinished feedback is written. */
const SAVE_DELAY = 300;

/**
 * "Geef feedback" on a shared plan: the plan as on the shared page, with a comment box under every
 * field and at the end of every step, then an overall comment and the rubric's scores. What the
 * trainer types is kept in this browser until they come back ("concept"); "Maak feedbacklink"
 * makes a link and a JSON file for the student. The plan itself is never changed.
 */
export default function FeedbackForm({ plan }: { plan: Plan }) {
  // The draft as it was when the form opened fills the boxes; boxes keep their own text and write
  // it into a working copy, so typing in one box does not render the plan again. (The shared page
  // keys the form by the plan's id: another plan is another form.)
  const [initial] = useState<FeedbackDraft>(() => feedbackStore.readDraft(plan.id));
  const working = useRef<FeedbackDraft | null>(null);
  const draft = () => (working.current ??= structuredClone(initial));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [saveProblem, setSaveProblem] = useState(false);
  const save = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaveProblem(!feedbackStore.saveDraft(plan.id, draft())), SAVE_DELAY);
  };
  useEffect(() => {
    const flush = () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      feedbackStore.saveDraft(plan.id, draft());
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- draft() reads a ref, the same for the form's life
  }, [plan.id]);

  const setComment = (section: SectionId, field: string | null, text: string) => {
    draft().comments[targetKey(section, field)] = text;
    save();
  };
  const trainerId = useId();
  return (
    <div className="feedback-form">
      <p>{say.intro(plan.cover.author.trim())}</p>
      {saveProblem ? (
        <p role="alert" className="feedback-problem">
          {say.notKept}
        </p>
      ) : null}
      <p className="feedback-jump">
        {/* A button, not a link to #…: this page's address holds the plan. */}
        <button
          type="button"
          onClick={() => {
            const heading = document.getElementById('feedback-algemeen');
            heading?.scrollIntoView({ block: 'start' });
            heading?.focus({ preventScroll: true });
          }}
        >
          {say.toOverall}
        </button>
      </p>
      <p className="feedback-field">
        <label htmlFor={trainerId}>{say.trainerName}</label>
        <DraftText
          id={trainerId}
          initial={initial.trainer}
          onChange={(text) => {
            draft().trainer = text;
            save();
          }}
        />
      </p>
      <PlanView
        plan={plan}
        annotate={(section, field, label) => (
          <CommentBox
            key={targetKey(section, field)}
            section={section}
            field={field}
            label={label}
            initial={initial.comments[targetKey(section, field)] ?? ''}
            onChange={(text) => setComment(section, field, text)}
          />
        )}
      />
      <section className="feedback-overall" aria-labelledby="feedback-algemeen">
        <h2 id="feedback-algemeen" tabIndex={-1}>
          {say.overallTitle}
        </h2>
        <CommentBox
          section="cover"
          field={null}
          label={say.wholePlan}
          labelText={say.overallComment}
          open
          initial={initial.overall}
          onChange={(text) => {
            draft().overall = text;
            save();
          }}
        />
        <Rubric
          initial={initial.scores}
          onChange={(id, score) => {
            if (score === null) delete draft().scores[id];
            else draft().scores[id] = score;
            save();
          }}
        />
      </section>
      <MakeLink plan={plan} draft={draft} />
    </div>
  );
}

/** A text box that keeps its own text and reports every change. No maxLength: a pasted text is never cut without a word; "Maak feedbacklink" says which box is too long. */
function DraftText({ id, initial, onChange, multiline }: { id: string; initial: string; onChange: (text: string) => void; multiline?: boolean }) {
  const [text, setText] = useState(initial);
  const props = {
    id,
    value: text,
    onChange: (e: { currentTarget: { value: string } }) => {
      setText(e.currentTarget.value);
      onChange(e.currentTarget.value);
    },
  };
  return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
}

/**
 * "Opmerking bij Ambitie": a comment at a field, or at a whole step. Closed until the trainer
 * opens it (a small button with the same words), so ninety boxes do not make the plan unreadable;
 * a box with text in it (a draft from before) is open. `open` starts it open (the overall comment).
 */
function CommentBox(props: {
  section: SectionId;
  field: string | null;
  label: string;
  labelText?: string;
  initial: string;
  onChange: (text: string) => void;
  open?: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(props.open || props.initial.trim() !== '');
  const label = props.labelText ?? say.commentAt(props.label, props.field === null && props.section !== 'cover');
  if (!open) {
    return (
      <p className={`feedback-add${props.field === null ? ' feedback-add-step' : ''}`}>
        <button
          type="button"
          className="feedback-open"
          onClick={() => {
            setOpen(true);
            // The box takes the focus once it is there.
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }}
        >
          <span aria-hidden="true">+ </span>
          {say.addComment}
          <span className="sr-only"> {label.slice(say.addComment.length).trim()}</span>
        </button>
      </p>
    );
  }
  return (
    <p className={`feedback-box${props.field === null ? ' feedback-box-step' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <DraftText id={id} initial={props.initial} multiline onChange={props.onChange} />
    </p>
  );
}

/** The rubric's competences, each scored 1–5 or left open. */
function Rubric({ initial, onChange }: { initial: Record<string, RubricScore>; onChange: (id: string, score: RubricScore | null) => void }) {
  const [scores, setScores] = useState(initial);
  const base = useId();
  return (
    <fieldset className="feedback-rubric">
      <legend>{say.rubricLegend}</legend>
      <p className="field-hint">
        {say.rubricHintBefore} <a href="/trainers/#rubric">{say.rubricHintLink}</a>
        {say.rubricHintAfter}
      </p>
      {COMPETENCES.map((c) => (
        <p key={c.id} className="feedback-score">
          <label htmlFor={`${base}${c.id}`}>{say.scoreFor(c.name)}</label>
          <select
            id={`${base}${c.id}`}
            value={scores[c.id] ?? ''}
            onChange={(e) => {
              const score = e.currentTarget.value ? (Number(e.currentTarget.value) as RubricScore) : null;
              const next = { ...scores };
              if (score === null) delete next[c.id];
              else next[c.id] = score;
              setScores(next);
              onChange(c.id, score);
            }}
          >
            <option value="">{say.noScore}</option>
            {RUBRIC_SCORES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </p>
      ))}
    </fieldset>
  );
}

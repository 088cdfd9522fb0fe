import { useId } from 'react';
import type { LaidSlide } from '../deck/layout';
import type { Slide } from '../deck/model';
import type { Plan } from '../plan/model/schema';
import { writePresentationCell } from './presentation-edits';
import { SlideView } from './PresentationSlide';
import { TextInput } from './fields/TextInput';
import * as say from './messages/presentation-slides';

/**
 * One slide in the overview of /presentatie/: the slide as it will look, whether it takes part,
 * its title and its speaker notes, both generated from the plan until the student rewrites them.
 * A text equal to the generated one is stored as empty, so it keeps following the plan.
 */
export function SlideEditor({
  slide,
  own,
  laid,
  number,
  total,
  forCustomer,
}: {
  /** The slide as built a moment ago (its generated title and notes, its picture). */
  slide: Slide;
  /** What the student stored for it now: the fields show this as typed. */
  own: Plan['presentatie']['slides'][number] | null;
  laid: LaidSlide | null;
  number: number | null;
  total: number;
  forCustomer: boolean;
}) {
  const id = useId();
  const off = own?.off === true;
  const leftOut = off || (forCustomer && slide.internal);
  const heading = off ? say.slideOff(slide.name) : forCustomer && slide.internal ? say.slideInternal(slide.name) : say.slideHeading(number ?? 0, slide.name);
  const title = own?.title.trim() ? own.title : slide.generatedTitle;
  const notes = own?.notes.trim() ? own.notes : slide.generatedNotes;
  const write = (column: string, value: unknown) => writePresentationCell('slides', slide.id, column, value);
  return (
    <li className={`deck-editor${leftOut ? ' is-left-out' : ''}`} id={`dia-${slide.id}`}>
      <h3>{heading}</h3>
      {laid && number !== null ? <SlideView laid={laid} label={say.slidePicture(number, total, slide.title)} /> : null}
      {laid?.shortened.length ? <p className="deck-hint">{say.shortenedNote}</p> : null}
      <label className="inline-option">
        <input type="checkbox" checked={!off} onChange={(e) => write('off', !e.currentTarget.checked)} />
        {say.showSlide}
      </label>
      <div className="deck-field">
        <label htmlFor={`${id}t`}>{say.titleLabel}</label>
        <p className="hint" id={`${id}th`}>
          {say.titleHint}
        </p>
        <TextInput
          id={`${id}t`}
          kind="text"
          shape="wrap"
          value={title}
          describedBy={`${id}th`}
          onChange={(text) => write('title', text.trim() === slide.generatedTitle ? '' : text)}
        />
        {own?.title.trim() ? (
          <button type="button" className="action-button secondary" aria-label={say.useGeneratedTitle(slide.name)} onClick={() => write('title', '')}>
            {say.useGenerated}
          </button>
        ) : null}
      </div>
      <div className="deck-field">
        <label htmlFor={`${id}n`}>{say.notesLabel}</label>
        <p className="hint" id={`${id}nh`}>
          {say.notesHint}
        </p>
        <TextInput
          id={`${id}n`}
          kind="longText"
          shape="lines"
          value={notes}
          describedBy={`${id}nh`}
          onChange={(text) => write('notes', text.trim() === slide.generatedNotes.trim() ? '' : text)}
        />
        {own?.notes.trim() ? (
          <button type="button" className="action-button secondary" aria-label={say.useGeneratedNotes(slide.name)} onClick={() => write('notes', '')}>
            {say.useGenerated}
          </button>
        ) : null}
      </div>
    </li>
  );
}

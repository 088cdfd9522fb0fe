import { useStore } from './use-store';
import { Fragment } from 'react';
import { $preferences } from '../stores/preferences';
import * as say from './messages/pdf-options';

type Preferences = ReturnType<typeof $preferences.get>;

/** Each option: a preference with two values, the one a ticked box means, and its words. */
const OPTIONS: ReadonlyArray<
  { [K in keyof Preferences]: { key: K; on: Preferences[K]; off: Preferences[K]; label: string; hint?: { id: string; text: string } } }[keyof Preferences]
> = [
  { key: 'pdfEmptyFields', on: 'show', off: 'hide', label: say.showEmptyFields },
  { key: 'pdfOrder', on: 'exam', off: 'steps', label: say.examOrder, hint: { id: 'pdf-examenindeling-uitleg', text: say.examOrderHint } },
  { key: 'pdfFeedback', on: 'include', off: 'leave', label: say.feedbackAppendix },
];

/**
 * The PDF's options, for the workbook and the end of fill-in mode (before the button they apply to): show empty fields as "nog niet ingevuld" or leave them out;
 * order the PDF by the steps or by the chapters of the exam plan; add the trainer's feedback as an appendix.
 */
export function PdfOptions({ ready }: { ready: boolean }) {
  const prefs = useStore($preferences);
  return (
    <fieldset className="pdf-options" disabled={!ready}>
      <legend>{say.legend}</legend>
      <p className="field-hint">{say.remembered}</p>
      {OPTIONS.map(({ key, on, off, label, hint }) => (
        <Fragment key={key}>
          <label className="inline-option">
            <input
              type="checkbox"
              checked={ready && prefs[key] === on}
              aria-describedby={hint?.id}
              onChange={(e) => $preferences.setKey(key, e.currentTarget.checked ? on : off)}
            />{' '}
            {label}
          </label>
          {hint ? (
            <span id={hint.id} className="field-hint">
              {hint.text}
            </span>
          ) : null}
        </Fragment>
      ))}
    </fieldset>
  );
}

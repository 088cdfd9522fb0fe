import { useStore } from '@nanostores/react';
import { $preferences } from '../stores/preferences';
import * as say from './messages/pdf-options';

/**
 * The PDF's options, for the workbook: show empty fields as "nog niet ingevuld" or leave them out;
 * order the PDF by the steps or by the chapters of the exam plan; add the trainer's feedback as an appendix.
 */
export function PdfOptions({ ready }: { ready: boolean }) {
  const prefs = useStore($preferences);
  return (
    <>
      <label className="inline-option">
        <input
          type="checkbox"
          checked={ready && prefs.pdfEmptyFields === 'show'}
          disabled={!ready}
          onChange={(e) => $preferences.setKey('pdfEmptyFields', e.currentTarget.checked ? 'show' : 'hide')}
        />{' '}
        {say.showEmptyFields}
      </label>
      <label className="inline-option">
        <input
          type="checkbox"
          checked={ready && prefs.pdfOrder === 'exam'}
          disabled={!ready}
          aria-describedby="pdf-examenindeling-uitleg"
          onChange={(e) => $preferences.setKey('pdfOrder', e.currentTarget.checked ? 'exam' : 'steps')}
        />{' '}
        {say.examOrder}
      </label>
      <span id="pdf-examenindeling-uitleg" className="field-hint">
        {say.examOrderHint}
      </span>
      <label className="inline-option">
        <input
          type="checkbox"
          checked={ready && prefs.pdfFeedback === 'include'}
          disabled={!ready}
          onChange={(e) => $preferences.setKey('pdfFeedback', e.currentTarget.checked ? 'include' : 'leave')}
        />{' '}
        {say.feedbackAppendix}
      </label>
    </>
  );
}

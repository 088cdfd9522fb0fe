import { useStore } from '@nanostores/react';
import { $preferences } from '../stores/preferences';

/** The PDF's options, for the workbook: show empty fields as "nog niet ingevuld" or leave them out; add the trainer's feedback as an appendix. */
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
        Lege velden tonen als "nog niet ingevuld"
      </label>
      <label className="inline-option">
        <input
          type="checkbox"
          checked={ready && prefs.pdfFeedback === 'include'}
          disabled={!ready}
          onChange={(e) => $preferences.setKey('pdfFeedback', e.currentTarget.checked ? 'include' : 'leave')}
        />{' '}
        Feedback van je trainer als bijlage
      </label>
    </>
  );
}

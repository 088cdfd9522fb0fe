import { useStore } from '@nanostores/react';
import { $preferences } from '../stores/preferences';

/** The PDF's options, for the workbook: show empty fields as "nog niet ingevuld" or leave them out. */
export function PdfOptions({ ready }: { ready: boolean }) {
  const prefs = useStore($preferences);
  return (
    <label className="inline-option">
      <input
        type="checkbox"
        checked={ready && prefs.pdfEmptyFields === 'show'}
        disabled={!ready}
        onChange={(e) => $preferences.setKey('pdfEmptyFields', e.currentTarget.checked ? 'show' : 'hide')}
      />{' '}
      Lege velden tonen als "nog niet ingevuld"
    </label>
  );
}

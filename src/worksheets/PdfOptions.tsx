import { useStore } from '@nanostores/react';
import { $preferences } from '../stores/preferences';

/**
 * The PDF's options, for the workbook: show empty fields as "nog niet ingevuld" or leave them out;
 * order the PDF by the steps or by the chapters of the exam plan.
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
        Lege velden tonen als "nog niet ingevuld"
      </label>
      <label className="inline-option">
        <input
          type="checkbox"
          checked={ready && prefs.pdfOrder === 'exam'}
          disabled={!ready}
          aria-describedby="pdf-examenindeling-uitleg"
          onChange={(e) => $preferences.setKey('pdfOrder', e.currentTarget.checked ? 'exam' : 'steps')}
        />{' '}
        Examenindeling: hoofdstukken van het examenplan, met bijlagen
      </label>
      <span id="pdf-examenindeling-uitleg" className="field-hint">
        Met de examenindeling begint de PDF met de managementsamenvatting en je eigen organisatie; de DMU, de matrix en de taakverdeling staan in de bijlagen. De open punten staan er dan niet in.
      </span>
    </>
  );
}

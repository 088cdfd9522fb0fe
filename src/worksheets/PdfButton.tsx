import { useState, type ReactNode } from 'react';
import type { Plan } from '../plan/model/schema';
import { planStore } from '../stores';
import { downloadPdf, pdfBusy, pdfFailed, pdfSaved } from './messages';

/**
 * "Download PDF": flushes autosave, then loads the PDF code and font (only now, on click) and
 * saves the file. Says how many characters the PDF font could not draw.
 */
export function PdfButton({ ready, options, plan: given }: { ready: boolean; options?: ReactNode; plan?: Plan }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const download = async () => {
    planStore.flush();
    // A given plan (e.g. a shared one) instead of the reader's active plan; read at the click,
    // so the button does not render again on every keystroke.
    const plan = given ?? planStore.$activePlan.get();
    if (!plan) return;
    setBusy(true);
    setMessage({ text: pdfBusy, problem: false });
    try {
      // The PDF code, its font and the checks load only now, on click.
      const [{ downloadPlanPdf }, { pdfOpenPoints }, { $preferences }] = await Promise.all([
        import('../pdf/download'),
        import('../plan/checks'),
        import('../stores/preferences'),
      ]);
      // The same checks as the workbook's "Controles": every failing one, and every self-check.
      const prefs = $preferences.get();
      const result = await downloadPlanPdf(plan, {
        emptyFields: prefs.pdfEmptyFields,
        order: prefs.pdfOrder,
        today: new Date(),
        ...pdfOpenPoints(plan),
        // The reader's own plan only: a shared plan's feedback is not the reader's.
        withFeedback: !given && $preferences.get().pdfFeedback === 'include',
      });
      const replaced = result.replacedCharacters;
      setMessage({ text: pdfSaved(result.fileName, result.examPages ?? null, replaced), problem: replaced > 0 });
    } catch {
      setMessage({ text: pdfFailed, problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pdf-button">
      <button type="button" className="primary" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? pdfBusy : downloadPdf}
      </button>
      {options}
      <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import type { Plan } from '../plan/schema';
import { planStore } from '../stores';

const pages = (n: number) => `${n} ${n === 1 ? 'pagina' : "pagina's"}`;

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
    setMessage({ text: 'PDF wordt gemaakt…', problem: false });
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
      });
      const replaced = result.replacedCharacters;
      setMessage({
        text:
          `PDF gedownload: ${result.fileName}.` +
          (result.examPages
            ? ` De hoofdstukken beslaan ${pages(result.examPages.body)} (het examen vraagt 10 tot 25), de bijlagen ${pages(result.examPages.appendices)} (hoogstens 5).`
            : '') +
          (replaced
            ? ` ${replaced === 1 ? 'Eén teken kon' : `${replaced} tekens konden`} niet in het PDF-lettertype worden getoond (bijvoorbeeld emoji of een ander schrift); in de PDF staat daar een �.`
            : ''),
        problem: replaced > 0,
      });
    } catch {
      setMessage({ text: 'De PDF kon niet gemaakt worden. Probeer het opnieuw; lukt het niet, exporteer dan je plan als JSON.', problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pdf-button">
      <button type="button" className="primary" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? 'PDF wordt gemaakt…' : 'Download PDF'}
      </button>
      {options}
      <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

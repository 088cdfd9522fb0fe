import type { ReactNode } from 'react';
import type { Plan } from '../plan/model/schema';
import { planStore } from '../stores';
import { examOrderChosen } from '../stores/pdf-order-flag';
import { changeOrder, downloadPdf, inExamOrder, pdfBusy, pdfFailed, pdfSaved } from './messages';
import { DownloadStatus, useDownload } from './use-download';

/**
 * "Download PDF": flushes autosave, then loads the PDF code and font (only now, on click) and
 * saves the file. Says how many characters the PDF font could not draw. The options, where a page
 * shows them, come before the button; where it does not, the button says when the PDF comes in
 * the exam order the reader chose in the workbook.
 */
export function PdfButton({ ready, options, plan: given }: { ready: boolean; options?: ReactNode; plan?: Plan }) {
  const { busy, message, start } = useDownload(pdfBusy, pdfFailed);
  const examOrder = ready && options === undefined && examOrderChosen();
  const download = () =>
    start(async () => {
      planStore.flush();
      // A given plan (e.g. a shared one) instead of the reader's active plan; read at the click,
      // so the button does not render again on every keystroke.
      const plan = given ?? planStore.$activePlan.get();
      if (!plan) return null;
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
        withFeedback: !given && prefs.pdfFeedback === 'include',
      });
      const replaced = result.replacedCharacters;
      return { text: pdfSaved(result.fileName, result.examPages ?? null, replaced), problem: replaced > 0 };
    });
  return (
    <div className="pdf-button">
      {options}
      <button type="button" className="primary" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? pdfBusy : downloadPdf}
      </button>
      {examOrder ? (
        <p className="pdf-order-note">
          {inExamOrder} <a href="/werkboek/#downloaden">{changeOrder}</a>
        </p>
      ) : null}
      <DownloadStatus message={message} />
    </div>
  );
}

import { useState } from 'react';
import { planStore } from '../stores';

/**
 * "Download Word (.docx)": the active plan as an editable Word document in the order of the
 * exam plan. Flushes autosave, then loads the docx code (only now, on click) and saves the file.
 */
export function WordButton({ ready }: { ready: boolean }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const download = async () => {
    planStore.flush();
    const plan = planStore.$activePlan.get();
    if (!plan) return;
    setBusy(true);
    setMessage({ text: 'Word-document wordt gemaakt…', problem: false });
    try {
      const { downloadPlanDocx } = await import('../docx/download-docx');
      const result = await downloadPlanDocx(plan, new Date());
      const replaced = result.replacedCharacters;
      setMessage({
        text:
          `Word-document gedownload: ${result.fileName}.` +
          (replaced ? ` ${replaced === 1 ? 'Eén teken kon' : `${replaced} tekens konden`} niet in Word worden opgenomen (een stuurteken); daar staat nu een �.` : ''),
        problem: replaced > 0,
      });
    } catch {
      setMessage({ text: 'Het Word-document kon niet gemaakt worden. Probeer het opnieuw; lukt het niet, download dan de PDF of exporteer je plan als JSON.', problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pdf-button word-button">
      <button type="button" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? 'Word-document wordt gemaakt…' : 'Download Word (.docx)'}
      </button>
      <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

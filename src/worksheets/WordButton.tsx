import { useState } from 'react';
import { planStore } from '../stores';
import { downloadWord, wordBusy, wordFailed, wordSaved } from './messages/word-button';

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
    setMessage({ text: wordBusy, problem: false });
    try {
      const { downloadPlanDocx } = await import('../docx/download-docx');
      const result = await downloadPlanDocx(plan, new Date());
      const replaced = result.replacedCharacters;
      setMessage({ text: wordSaved(result.fileName, replaced), problem: replaced > 0 });
    } catch {
      setMessage({ text: wordFailed, problem: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pdf-button word-button">
      <button type="button" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? wordBusy : downloadWord}
      </button>
      <p role={message?.problem ? 'alert' : 'status'} className="pdf-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

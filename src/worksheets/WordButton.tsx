import { planStore } from '../stores';
import { downloadWord, wordBusy, wordFailed, wordSaved } from './messages/word-button';
import { DownloadStatus, useDownload } from './use-download';

/**
 * "Download Word (.docx)": the active plan as an editable Word document in the order of the
 * exam plan. Flushes autosave, then loads the docx code (only now, on click) and saves the file.
 */
export function WordButton({ ready }: { ready: boolean }) {
  const { busy, message, start } = useDownload(wordBusy, wordFailed);
  const download = () =>
    start(async () => {
      planStore.flush();
      const plan = planStore.$activePlan.get();
      if (!plan) return null;
      const { downloadPlanDocx } = await import('../docx/download-docx');
      const result = await downloadPlanDocx(plan, new Date());
      return { text: wordSaved(result.fileName, result.replacedCharacters), problem: result.replacedCharacters > 0 };
    });
  return (
    <div className="pdf-button word-button">
      <button type="button" disabled={!ready || busy} aria-busy={busy} onClick={download}>
        {busy ? wordBusy : downloadWord}
      </button>
      <DownloadStatus message={message} />
    </div>
  );
}
